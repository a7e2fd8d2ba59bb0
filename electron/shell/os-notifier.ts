// OS notifications for the fleet, from the main process: Electron's Notification behind the
// services' OsNotifier interface (the services never import electron). Where the OS has no
// notification service, the fleet keeps its in-app list only.
import { Notification } from 'electron';
import type { OsNotifier } from '../services';

export function createOsNotifier(): OsNotifier | undefined {
  if (!Notification.isSupported()) return undefined;
  return {
    notify({ title, body }) {
      new Notification({ title, body, silent: false }).show();
    },
  };
}
