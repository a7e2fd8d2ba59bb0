import { describe, expect, it } from 'vitest';
import { expiryStatus, summariseExpiry, tokenIdOfValue, usernameOfSubject, type TokenInfo } from '../../../shared/areas/tokens/model';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const at = (days: number) => Math.floor(NOW / 1000) + days * 86_400;
const token = (id: string, expiry: number | undefined, description?: string): TokenInfo => ({
  token_id: id,
  subject: `jfac@x/users/${id}`,
  issued_at: at(-100),
  refreshable: false,
  ...(expiry !== undefined ? { expiry } : {}),
  ...(description ? { description } : {}),
});

describe('token expiry', () => {
  it('says never, expired, expiring within the window, or valid', () => {
    expect(expiryStatus(undefined, NOW, 14)).toBe('never');
    expect(expiryStatus(at(-1), NOW, 14)).toBe('expired');
    expect(expiryStatus(at(0), NOW, 14)).toBe('expired');
    expect(expiryStatus(at(14), NOW, 14)).toBe('expiring');
    expect(expiryStatus(at(15), NOW, 14)).toBe('valid');
  });

  it('summarises counts, the soonest expiry and the due tokens soonest first, capped', () => {
    const tokens = [token('a', at(10)), token('b', at(-3), 'old'), token('c', undefined), token('d', at(2)), token('e', at(60))];
    const summary = summariseExpiry(tokens, NOW, 14, 2);
    expect(summary).toMatchObject({ expiring: 2, expired: 1, withinDays: 14, listed: 5, truncated: 1 });
    expect(summary.soonest).toBe(new Date(at(2) * 1000).toISOString());
    expect(summary.tokens.map((t) => t.token_id)).toEqual(['b', 'd']);
    expect(summary.tokens[0]).toEqual({ token_id: 'b', subject: 'jfac@x/users/b', expiry: at(-3), description: 'old' });
    expect(summariseExpiry([], NOW, 14)).toEqual({ expiring: 0, expired: 0, withinDays: 14, listed: 0, tokens: [], truncated: 0 });
  });

  it('reads the user of a subject and the id inside a JWT value', () => {
    expect(usernameOfSubject('jfac@01abc/users/alice')).toBe('alice');
    expect(usernameOfSubject('jfrt@01abc')).toBeUndefined();
    const payload = Buffer.from(JSON.stringify({ jti: 'tok-123', sub: 'x' })).toString('base64url');
    expect(tokenIdOfValue(`eyJhbGciOiJSUzI1NiJ9.${payload}.sig`)).toBe('tok-123');
    expect(tokenIdOfValue('not-a-jwt')).toBeUndefined();
    expect(tokenIdOfValue('a.!!!.c')).toBeUndefined();
  });
});
