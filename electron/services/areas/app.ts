// App area: app.* and secrets.* calls (about Lilypad itself, not an instance).
import { ApiFailure } from '../../../shared/errors';
import type { AreaHandlers } from './types';

export function assertWebUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Reported below.
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new ApiFailure({ kind: 'validation', message: 'Only http and https links can be opened.', issues: [{ path: 'url', message: 'Must be an http(s) URL' }] });
  }
}

export const appArea: AreaHandlers<'app' | 'secrets'> = {
  'app.info': async (_input, ctx) => ({ ...ctx.info }),
  'app.openExternal': async ({ url }, ctx) => {
    assertWebUrl(url);
    if (!ctx.openExternal) throw new ApiFailure({ kind: 'unsupported', message: 'Opening links in the system browser is not available here.' });
    await ctx.openExternal(url);
  },
  'secrets.status': (_input, ctx) => ctx.secrets.status(),
  'secrets.allowWeakStorage': ({ allow }, ctx) => ctx.secrets.allowWeakStorage(allow),
};
