// The fleet: every saved instance's health at a glance, its history and the changes of
// state worth a notification. What the renderer sees; the inputs' schemas.
import { z } from 'zod';
import type { HealthState } from '../system/model';

/** An instance's state, worst first: FLEET_STATE_ORDER ranks them. */
export type FleetState = 'unreachable' | 'unhealthy' | 'degraded' | 'pending' | 'healthy';

/** Worst first: sorting and the navigation badge use this order. */
export const FLEET_STATE_ORDER: readonly FleetState[] = ['unreachable', 'unhealthy', 'degraded', 'pending', 'healthy'];

export const FLEET_STATE_LABEL: Record<FleetState, string> = {
  unreachable: 'Unreachable',
  unhealthy: 'Unhealthy',
  degraded: 'Peer unhealthy',
  pending: 'Not checked yet',
  healthy: 'Healthy',
};

export const severityOf = (state: FleetState): number => FLEET_STATE_ORDER.length - 1 - FLEET_STATE_ORDER.indexOf(state);

export function worstOf(states: Iterable<FleetState>): FleetState {
  let worst: FleetState = 'healthy';
  for (const state of states) if (severityOf(state) > severityOf(worst)) worst = state;
  return worst;
}

/** Up for uptime: healthy, or only a peer node unhealthy (this node serves). */
export const isUp = (state: FleetState): boolean => state === 'healthy' || state === 'degraded';

/** One service (router, a JFrog service or a probe) that was not healthy in a check. */
export interface ServiceProblem {
  /** "router", "jfac@node-1", or "probe:readiness". */
  serviceId: string;
  state: HealthState | 'FAILED';
  message: string;
}

/** One check of one instance, as history keeps it. */
export interface FleetSample {
  at: number;
  state: FleetState;
  /** Router health's round trip; absent when unreachable. */
  responseMs?: number;
  version?: string;
  /** The services that were not healthy (empty when all were); for unreachable, the error. */
  problems: ServiceProblem[];
}

/** A stretch of trouble: from the first failed check to the first healthy one after it. */
export interface FleetIncident {
  id: number;
  instanceId: string;
  instanceName: string;
  startedAt: number;
  /** Absent while it lasts. */
  endedAt?: number;
  /** The worst state seen during the incident. */
  worst: FleetState;
  /** The services' messages seen during it, first seen first (at most 20). */
  messages: string[];
}

/** One slice of the compact 24 h status bar. */
export interface StatusSlice {
  from: number;
  /** The worst state checked in the slice; 'none' when nothing was checked. */
  state: FleetState | 'none';
}

export interface FleetRow {
  instanceId: string;
  name: string;
  color: string;
  environment: string;
  state: FleetState;
  /** Services (and probes) not healthy in the last check. */
  unhealthyCount: number;
  problems: ServiceProblem[];
  /** Why the last check failed, when unreachable. */
  error?: string;
  responseMs?: number;
  version?: string;
  /** Set when the version differs from the one most of the fleet runs. */
  versionDiffers: boolean;
  lastCheckedAt?: number;
  lastSuccessAt?: number;
  /** Failing checks in a row; with nextCheckAt when the poller backs off. */
  consecutiveFailures: number;
  nextCheckAt?: number;
  checking: boolean;
  /** Percent (0–100) of the checked time the instance was up; absent with no data. */
  uptime24h?: number;
  statusBar: StatusSlice[];
  /** From the license expiry scan when it is registered; absent when unknown. */
  licenseDaysLeft?: number;
  /** From the token expiry scan when it is registered; absent when unknown. */
  tokensExpiring?: number;
  muted: boolean;
}

export interface FleetOverview {
  intervalMs: number;
  paused: boolean;
  running: boolean;
  lastCycleAt?: number;
  /** The worst state across the fleet (the navigation badge). */
  worst: FleetState;
  /** The version most instances run. */
  commonVersion?: string;
  rows: FleetRow[];
  unreadNotifications: number;
  /** Where the history lives and how it is kept (shown under the table). */
  storage: { path: string; sizeBytes: number; limitBytes: number; note?: string };
}

export interface ServiceSegment {
  from: number;
  to: number;
  state: HealthState | 'FAILED' | 'UNREACHABLE';
  message: string;
}

export interface ServiceTimeline {
  serviceId: string;
  name: string;
  segments: ServiceSegment[];
}

export interface HistoryPoint {
  at: number;
  state: FleetState;
  responseMs?: number;
}

export interface UptimeFigures {
  d1?: number;
  d7?: number;
  d30?: number;
}

export interface InstanceHistory {
  instanceId: string;
  name: string;
  from: number;
  to: number;
  points: HistoryPoint[];
  timelines: ServiceTimeline[];
  incidents: FleetIncident[];
  uptime: UptimeFigures;
}

export type NotificationKind = 'unhealthy' | 'unreachable' | 'degraded' | 'recovered';

export interface FleetNotification {
  id: number;
  at: number;
  instanceId: string;
  instanceName: string;
  kind: NotificationKind;
  from: FleetState;
  to: FleetState;
  message: string;
  read: boolean;
  /** Whether an OS notification was shown (false: muted, rate-limited or no OS notifications here). */
  shown: boolean;
}

export interface FleetNotifications {
  items: FleetNotification[];
  unread: number;
  muted: string[];
  /** Whether this host can show OS notifications (the Electron app). */
  osNotifications: boolean;
}

export const HISTORY_RANGES = ['24h', '7d', '30d'] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];
export const RANGE_MS: Record<HistoryRange, number> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };

/** Interval choices the user may set, in seconds. */
export const FLEET_INTERVALS = [15, 30, 60, 120, 300, 900] as const;

export const fleetScheduleSchema = z
  .object({
    intervalSeconds: z
      .number()
      .int()
      .refine((value) => (FLEET_INTERVALS as readonly number[]).includes(value), `The interval must be one of ${FLEET_INTERVALS.join(', ')} seconds`)
      .optional(),
    paused: z.boolean().optional(),
  })
  .strict();

export const fleetHistoryInputSchema = z.object({ instanceId: z.string().min(1).max(64), range: z.enum(HISTORY_RANGES).default('24h') }).strict();

export const fleetMuteSchema = z.object({ instanceId: z.string().min(1).max(64), muted: z.boolean() }).strict();

export const fleetExportSchema = z.object({ kind: z.enum(['incidents', 'uptime']), instanceId: z.string().min(1).max(64).optional() }).strict();
