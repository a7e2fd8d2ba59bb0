// `npm run demo` as a real process: it prints the console's URL, the fake platform's URL and
// the demo administrator's login, and that login works on the printed platform.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_PRINCIPAL } from '../fake-platform/support/principals';

const root = process.cwd();
const built = existsSync(join(root, 'dist', 'renderer', 'index.html'));

describe('the demo', () => {
  it.runIf(built)(
    'prints where the console and the fake platform are, and a login that works there',
    async () => {
      const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'test', 'demo', 'start-demo.ts')], {
        cwd: root,
        env: { ...process.env, LILYPAD_NO_OPEN: '1', LILYPAD_PORT: '', LILYPAD_DEMO_PLATFORM_PORT: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        // The last line printed before the demo waits for Ctrl+C.
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', () => stdout.includes('Press Ctrl+C to stop') && resolve());
          child.on('exit', () => reject(new Error(`the demo exited early:\n${stdout}`)));
        });
        expect(stdout).toMatch(/Lilypad demo is running at:\s+http:\/\/127\.0\.0\.1:\d+\/#code=[\w-]+/);
        const platformUrl = /fake JFrog platform at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
        expect(platformUrl).toBeDefined();
        expect(stdout).toContain(`demo administrator: ${ADMIN_PRINCIPAL.username} / ${ADMIN_PRINCIPAL.password}`);

        const basic = Buffer.from(`${ADMIN_PRINCIPAL.username}:${ADMIN_PRINCIPAL.password}`).toString('base64');
        const version = await fetch(`${platformUrl}/artifactory/api/system/version`, { headers: { authorization: `Basic ${basic}` } });
        expect(version.status).toBe(200);
        const wrong = await fetch(`${platformUrl}/artifactory/api/system/version`, { headers: { authorization: `Basic ${Buffer.from('admin:nope').toString('base64')}` } });
        expect(wrong.status).toBe(401);

        child.kill('SIGINT');
        expect(await exited).toBe(0);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
    60_000,
  );
});
