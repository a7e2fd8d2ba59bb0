// The main-process log, as the hosts (Electron shell, browser host) and services use it.
import { join } from 'node:path';
import { rotatingFileSink } from './file-sink';
import { createLogger, logThresholdFromEnv, type Logger } from './logger';

export { LOG_FILE_NAME, LOG_KEEP_FILES, LOG_MAX_BYTES, rotatingFileSink } from './file-sink';
export { LOG_LEVEL_ENV, createLogger, errorFields, logThresholdFromEnv, silentLogger, type LogFields, type LogLevel, type LogSink, type LogThreshold, type Logger } from './logger';

/** The log folder inside the data folder. */
export const logDirOf = (dataDir: string): string => join(dataDir, 'logs');

/** `<dataDir>/logs/lilypad.log`, rotated by size, level from LILYPAD_LOG_LEVEL. */
export function createFileLogger(dataDir: string, env: NodeJS.ProcessEnv = process.env): Logger & { path: string } {
  const sink = rotatingFileSink({ dir: logDirOf(dataDir) });
  return Object.assign(createLogger(sink, logThresholdFromEnv(env)), { path: sink.path });
}
