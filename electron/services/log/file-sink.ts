// A log file that rotates by size: lilypad.log, then lilypad.log.1 … .N (oldest dropped).
// Synchronous appends: few lines are written (failures, refusals), and a line written
// just before a crash is the one that explains it.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogSink } from './logger';

export const LOG_FILE_NAME = 'lilypad.log';
/** Bytes per file before it rotates. */
export const LOG_MAX_BYTES = 1024 * 1024;
/** Rotated files kept beside the current one: at most (1 + LOG_KEEP_FILES) × LOG_MAX_BYTES on disk. */
export const LOG_KEEP_FILES = 3;

export interface RotatingFileOptions {
  dir: string;
  fileName?: string;
  maxBytes?: number;
  keep?: number;
}

function moveIfThere(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    // Not there (yet).
  }
}

export function rotatingFileSink(options: RotatingFileOptions): LogSink & { path: string } {
  const fileName = options.fileName ?? LOG_FILE_NAME;
  const path = join(options.dir, fileName);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = options.keep ?? LOG_KEEP_FILES;
  let size: number | null = null;

  const currentSize = (): number => {
    if (size !== null) return size;
    try {
      size = statSync(path).size;
    } catch {
      size = 0;
    }
    return size;
  };

  const rotate = (): void => {
    rmSync(`${path}.${keep}`, { force: true });
    for (let n = keep - 1; n >= 1; n--) moveIfThere(`${path}.${n}`, `${path}.${n + 1}`);
    if (keep > 0) moveIfThere(path, `${path}.1`);
    else rmSync(path, { force: true });
    size = 0;
  };

  const sink = (line: string): void => {
    const bytes = Buffer.byteLength(line);
    if (currentSize() > 0 && currentSize() + bytes > maxBytes) rotate();
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    // Usernames and paths are not secrets, but the log is nobody else's business either.
    appendFileSync(path, line, { mode: 0o600 });
    size = currentSize() + bytes;
  };
  return Object.assign(sink, { path });
}
