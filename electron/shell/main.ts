// Electron main entry (bundled to dist/electron/main.cjs). Thin on purpose: lifecycle,
// window, protocol and IPC binding; every call is answered by the plain-Node services.
import { app, ipcMain, session, shell, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { createAppServices } from '../services/app-services';
import { EncryptedSecretStore } from '../services/secrets';
import { createFileLogger, errorFields } from '../services/log';
import type { AppServices } from '../services/app-services-types';
import { isSafeExternalUrl } from './hardening';
import { bindIpc } from './ipc';
import { createOsNotifier } from './os-notifier';
import { registerAppScheme, serveAppScheme } from './protocol';
import { safeStorageCipher } from './safe-storage-cipher';
import { electronSaveDialog } from './save-dialog';
import { createMainWindow, lockDownContents } from './window';

// dist/electron/main.cjs → dist/renderer and dist/electron/preload.cjs
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');

// Tests and portable setups point the whole profile elsewhere. This runs before the
// single-instance lock, which lives in userData, so separate data dirs run side by side.
if (process.env.LILYPAD_DATA_DIR) app.setPath('userData', process.env.LILYPAD_DATA_DIR);

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another Lilypad is running; it gets focus through 'second-instance'.
  app.quit();
} else {
  start();
}

function start(): void {
  let window: BrowserWindow | null = null;
  let services: AppServices | null = null;
  let unbind: (() => void) | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  app
    .whenReady()
    .then(() => {
      // The renderer needs no camera, notifications, clipboard reads, etc.
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      session.defaultSession.setPermissionCheckHandler(() => false);
      serveAppScheme(RENDERER_DIR);

      const uiStore = new Store({ name: 'window-state' });
      const instancesStore = new Store({ name: 'instances' });
      // Ciphertexts live apart from the profiles, so an exported or shared profile file never carries them.
      const secretsStore = new Store({ name: 'secrets' });
      const log = createFileLogger(app.getPath('userData'));
      // Observes only: a crash still crashes, but leaves its stack in the log.
      process.on('uncaughtExceptionMonitor', (error, origin) => log.error(`uncaught ${origin}`, errorFields(error)));
      const appServices = createAppServices({
        log,
        dataDir: app.getPath('userData'),
        runtime: 'electron',
        keyValueStore: instancesStore,
        secretStore: new EncryptedSecretStore({ cipher: safeStorageCipher(), store: secretsStore }),
        openExternal: async (url: string) => {
          if (!isSafeExternalUrl(url)) throw new Error('Only http(s) links can be opened.');
          await shell.openExternal(url);
        },
        osNotifier: createOsNotifier(),
        version: app.getVersion(),
        saveDialog: electronSaveDialog(() => window),
      });
      services = appServices;
      unbind = bindIpc({ ipcMain, services: appServices, log, mainFrame: () => (window && !window.isDestroyed() ? window.webContents.mainFrame : null) });
      window = createMainWindow({ preloadPath: PRELOAD_PATH, store: uiStore, title: 'Lilypad' });
      window.on('closed', () => {
        window = null;
      });
    })
    .catch((error: unknown) => {
      console.error('Lilypad could not start:', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });

  app.on('window-all-closed', () => app.quit());

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !services) return;
    event.preventDefault();
    unbind?.();
    void services.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}
