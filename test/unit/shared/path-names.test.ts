// Names that go into URL paths: a segment stays one segment, and dot segments (which
// servers and proxies normalise into another route) are refused, in handlers and cURL alike.
import { describe, expect, it } from 'vitest';
import { isDotSegment, seg } from '../../../shared/api/request';
import { groupNameSchema } from '../../../shared/areas/groups/model';
import { usernameSchema } from '../../../shared/areas/users/model';
import { curlForCall } from '../../../shared/curl';
import { ApiFailure } from '../../../shared/errors';

const DOTS = ['.', '..', '%2e', '%2E', '%2e%2e', '%2E%2e', '.%2e', '%2e.', '%252e', '%252E%252e'];
const target = { baseUrl: 'https://acme.example', authKind: 'token' as const };

describe('dot segments', () => {
  it.each(DOTS)('%s is a dot segment once decoded', (name) => {
    expect(isDotSegment(name)).toBe(true);
    expect(() => seg(name)).toThrow(ApiFailure);
    expect(usernameSchema.safeParse(name).success).toBe(false);
    expect(groupNameSchema.safeParse(name).success).toBe(false);
  });

  it.each(['...', 'a.', '.a', 'a..b', '%2e%2e%2e', '..a', '%zz', 'a%2fb'])('%s is an ordinary name', (name) => {
    expect(isDotSegment(name)).toBe(false);
    expect(groupNameSchema.safeParse(name).success).toBe(true);
  });

  it('encodes what would split or end the segment, and + as %2B', () => {
    expect(seg('a/b?c#d')).toBe('a%2Fb%3Fc%23d');
    expect(seg('plus+one')).toBe('plus%2Bone');
    expect(seg('..a')).toBe('..a');
  });

  it('Copy as cURL refuses the same names instead of printing a command that hits another route', () => {
    expect(() => curlForCall('users.delete', { username: '..' }, target)).toThrow(/cannot be "\." or "\.\."/);
    expect(() => curlForCall('groups.delete', { name: '%2E%2e' }, target)).toThrow(ApiFailure);
    expect(curlForCall('users.unlock', { username: 'plus+one' }, target)).toContain("'https://acme.example/artifactory/api/security/unlockUsers/plus%2Bone'");
  });
});
