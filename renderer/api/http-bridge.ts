import { CALL_NAMES, type CallName } from '../../shared/api/call-names';
import type { DesktopApi } from '../../shared/api/contract';
import type { CallResult } from '../../shared/errors';
import { CALL_TAGS_HEADER, type CallTags } from '../../shared/api/call-tags';

const SESSION_KEY = 'lilypad-session';
export const SESSION_HEADER = 'x-lilypad-session';

/**
 * The browser host prints a URL with `#session=<token>`. The fragment never reaches a
 * server log; we keep it for this tab only and strip it from the address bar.
 */
export function readSessionToken(): string | null {
  const match = /(?:^|[#&])session=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(SESSION_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(SESSION_KEY);
}

async function post(name: CallName, input: unknown, token: string | null, tags?: CallTags): Promise<CallResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/call/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { [SESSION_HEADER]: token } : {}),
        ...(tags ? { [CALL_TAGS_HEADER]: encodeURIComponent(JSON.stringify(tags)) } : {}),
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { kind: 'network', message: 'The Lilypad host is not reachable. Is it still running?' } };
  }
  if (response.status === 401 || response.status === 403) {
    return {
      ok: false,
      error: { kind: 'internal', status: response.status, message: 'This page has no valid Lilypad session. Open the URL the host printed.' },
    };
  }
  return (await response.json()) as CallResult<unknown>;
}

/** The same DesktopApi as the preload's, over HTTP to the browser host. */
export function createHttpBridge(): DesktopApi {
  const token = readSessionToken();
  const api: Record<string, (input: unknown, tags?: CallTags) => Promise<CallResult<unknown>>> = {};
  for (const name of CALL_NAMES) api[name] = (input, tags) => post(name, input, token, tags);
  return api as unknown as DesktopApi;
}
