import { CALL_NAMES, type CallName } from '../../shared/api/call-names';
import type { DesktopApi } from '../../shared/api/contract';
import type { CallResult } from '../../shared/errors';
import { CALL_TAGS_HEADER, type CallTags } from '../../shared/api/call-tags';

const SESSION_KEY = 'lilypad-session';
export const SESSION_HEADER = 'x-lilypad-session';
const EXCHANGE_PATH = 'api/session';
const HANDOVER_PATH = 'api/session/handover';
/** Tabs of this console (this origin only) lend each other a way in. */
const CHANNEL = 'lilypad-session';
/** How long a tab without a session waits for a signed-in tab to answer. */
const ASK_TABS_MS = 1500;

type ChannelMessage = { type: 'need'; id: string } | { type: 'code'; id: string; code: string };

/**
 * The browser host prints (and opens) a link with `#code=<one-time code>`. The page takes
 * it out of the address bar at once, trades it for a session of its own and keeps that for
 * this tab (sessionStorage: reloads keep it). The code then is worthless, wherever the link
 * was left (history, screen, terminal).
 */
export function takeHandOverCode(): string | null {
  const match = /(?:^|[#&])code=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match) return null;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return match[1];
}

async function postJson(path: string, body: unknown, session?: string): Promise<{ status: number; value: unknown } | null> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', ...(session ? { [SESSION_HEADER]: session } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, value: await response.json() };
  } catch {
    return null;
  }
}

async function exchange(code: string): Promise<string | null> {
  const answer = await postJson(EXCHANGE_PATH, { code });
  const value = answer?.status === 200 ? (answer.value as { ok?: boolean; value?: { session?: unknown } }) : undefined;
  return value?.ok && typeof value.value?.session === 'string' ? value.value.session : null;
}

/** Asks another open tab of this console for a one-time code; null when none answers. */
function askOtherTabs(): Promise<string | null> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(CHANNEL);
    const id = crypto.randomUUID();
    const done = (code: string | null) => {
      clearTimeout(timer);
      channel.close();
      resolve(code);
    };
    const timer = setTimeout(() => done(null), ASK_TABS_MS);
    channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
      if (event.data?.type === 'code' && event.data.id === id && typeof event.data.code === 'string') done(event.data.code);
    };
    channel.postMessage({ type: 'need', id } satisfies ChannelMessage);
  });
}

/** A signed-in tab answers other tabs' requests with a fresh one-time code from the host. */
function lendToOtherTabs(session: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = async (event: MessageEvent<ChannelMessage>) => {
    if (event.data?.type !== 'need' || typeof event.data.id !== 'string') return;
    const answer = await postJson(HANDOVER_PATH, {}, session);
    const value = answer?.status === 200 ? (answer.value as { ok?: boolean; value?: { code?: unknown } }) : undefined;
    if (value?.ok && typeof value.value?.code === 'string') channel.postMessage({ type: 'code', id: event.data.id, code: value.value.code } satisfies ChannelMessage);
  };
}

/** This tab's session: from the link's code, from this tab's storage, or lent by another tab. */
export async function acquireSession(code: string | null): Promise<string | null> {
  let session = code ? await exchange(code) : null;
  session ??= sessionStorage.getItem(SESSION_KEY);
  if (!session) {
    const lent = await askOtherTabs();
    session = lent ? await exchange(lent) : null;
  }
  if (session) {
    sessionStorage.setItem(SESSION_KEY, session);
    lendToOtherTabs(session);
  }
  return session;
}

const NO_SESSION: CallResult<never> = {
  ok: false,
  error: {
    kind: 'internal',
    status: 401,
    message: 'This page has no Lilypad session. Open a new link from the terminal that runs Lilypad (each link works once), or open the console from a tab that is signed in.',
  },
};

async function post(name: CallName, input: unknown, session: Promise<string | null>, tags?: CallTags): Promise<CallResult<unknown>> {
  const token = await session;
  if (!token) return NO_SESSION;
  let response: Response;
  try {
    response = await fetch(`api/call/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SESSION_HEADER]: token,
        ...(tags ? { [CALL_TAGS_HEADER]: encodeURIComponent(JSON.stringify(tags)) } : {}),
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { kind: 'network', message: 'The Lilypad host is not reachable. Is it still running?' } };
  }
  if (response.status === 401 || response.status === 403) return NO_SESSION;
  return (await response.json()) as CallResult<unknown>;
}

/** The same DesktopApi as the preload's, over HTTP to the browser host. */
export function createHttpBridge(): DesktopApi {
  // Taken synchronously, before the hash router reads the address.
  const session = acquireSession(takeHandOverCode());
  const api: Record<string, (input: unknown, tags?: CallTags) => Promise<CallResult<unknown>>> = {};
  for (const name of CALL_NAMES) api[name] = (input, tags) => post(name, input, session, tags);
  return api as unknown as DesktopApi;
}
