// What one call may send back to the window: scrubbed only when a secret could be in it
// (and then everywhere), and never bigger than the window limit.
import { describe, expect, it } from 'vitest';
import { approximateSize, openCallScope, secretsInInput } from '../../../electron/services/http/call-scope';
import { secretForms } from '../../../electron/services/http/scrub';
import type { AnswerInfo, PlatformHttp, PlatformRequest } from '../../../electron/services/http/types';

function httpAnswering(info: AnswerInfo, seen: PlatformRequest[] = []): PlatformHttp {
  return {
    request: async (req) => {
      seen.push(req);
      req.onAnswer?.(info);
      return { status: 200, headers: {}, text: '' };
    },
    json: async <T>(req: PlatformRequest) => {
      seen.push(req);
      req.onAnswer?.(info);
      return {} as T;
    },
    download: async () => ({ status: 200, bytes: 0 }),
  };
}

describe('call scope', () => {
  it('finds secrets in the input at any depth', () => {
    expect(secretsInInput({ secret: 's1', user: { password: 'p1', email: 'e' }, changes: { password: 'p2' }, username: 'bob' }).sort()).toEqual(['p1', 'p2', 's1']);
    expect(secretsInInput('text')).toEqual([]);
  });

  it('hands back the very same result, unwalked, when no answer echoed a secret and the input held none', async () => {
    const scope = openCallScope({ instanceId: 'i' });
    scope.addSecretForms(secretForms('instance-secret', 'admin'));
    const http = scope.bind(httpAnswering({ bytes: 10, secretEchoed: false }), undefined);
    await http.json({ method: 'GET', path: '/x' });
    const users = Array.from({ length: 1000 }, (_, i) => ({ username: `user-${i}` }));
    const result = scope.answer({ users });
    expect(result.ok && result.value.users).toBe(users);
  });

  it('masks the secret everywhere in a result when an answer echoed it', async () => {
    const scope = openCallScope({ instanceId: 'i' });
    scope.addSecretForms(secretForms('instance-secret', 'admin'));
    const basic = Buffer.from('admin:instance-secret').toString('base64');
    await scope.bind(httpAnswering({ bytes: 10, secretEchoed: true }), undefined).request({ method: 'GET', path: '/x' });
    const result = scope.answer({ version: `7.0 (Basic ${basic})`, probes: [{ detail: 'pw instance-secret' }], [`key-instance-secret`]: 1 });
    expect(JSON.stringify(result)).not.toMatch(/instance-secret|${basic}/);
    expect(result).toEqual({ ok: true, value: { version: '7.0 (Basic ***)', probes: [{ detail: 'pw ***' }], 'key-***': 1 } });
  });

  it("watches the platform's answers for the input's secrets, and passes the caller's signal", async () => {
    const seen: PlatformRequest[] = [];
    const scope = openCallScope({ instanceId: 'i', password: 'new-password-1' });
    const signal = new AbortController().signal;
    await scope.bind(httpAnswering({ bytes: 1, secretEchoed: true }, seen), signal).request({ method: 'POST', path: '/x' });
    expect(seen[0].signal).toBe(signal);
    expect(seen[0].watchFor).toContain('new-password-1');
    expect(scope.answer({ echo: 'new-password-1' })).toEqual({ ok: true, value: { echo: '***' } });
  });

  it('does not mangle data that merely equals a short secret (a lab password "admin")', async () => {
    const scope = openCallScope({ instanceId: 'i' });
    scope.addSecretForms(secretForms('admin', 'admin'));
    const basic = Buffer.from('admin:admin').toString('base64');
    await scope.bind(httpAnswering({ bytes: 1, secretEchoed: true }, []), undefined).request({ method: 'GET', path: '/x' });
    expect(scope.answer({ users: ['admin', 'bob'], header: `Basic ${basic}` })).toEqual({ ok: true, value: { users: ['admin', 'bob'], header: 'Basic ***' } });
  });

  it('refuses a result over the window limit with a clear error', () => {
    const scope = openCallScope({}, 4096);
    expect(scope.answer({ text: 'x'.repeat(5000) })).toEqual({
      ok: false,
      error: { kind: 'too-large', code: 'RESULT_TOO_LARGE', message: 'The answer is too large to show (over the 4 KiB limit for one call).' },
    });
    expect(scope.answer({ text: 'x'.repeat(3000) }).ok).toBe(true);
  });

  it('measures a result close to its JSON length, and stops counting past the limit', () => {
    const value = { users: Array.from({ length: 500 }, (_, i) => ({ username: `user-${i}`, realm: 'internal', admin: false })) };
    const exact = JSON.stringify(value).length;
    const approx = approximateSize(value, Number.POSITIVE_INFINITY);
    expect(approx).toBeGreaterThan(exact * 0.9);
    expect(approx).toBeLessThan(exact * 1.5);
    expect(approximateSize(value, 100)).toBeLessThan(200);
  });
});
