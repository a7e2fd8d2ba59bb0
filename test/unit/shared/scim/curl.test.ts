// "Copy as cURL" of the SCIM calls: the SCIM content type, the filter URL-encoded in the
// query, and the credential as a placeholder.
import { describe, expect, it } from 'vitest';
import { curlForCall, toCurl } from '../../../../shared/curl';

const target = { baseUrl: 'https://acme.example', authKind: 'token' as const };

describe('SCIM cURL', () => {
  it('sends a PatchOp as application/scim+json with a token placeholder', () => {
    const cmd = curlForCall('scim.patchUser', { userName: 'jane', changes: { active: false } }, target);
    expect(cmd).toBe(
      `curl -X PATCH -H "Authorization: Bearer $JFROG_TOKEN" -H 'Content-Type: application/scim+json' --data-raw '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","path":"active","value":false}]}' 'https://acme.example/access/api/v1/scim/v2/Users/jane'`,
    );
  });

  it('puts the filter in the query, encoded', () => {
    const cmd = curlForCall('scim.findUsers', { operator: 'eq', value: 'ja"ne' }, { ...target, authKind: 'basic-password', username: 'ops' });
    expect(cmd).toBe(`curl -u "ops:$JFROG_PASSWORD" 'https://acme.example/access/api/v1/scim/v2/Users?filter=userName+eq+%22ja%5C%22ne%22'`);
  });

  it('keeps application/json where no content type is given', () => {
    expect(toCurl({ method: 'POST', baseUrl: 'https://a.example', path: '/x', json: {}, authKind: 'token' })).toContain(`-H 'Content-Type: application/json'`);
  });
});
