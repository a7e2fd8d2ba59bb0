// Runs in the sandboxed preload (bundled to one CJS file): exposes window.lilypad only.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeDesktopApi } from './build-api';

/** Every call name of the contract, written in by electron/build.ts. */
declare const __LILYPAD_CALL_NAMES__: readonly string[];

exposeDesktopApi(contextBridge, ipcRenderer, __LILYPAD_CALL_NAMES__);
