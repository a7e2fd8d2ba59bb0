// What the fleet needs from the operating system's notifications. The Electron shell
// implements it (electron/shell/os-notifier.ts); the browser host has none, and the fleet
// keeps its in-app list only.
export interface OsNotifier {
  notify(notification: { title: string; body: string }): void;
}

/**
 * Never a flood: at most one OS notification per instance in `perInstanceMs`, and at most
 * `perWindow` across the fleet in `windowMs`. What it holds back is still in the in-app list.
 */
export class NotificationLimiter {
  private readonly lastByInstance = new Map<string, number>();
  private recent: number[] = [];

  constructor(private readonly options: { perInstanceMs: number; perWindow: number; windowMs: number } = { perInstanceMs: 2 * 60_000, perWindow: 5, windowMs: 60_000 }) {}

  allow(instanceId: string, now: number): boolean {
    const last = this.lastByInstance.get(instanceId);
    if (last !== undefined && now - last < this.options.perInstanceMs) return false;
    this.recent = this.recent.filter((at) => now - at < this.options.windowMs);
    if (this.recent.length >= this.options.perWindow) return false;
    this.recent.push(now);
    this.lastByInstance.set(instanceId, now);
    return true;
  }
}
