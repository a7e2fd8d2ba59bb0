import { describe, expect, it } from 'vitest';
import { compareUser, type AccessSide, type ScimSide } from '../../../../shared/areas/scim/drift';

const access = (over: Partial<AccessSide> = {}): AccessSide => ({ status: 'enabled', email: 'a@x.example', groups: ['readers'], ...over });
const scim = (over: Partial<ScimSide> = {}): ScimSide => ({ active: true, email: 'a@x.example', groups: ['readers'], ...over });

describe('compareUser', () => {
  it.each<[string, ScimSide | undefined, AccessSide | undefined, Array<{ field: string; fix?: unknown; scim?: string; access?: string }>]>([
    ['the same', scim(), access(), []],
    ['e-mail differs only in case', scim({ email: 'A@X.example' }), access(), []],
    ['groups in another order', scim({ groups: ['b', 'a'] }), access({ groups: ['a', 'b'] }), []],
    [
      'active in SCIM, disabled in Access',
      scim(),
      access({ status: 'disabled' }),
      [{ field: 'active', scim: 'active', access: 'disabled', fix: { call: 'scim.patchUser', label: 'Deactivate in SCIM', input: { userName: 'a', changes: { active: false } } } }],
    ],
    [
      'inactive in SCIM, enabled in Access',
      scim({ active: false }),
      access(),
      [{ field: 'active', fix: { call: 'scim.patchUser', label: 'Activate in SCIM', input: { userName: 'a', changes: { active: true } } } }],
    ],
    ['locked in Access, active in SCIM: no drift', scim(), access({ status: 'locked' }), []],
    ['locked in Access, inactive in SCIM: no fix', scim({ active: false }), access({ status: 'locked' }), [{ field: 'active', fix: undefined }]],
    [
      'e-mail differs',
      scim({ email: 'old@x.example' }),
      access(),
      [
        {
          field: 'email',
          scim: 'old@x.example',
          access: 'a@x.example',
          fix: { call: 'scim.patchUser', label: 'Set the Access e-mail in SCIM', input: { userName: 'a', changes: { email: 'a@x.example' } } },
        },
      ],
    ],
    ['Access has no e-mail: no fix', scim(), access({ email: undefined }), [{ field: 'email', fix: undefined }]],
    [
      'groups on either side',
      scim({ groups: ['readers', 'old'] }),
      access({ groups: ['readers', 'new'] }),
      [
        {
          field: 'groups',
          scim: 'member of old',
          fix: { call: 'scim.patchGroup', label: 'Remove from old in SCIM', input: { displayName: 'old', changes: { add: [], remove: ['a'] } } },
        },
        {
          field: 'groups',
          access: 'member of new',
          fix: { call: 'scim.patchGroup', label: 'Add to new in SCIM', input: { displayName: 'new', changes: { add: ['a'], remove: [] } } },
        },
      ],
    ],
    ['only in Access: no fix', undefined, access(), [{ field: 'exists', scim: 'not found', fix: undefined }]],
    ['only in SCIM: no fix', scim(), undefined, [{ field: 'exists', access: 'not found', fix: undefined }]],
    ['in neither', undefined, undefined, [{ field: 'exists', scim: 'not found', access: 'not found', fix: undefined }]],
  ])('%s', (_name, scimSide, accessSide, expected) => {
    const differences = compareUser('a', scimSide, accessSide);
    expect(differences).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const { fix, ...rest } = want;
      expect(differences[i]).toMatchObject(rest);
      if ('fix' in want) expect(differences[i].fix).toEqual(fix);
    });
  });
});
