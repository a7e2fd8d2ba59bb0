// Runs in the sandboxed preload (bundled to one CJS file): exposes window.lilypad only.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeDesktopApi } from './build-api';

exposeDesktopApi(contextBridge, ipcRenderer);
