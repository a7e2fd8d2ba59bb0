// The main-process log: one line per event, scrubbed before it is written, at a level
// chosen by LILYPAD_LOG_LEVEL. Logging never throws: a full disk must not break a call.
import { scrubText } from '../http/scrub';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
/** 'off' writes nothing. */
export type LogThreshold = LogLevel | 'off';

export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

export interface Logger {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

/** Where finished lines go (a rotating file, an array in tests). */
export type LogSink = (line: string) => void;

export const LOG_LEVEL_ENV = 'LILYPAD_LOG_LEVEL';
export const DEFAULT_LOG_LEVEL: LogLevel = 'info';

/** The level named by LILYPAD_LOG_LEVEL; anything unknown falls back to the default. */
export function logThresholdFromEnv(env: NodeJS.ProcessEnv = process.env): LogThreshold {
  const raw = env[LOG_LEVEL_ENV]?.trim().toLowerCase();
  if (raw === 'off') return 'off';
  return (LOG_LEVELS as readonly string[]).includes(raw ?? '') ? (raw as LogLevel) : DEFAULT_LOG_LEVEL;
}

const rank = (level: LogThreshold): number => (level === 'off' ? -1 : LOG_LEVELS.indexOf(level));

/** Fields as JSON (stacks keep their line breaks escaped), every string scrubbed. */
function formatFields(fields: LogFields | undefined): string {
  if (!fields) return '';
  const clean: Record<string, LogValue> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    clean[key] = typeof value === 'string' ? scrubText(value) : value;
  }
  return Object.keys(clean).length > 0 ? ` ${JSON.stringify(clean)}` : '';
}

export function createLogger(sink: LogSink, threshold: LogThreshold = DEFAULT_LOG_LEVEL, now: () => Date = () => new Date()): Logger {
  const write = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (rank(level) > rank(threshold)) return;
    try {
      const text = scrubText(message).replace(/\s*\n\s*/g, ' ');
      sink(`${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${text}${formatFields(fields)}\n`);
    } catch {
      // A log that cannot be written is dropped, never a reason to fail.
    }
  };
  return {
    error: (message, fields) => write('error', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    info: (message, fields) => write('info', message, fields),
    debug: (message, fields) => write('debug', message, fields),
  };
}

export const silentLogger: Logger = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined };

/** The fields that describe a thrown value: its message and, for an Error, its stack (known secrets masked). */
export function errorFields(error: unknown, secrets: readonly string[] = []): LogFields {
  if (error instanceof Error) return { error: scrubText(error.message, secrets), stack: error.stack === undefined ? undefined : scrubText(error.stack, secrets) };
  return { error: scrubText(String(error), secrets) };
}
