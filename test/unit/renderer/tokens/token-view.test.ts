import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../../../shared/areas/tokens/model';
import { absoluteTime, descriptionMatcher, filterTokens, NO_TOKEN_FILTERS, relativeTime, subjectsOf, tokenExpiryCount } from '../../../../renderer/areas/tokens/token-view';
import { envSnippet, jfConfigSnippet, serverIdOf } from '../../../../renderer/areas/tokens/reveal-snippets';
import { expirySeconds, isBelowPersistency } from '../../../../renderer/areas/tokens/expiry-presets';
import { sumExpiry } from '../../../../renderer/app/expiry-summary';

const t = (token_id: string, user: string, extra: Partial<TokenInfo> = {}): TokenInfo => ({
  token_id,
  subject: `jfac@x/users/${user}`,
  issued_at: 100,
  refreshable: false,
  ...extra,
});
const TOKENS = [
  t('1', 'alice', { description: 'CI deploy', expiry: 300, refreshable: true, issued_at: 10 }),
  t('2', 'bob', { description: 'laptop', expiry: 200, issued_at: 30 }),
  t('3', 'alice', { description: 'ci nightly', issued_at: 20 }),
  t('4', 'carol', { issued_at: 40, last_used: 5 }),
];
const ids = (tokens: TokenInfo[]) => tokens.map((token) => token.token_id);

describe('tokens list view', () => {
  it('description: a trailing * is a prefix, plain text a substring, both case-insensitive', () => {
    expect(descriptionMatcher('ci*')('CI deploy')).toBe(true);
    expect(descriptionMatcher('ci*')('a ci run')).toBe(false);
    expect(descriptionMatcher('deploy')('CI deploy')).toBe(true);
    expect(descriptionMatcher('')(undefined)).toBe(true);
    expect(descriptionMatcher('x')(undefined)).toBe(false);
  });

  it('filters by description, user, refreshable and one token id', () => {
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, description: 'ci*' })).sort()).toEqual(['1', '3']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, username: 'alice', refreshable: true }))).toEqual(['1']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, tokenId: '4' }))).toEqual(['4']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, refreshable: false })).sort()).toEqual(['2', '3', '4']);
  });

  it('sorts by each order field; never-expiring tokens after every expiry, absent values last', () => {
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'issued_at', descending: true }))).toEqual(['4', '2', '3', '1']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'expiry', descending: false }))).toEqual(['2', '1', '3', '4']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'description', descending: false }))).toEqual(['1', '3', '2', '4']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'description', descending: true }))).toEqual(['2', '3', '1', '4']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'last_used', descending: false }))).toEqual(['4', '1', '2', '3']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'subject', descending: false }))).toEqual(['1', '3', '2', '4']);
  });

  it('breaks ties by id in either direction, keeps absent values last when descending, and leaves the list given as it was', () => {
    const tied = [t('b', 'x', { issued_at: 5 }), t('c', 'x', { issued_at: 9 }), t('a', 'x', { issued_at: 5 }), t('d', 'x', { issued_at: 9 })];
    expect(ids(filterTokens(tied, { ...NO_TOKEN_FILTERS, sort: 'issued_at', descending: false }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterTokens(tied, { ...NO_TOKEN_FILTERS, sort: 'issued_at', descending: true }))).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(tied)).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'last_used', descending: true }))).toEqual(['4', '1', '2', '3']);
    expect(ids(filterTokens(TOKENS, { ...NO_TOKEN_FILTERS, sort: 'expiry', descending: true }))).toEqual(['3', '4', '1', '2']);
  });

  it('sorts times as the field order says at scale: many ties, absent and never-expiring values, times that do not fit the fast path', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const many = Array.from({ length: 3000 }, (_, i) =>
      t(`id-${next(100_000)}-${i}`, 'x', {
        issued_at: 1_700_000_000 + next(500),
        expiry: next(4) === 0 ? undefined : 1_800_000_000 + next(300),
        last_used: next(3) === 0 ? undefined : next(200),
      }),
    );
    const odd = [...many.slice(0, 50), t('frac', 'x', { issued_at: 1.5, last_used: -3, expiry: 2 ** 40 })];
    // The order the fields promise, written plainly: absent last, then by time, ties by id.
    const reference = (list: TokenInfo[], field: 'issued_at' | 'expiry' | 'last_used', descending: boolean) =>
      [...list].sort((a, b) => {
        const left = field === 'expiry' ? (a.expiry ?? Infinity) : a[field];
        const right = field === 'expiry' ? (b.expiry ?? Infinity) : b[field];
        if (left !== right) {
          if (left === undefined) return 1;
          if (right === undefined) return -1;
          return (left < right ? -1 : 1) * (descending ? -1 : 1);
        }
        return a.token_id < b.token_id ? -1 : a.token_id > b.token_id ? 1 : 0;
      });
    for (const list of [many, odd])
      for (const field of ['issued_at', 'expiry', 'last_used'] as const)
        for (const descending of [false, true]) {
          expect(ids(filterTokens(list, { ...NO_TOKEN_FILTERS, sort: field, descending })), `${field} ${descending ? 'descending' : 'ascending'}`).toEqual(
            ids(reference(list, field, descending)),
          );
        }
  });

  it('lists the users who own tokens', () => {
    expect(subjectsOf(TOKENS)).toEqual(['alice', 'bob', 'carol']);
  });

  it('shows times relative and absolute', () => {
    const now = Date.UTC(2026, 0, 10, 0, 0, 0);
    expect(relativeTime(now / 1000 + 3 * 86_400, now)).toBe('in 3 days');
    expect(relativeTime(now / 1000 - 2 * 3_600, now)).toBe('2 hours ago');
    expect(relativeTime(now / 1000 + 10, now)).toBe('in less than a minute');
    expect(absoluteTime(now / 1000)).toBe('2026-01-10 00:00 UTC');
  });
});

describe('reveal snippets', () => {
  it('quote the value for a POSIX shell', () => {
    expect(envSnippet("a'b")).toBe(`export JFROG_ACCESS_TOKEN='a'\\''b'`);
    expect(jfConfigSnippet('Acme prod', 'https://acme.jfrog.io/', 'tok')).toBe("jf config add 'Acme-prod' --url='https://acme.jfrog.io' --access-token='tok' --interactive=false");
    expect(serverIdOf('  "x" ')).toBe('x');
    expect(serverIdOf('***')).toBe('lilypad');
  });
});

describe('expiry presets', () => {
  it('turns choices into seconds and flags tokens the platform will not store', () => {
    expect(expirySeconds('7d', '', 'days')).toBe(604_800);
    expect(expirySeconds('never', '', 'days')).toBe(0);
    expect(expirySeconds('default', '', 'days')).toBeUndefined();
    expect(expirySeconds('custom', '90', 'minutes')).toBe(5_400);
    expect(expirySeconds('custom', '1.5', 'hours')).toBeNaN();
    expect(isBelowPersistency(3_600)).toBe(true);
    expect(isBelowPersistency(10_800)).toBe(false);
    expect(isBelowPersistency(0)).toBe(false);
    expect(isBelowPersistency(undefined)).toBe(false);
  });
});

describe('expiry summary for the navigation badge', () => {
  it('adds every source, and the tokens source sums the instances that answered', () => {
    const tokens = tokenExpiryCount({
      settings: { withinDays: 14, intervalMinutes: 60 },
      snapshot: {
        scanId: 'tokens.expiry',
        intervalMs: 1,
        paused: false,
        running: false,
        instances: [
          {
            instanceId: 'a',
            instanceName: 'A',
            status: 'ok',
            consecutiveFailures: 0,
            checking: false,
            value: { expiring: 2, expired: 1, withinDays: 14, listed: 9, tokens: [], truncated: 0 },
          },
          { instanceId: 'b', instanceName: 'B', status: 'failed', consecutiveFailures: 1, checking: false },
        ],
      },
    });
    expect(tokens).toEqual({ source: 'tokens', expiring: 2, expired: 1 });
    expect(sumExpiry([tokens, undefined, { source: 'licenses', expiring: 1, expired: 0 }])).toEqual({
      expiring: 3,
      expired: 1,
      bySource: [tokens, { source: 'licenses', expiring: 1, expired: 0 }],
    });
    expect(tokenExpiryCount(undefined)).toBeUndefined();
  });
});
