// Helpers for the bridge tests: a recording fake AppServices that validates like the real
// dispatcher, and a built-looking static dir.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALL_NAMES, type CallName } from '../../shared/api/call-names';
import { contract } from '../../shared/api/contract';
import type { CallResult } from '../../shared/errors';
import type { AppServices, CallMeta } from '../../electron/services/app-services-types';

const isCallName = (name: string): name is CallName => (CALL_NAMES as readonly string[]).includes(name);

/** Validates name and input with the contract's schemas; records what got through. */
export function fakeServices(): AppServices & { calls: { name: string; input: unknown; meta?: CallMeta }[]; closed: boolean } {
  const calls: { name: string; input: unknown; meta?: CallMeta }[] = [];
  const services = {
    calls,
    closed: false,
    async dispatch(name: string, input: unknown, meta?: CallMeta): Promise<CallResult<unknown>> {
      if (!isCallName(name)) return { ok: false, error: { kind: 'validation', message: `Unknown call ${name}.` } };
      const parsed = contract[name].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: { kind: 'validation', message: 'Invalid input.' } };
      calls.push({ name, input: parsed.data, meta });
      return { ok: true, value: { echoed: name } };
    },
    async close() {
      services.closed = true;
    },
  };
  return services;
}

/** Like the built index.html: Vite's nonce placeholder where the hosts put each load's nonce. */
export const INDEX_HTML =
  '<!doctype html><html><head><title>Lilypad</title><style nonce="LILYPAD_CSP_NONCE">body{margin:0}</style><meta property="csp-nonce" nonce="LILYPAD_CSP_NONCE"></head><body><div id="root"></div></body></html>';

/** The nonce a page's policy names, and the page as it should then read. */
export function nonceOf(policy: string | null | undefined): string {
  const match = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? '');
  if (!match) throw new Error(`no nonce in the policy: ${policy}`);
  return match[1];
}
export const indexWithNonce = (nonce: string): string => INDEX_HTML.split('LILYPAD_CSP_NONCE').join(nonce);

/** A temporary directory that looks like dist/renderer, with a secret file beside it. */
export function fakeRendererDir(): { root: string; staticDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'lilypad-bridge-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("lilypad");');
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{margin:0}');
  writeFileSync(join(staticDir, 'assets', 'app-B1x_9kQz.js'), 'console.log("hashed");');
  writeFileSync(join(root, 'secret.txt'), 'do not serve me');
  return { root, staticDir };
}

export const TEST_TOKEN = 'test-token-0123456789abcdefABCDEF';
