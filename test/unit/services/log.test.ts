// The main-process log: scrubbed lines, a level from the environment, rotation by size.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileLogger, createLogger, errorFields, logThresholdFromEnv, rotatingFileSink } from '../../../electron/services/log';

const fixedNow = () => new Date('2030-01-02T03:04:05.000Z');

describe('log lines', () => {
  it('are one line each, with level, message and fields, credentials masked', () => {
    const lines: string[] = [];
    const log = createLogger((line) => lines.push(line), 'debug', fixedNow);
    log.warn('platform call failed with Authorization: Bearer abc.def.ghi', { path: '/x?token=t0ps3cret', status: 401, body: '{"password":"hunter22"}' });
    log.error('multi\nline message', { stack: 'Error: x\n    at y (z.ts:1:1)' });
    expect(lines).toEqual([
      '2030-01-02T03:04:05.000Z WARN  platform call failed with Authorization: Bearer *** {"path":"/x?token=***","status":401,"body":"{\\"password\\":\\"***\\"}"}\n',
      '2030-01-02T03:04:05.000Z ERROR multi line message {"stack":"Error: x\\n    at y (z.ts:1:1)"}\n',
    ]);
  });

  it('keep only levels at or above the threshold; "off" writes nothing', () => {
    for (const [threshold, expected] of [
      ['error', 1],
      ['warn', 2],
      ['info', 3],
      ['debug', 4],
      ['off', 0],
    ] as const) {
      const lines: string[] = [];
      const log = createLogger((line) => lines.push(line), threshold);
      log.error('e');
      log.warn('w');
      log.info('i');
      log.debug('d');
      expect(lines, threshold).toHaveLength(expected);
    }
  });

  it('take their level from LILYPAD_LOG_LEVEL, info when unset or unknown', () => {
    expect(logThresholdFromEnv({ LILYPAD_LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logThresholdFromEnv({ LILYPAD_LOG_LEVEL: 'off' })).toBe('off');
    expect(logThresholdFromEnv({ LILYPAD_LOG_LEVEL: 'loud' })).toBe('info');
    expect(logThresholdFromEnv({})).toBe('info');
  });

  it('never throw, even when the sink does', () => {
    const log = createLogger(() => {
      throw new Error('disk full');
    });
    expect(() => log.error('x')).not.toThrow();
  });

  it('describe an error with its stack, known secrets masked', () => {
    const fields = errorFields(new Error('failed for s3cr3t-value'), ['s3cr3t-value']);
    expect(fields.error).toBe('failed for ***');
    expect(fields.stack).toMatch(/^Error: failed for \*\*\*\n\s+at /);
  });
});

describe('the log file', () => {
  it('lives in <data>/logs/lilypad.log, readable by the user only', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lilypad-log-'));
    const log = createFileLogger(dataDir, {});
    log.info('hello');
    expect(log.path).toBe(join(dataDir, 'logs', 'lilypad.log'));
    expect(readFileSync(log.path, 'utf8')).toMatch(/ INFO {2}hello\n$/);
    expect(statSync(log.path).mode & 0o777).toBe(0o600);
  });

  it('rotates by size and keeps a bounded number of old files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lilypad-log-rotate-'));
    const sink = rotatingFileSink({ dir, maxBytes: 100, keep: 2 });
    const line = (n: number) => `${String(n).padStart(3, '0')} ${'x'.repeat(45)}\n`; // 50 bytes
    for (let n = 1; n <= 9; n++) sink(line(n));
    // Two lines per file: the newest file holds 9, then 7–8, then 5–6; 1–4 are gone.
    expect(readFileSync(join(dir, 'lilypad.log'), 'utf8')).toBe(line(9));
    expect(readFileSync(join(dir, 'lilypad.log.1'), 'utf8')).toBe(line(7) + line(8));
    expect(readFileSync(join(dir, 'lilypad.log.2'), 'utf8')).toBe(line(5) + line(6));
    expect(existsSync(join(dir, 'lilypad.log.3'))).toBe(false);
  });
});
