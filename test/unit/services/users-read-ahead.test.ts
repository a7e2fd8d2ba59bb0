// users.page through its handler with a scripted client: what the window gets when the page
// read ahead failed or echoed a secret (it is asked again in the window's own call, and that
// call's failure is the window's to see).
import { describe, expect, it } from 'vitest';
import { usersArea } from '../../../electron/services/areas/users';
import type { PlatformHttp, PlatformRequest } from '../../../electron/services/http/types';
import { instanceProfileSchema } from '../../../shared/areas/instances/model';
import { ApiFailure } from '../../../shared/errors';
import { instanceContext } from '../../support/instance-context';

type Answer = (req: PlatformRequest) => unknown;

/** A client that answers each users page from `answers` in turn, recording the cursors asked. */
function scripted(answers: Answer[]) {
  const cursors: (string | undefined)[] = [];
  const http: PlatformHttp = {
    request: () => Promise.reject(new Error('not used')),
    download: () => Promise.reject(new Error('not used')),
    json: async <T>(req: PlatformRequest) => {
      cursors.push(req.query?.cursor as string | undefined);
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      return answer(req) as T;
    },
  };
  const instance = instanceProfileSchema.parse({ id: 'ra', name: 'Read ahead', baseUrl: 'http://127.0.0.1:9', authKind: 'token' });
  return { ctx: instanceContext(instance, http), cursors };
}

const page = (names: string[], cursor?: string) => () => ({ users: names.map((username) => ({ username, realm: 'internal', status: 'enabled' })), ...(cursor ? { cursor } : {}) });
const failing = () => () => {
  throw new ApiFailure({ kind: 'http', status: 503, method: 'GET', path: '/access/api/v2/users', message: 'Service unavailable' });
};

describe('users.page with the next page read ahead', () => {
  it('asks again when the read ahead failed, and the window sees that call fail with the platform status', async () => {
    const { ctx, cursors } = scripted([page(['a'], 'c1'), failing(), failing()]);
    expect(await usersArea['users.page']({ instanceId: 'ra', limit: 1 }, ctx)).toEqual({ users: [{ username: 'a', realm: 'internal', status: 'enabled' }], cursor: 'c1' });
    await expect(usersArea['users.page']({ instanceId: 'ra', limit: 1, cursor: 'c1' }, ctx)).rejects.toMatchObject({ error: { kind: 'http', status: 503 } });
    expect(cursors).toEqual([undefined, 'c1', 'c1']);
  });

  it('never hands over a page read ahead whose answer echoed a secret: the window call reads it in its own scope', async () => {
    const echoing: Answer = (req) => {
      req.onAnswer?.({ bytes: 10, secretEchoed: true });
      return page(['b'])();
    };
    const { ctx, cursors } = scripted([page(['a'], 'c1'), echoing, page(['b-fresh'])]);
    await usersArea['users.page']({ instanceId: 'ra', limit: 1 }, ctx);
    const second = await usersArea['users.page']({ instanceId: 'ra', limit: 1, cursor: 'c1' }, ctx);
    expect(second.users.map((u) => u.username)).toEqual(['b-fresh']);
    expect(cursors).toEqual([undefined, 'c1', 'c1']);
  });
});
