import { useSyncExternalStore } from 'react';

// A tiny hash router: "#/overview" → "overview"; "#/instances/new" → "instances" with the
// sub-path "new". The browser host's "#code=" hand-over fragment is consumed (and stripped)
// by the http bridge before the app first renders.

const HASH = /^#\/([A-Za-z0-9_-]+)(?:\/([^?#]*))?/;

export const currentRoute = (): string => HASH.exec(window.location.hash)?.[1] ?? '';
const currentSubRoute = (): string => HASH.exec(window.location.hash)?.[2] ?? '';

export function subscribeToRoute(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): string {
  return useSyncExternalStore(subscribeToRoute, currentRoute);
}

export function useSubRoute(): string {
  return useSyncExternalStore(subscribeToRoute, currentSubRoute);
}

/** navigate('users') or navigate('instances/new'). */
export function navigate(path: string): void {
  if (window.location.hash !== `#/${path}`) window.location.hash = `#/${path}`;
}
