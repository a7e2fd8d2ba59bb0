// The one Lilypad window: hardened webPreferences, remembered bounds, and no way to
// navigate it away from app://lilypad/ or to open new windows.
import { BrowserWindow, screen, shell, type WebContents } from 'electron';
import type Store from 'electron-store';
import { APP_ENTRY_URL, isInAppNavigation, isSafeExternalUrl, secureWebPreferences } from './hardening';
import { DEFAULT_BOUNDS, MIN_SIZE, isVisibleOnSome, parseBounds } from './window-bounds';

const BOUNDS_KEY = 'windowBounds';
const MAXIMISED_KEY = 'windowMaximised';

function savedBounds(store: Store) {
  const bounds = parseBounds(store.get(BOUNDS_KEY));
  if (!bounds) return DEFAULT_BOUNDS;
  return isVisibleOnSome(
    bounds,
    screen.getAllDisplays().map((display) => display.workArea),
  )
    ? bounds
    : DEFAULT_BOUNDS;
}

function rememberBounds(window: BrowserWindow, store: Store): void {
  const save = () => {
    if (window.isDestroyed()) return;
    store.set(MAXIMISED_KEY, window.isMaximized());
    if (!window.isMaximized() && !window.isMinimized()) store.set(BOUNDS_KEY, window.getBounds());
  };
  window.on('close', save);
}

/** Opens an http(s) link in the OS browser; anything else is dropped. */
export function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

export function createMainWindow(options: { preloadPath: string; store: Store; title: string }): BrowserWindow {
  const window = new BrowserWindow({
    ...savedBounds(options.store),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false,
    backgroundColor: '#0f1a14',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (options.store.get(MAXIMISED_KEY) === true) window.maximize();
  rememberBounds(window, options.store);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Applied to every web contents the app ever creates, not only our window's. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isInAppNavigation(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isInAppNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}
