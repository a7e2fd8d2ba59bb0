// What a scan across saved instances reports (fleet health, token expiry, license expiry):
// one state per instance, as the renderer sees it.
import type { ApiError } from '../errors';

export interface ScanInstanceState<R> {
  instanceId: string;
  instanceName: string;
  /** pending: never checked yet; failed: the last check failed (see error). */
  status: 'pending' | 'ok' | 'failed';
  /** The last successful result (kept while later checks fail). */
  value?: R;
  error?: ApiError;
  checkedAt?: string;
  lastSuccessAt?: string;
  durationMs?: number;
  consecutiveFailures: number;
  /** Set when repeated failures back this instance off: it is not checked before then. */
  nextCheckAt?: string;
  /** A check of this instance is under way. */
  checking: boolean;
}

export interface ScanSnapshot<R> {
  scanId: string;
  intervalMs: number;
  paused: boolean;
  lastCycleAt?: string;
  running: boolean;
  instances: ScanInstanceState<R>[];
}
