// Licenses' pure pieces: validThrough → days left and its colour level, the cURL of an
// install (every key a placeholder), and the install answer read by key position.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlForCall } from '../../../shared/curl';
import { daysLeft, daysLeftOf, describeDaysLeft, expiryLevel, formatValidThrough, parseValidThrough } from '../../../shared/areas/licenses/expiry';
import { licenseKeysSchema } from '../../../shared/areas/licenses/model';
import { toHashResults, toInstallResult } from '../../../electron/services/areas/licenses';

const KEY_A = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\nWVphYmNkZWZnaA==';
const KEY_B = 'eHl6MTIzNDU2Nzg5MGFiY2RlZmdoaWpr';

describe('license expiry', () => {
  it('reads the platform form and ISO dates, and refuses what is neither', () => {
    expect(parseValidThrough('May 15, 2027')).toBe('2027-05-15');
    expect(parseValidThrough('Dec 1, 2026')).toBe('2026-12-01');
    expect(parseValidThrough('2027-01-31')).toBe('2027-01-31');
    expect(parseValidThrough('Feb 30, 2027')).toBeUndefined();
    expect(parseValidThrough('never')).toBeUndefined();
    expect(formatValidThrough('2027-05-15')).toBe('May 15, 2027');
  });

  it('counts whole days to the last valid day and colours them', () => {
    const now = new Date('2026-11-30T23:30:00Z');
    expect(daysLeft('2026-12-05', now)).toBe(5);
    expect(daysLeft('2026-11-30', now)).toBe(0);
    expect(daysLeftOf('Nov 28, 2026', now)).toBe(-2);
    expect([40, 29, 6, 0, -1, undefined].map((d) => expiryLevel(d))).toEqual(['ok', 'soon', 'urgent', 'urgent', 'expired', 'unknown']);
    expect(describeDaysLeft(-2)).toBe('expired 2 days ago');
    expect(describeDaysLeft(1)).toBe('1 day left');
  });
});

describe('license keys', () => {
  it('keeps line breaks inside a key and refuses duplicates and short keys', () => {
    expect(licenseKeysSchema.parse([`  ${KEY_A}\n`])).toEqual([KEY_A]);
    expect(licenseKeysSchema.safeParse([KEY_A, KEY_A]).success).toBe(false);
    expect(licenseKeysSchema.safeParse(['abc']).success).toBe(false);
  });

  it('prints every key of an install as $JFROG_LICENSE_KEY, never the key', () => {
    const cmd = curlForCall('licenses.install', { licenseKeys: [KEY_A, KEY_B], form: 'array' }, { baseUrl: 'https://art.acme.test', authKind: 'token' });
    expect(cmd).not.toContain(KEY_A.slice(0, 10));
    expect(cmd).not.toContain(KEY_B.slice(0, 10));
    const script = `set -- ${cmd.replace(/^curl /, '')}\nfor a in "$@"; do printf '%s\\0' "$a"; done`;
    const argv = execFileSync('/bin/sh', ['-c', script], { env: { PATH: process.env.PATH ?? '', JFROG_LICENSE_KEY: 'K', JFROG_TOKEN: 't' } })
      .toString('utf8')
      .split('\0');
    expect(JSON.parse(argv[argv.indexOf('--data-raw') + 1])).toEqual([{ licenseKey: 'K' }, { licenseKey: 'K' }]);
    const single = curlForCall('licenses.install', { licenseKeys: [KEY_A], form: 'single' }, { baseUrl: 'https://art.acme.test', authKind: 'token' });
    expect(single).toContain(`'{"licenseKey":"'"$JFROG_LICENSE_KEY"'"}'`);
  });
});

describe('install and delete answers', () => {
  it('maps the per-key messages to positions; "License already exists." is not a failure', () => {
    const body = { status: 400, messages: { [KEY_A]: 'License already exists.', [KEY_B]: 'Invalid license key' } };
    const result = toInstallResult(400, body, [KEY_A, KEY_B]);
    expect(result.results.map((r) => r.outcome)).toEqual(['exists', 'failed']);
    expect(JSON.stringify(result)).not.toContain(KEY_B);
    expect(toInstallResult(200, { status: 200, message: 'The license has been successfully installed.' }, [KEY_A]).results[0].outcome).toBe('installed');
    expect(toInstallResult(200, { status: 200, messages: { [KEY_A]: 'OK' } }, [KEY_A]).results[0].outcome).toBe('installed');
  });

  it('maps the per-hash messages', () => {
    expect(toHashResults(200, { messages: { a1: 'OK', b2: 'License not found' } }, ['a1', 'b2']).map((r) => r.outcome)).toEqual(['deleted', 'failed']);
  });
});
