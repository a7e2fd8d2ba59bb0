import type { DesktopApi } from '../../shared/api/contract';

declare global {
  interface Window {
    /** Set by the Electron preload. Absent in the browser host, where http-bridge stands in. */
    lilypad?: DesktopApi;
  }
}
export {};
