// Opening the console in the user's browser never puts a hand-over code (let alone the
// session token) on a process command line: the opener gets a private file's path.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveConsole } from '../../electron/host/serve-console';
import { fakeRendererDir, fakeServices } from './support';
import { rawRequest } from '../support/raw-http';

const root = mkdtempSync(join(tmpdir(), 'lilypad-opener-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in xdg-open that records its arguments and a copy of the file it was given. */
function fakeOpener(): { env: NodeJS.ProcessEnv; record: string } {
  const bin = mkdtempSync(join(root, 'bin-'));
  const record = join(bin, 'record.json');
  const script = join(bin, 'xdg-open');
  writeFileSync(
    script,
    `#!/usr/bin/env node\nconst fs = require('fs');\nconst url = require('url');\nconst target = process.argv[2] || '';\nlet content = '', mode = 0, dirMode = 0;\ntry { const p = url.fileURLToPath(target); content = fs.readFileSync(p, 'utf8'); mode = fs.statSync(p).mode & 0o777; dirMode = fs.statSync(require('path').dirname(p)).mode & 0o777; } catch {}\nfs.writeFileSync(${JSON.stringify(record)} + '.tmp', JSON.stringify({ argv: process.argv.slice(2), content, mode, dirMode }));\nfs.renameSync(${JSON.stringify(record)} + '.tmp', ${JSON.stringify(record)});\n`,
  );
  chmodSync(script, 0o755);
  return { env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, DISPLAY: ':99', LILYPAD_NO_OPEN: '', CI: '' }, record };
}

describe.skipIf(process.platform !== 'linux')('opening the browser (Linux, xdg-open)', () => {
  it('passes only a private file to the opener; the file leads to a second one-time link and goes once it is used', async () => {
    const { env, record } = fakeOpener();
    const lines: string[] = [];
    const served = await serveConsole({ services: fakeServices(), staticDir: fakeRendererDir().staticDir, handleSignals: false, env, log: (line) => lines.push(line) });
    try {
      await expect.poll(() => existsSync(record), { timeout: 20_000 }).toBe(true);
      const seen = JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; content: string; mode: number; dirMode: number };
      expect(seen.argv).toHaveLength(1);
      expect(seen.argv[0]).toMatch(/^file:\/\//);
      expect(seen.argv.join(' ')).not.toMatch(/code=|session|#/);
      expect(seen.argv.join(' ')).not.toContain(served.token);
      expect(seen.mode).toBe(0o600);
      expect(seen.dirMode).toBe(0o700);
      const opened = /url=([^"]+)"/.exec(seen.content)?.[1] ?? '';
      expect(opened).toMatch(new RegExp(`^${served.origin}/#code=[A-Za-z0-9_-]{40,}$`));
      expect(opened).not.toBe(served.url); // the printed link stays unused
      const output = lines.join('\n');
      expect(output).toContain(served.url);
      expect(output).toContain('Opening a second one-time link in your browser, through a private file');
      expect(output).not.toContain(opened);

      const file = fileURLToPath(seen.argv[0]);
      expect(existsSync(file)).toBe(true);
      const traded = await rawRequest(served.origin, {
        method: 'POST',
        path: '/api/session',
        headers: { host: new URL(served.origin).host, 'content-type': 'application/json' },
        body: JSON.stringify({ code: opened.split('#code=')[1] }),
      });
      expect(traded.status).toBe(200);
      expect(existsSync(dirname(file))).toBe(false);
    } finally {
      await served.stop();
    }
  });

  it('with LILYPAD_NO_OPEN=1 runs no opener and says so', async () => {
    const { env } = fakeOpener();
    const lines: string[] = [];
    const served = await serveConsole({
      services: fakeServices(),
      staticDir: fakeRendererDir().staticDir,
      handleSignals: false,
      env: { ...env, LILYPAD_NO_OPEN: '1' },
      log: (line) => lines.push(line),
    });
    await served.stop();
    expect(lines.join('\n')).toContain('Not opening a browser (LILYPAD_NO_OPEN=1): open the link above yourself.');
  });

  it('prints a fresh one-time link when Enter is pressed in the terminal', async () => {
    const lines: string[] = [];
    const served = await serveConsole({
      services: fakeServices(),
      staticDir: fakeRendererDir().staticDir,
      handleSignals: false,
      open: false,
      newLinksOnEnter: true,
      log: (line) => lines.push(line),
    });
    try {
      expect(lines.at(-1)).toContain('Press Enter for another one-time link');
      process.stdin.emit('data', Buffer.from('\n'));
      const fresh = /A new one-time link:\s+(\S+)/.exec(lines.join('\n'))?.[1] ?? '';
      expect(fresh).toMatch(new RegExp(`^${served.origin}/#code=[A-Za-z0-9_-]{40,}$`));
      expect(fresh).not.toBe(served.url);
    } finally {
      await served.stop();
    }
  });
});
