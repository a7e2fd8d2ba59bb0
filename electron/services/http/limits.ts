// Every size limit between the platform and the window, in one place. A platform (or a
// proxy in front of it) can send an endless answer; nothing here may hold more than these.

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** What one platform answer may hold in memory, by what the call reads (PlatformRequest.answerSize). */
export const ANSWER_LIMITS = {
  /** Single objects, settings, probes: far above any real one (a user, the version, webServer). */
  default: 8 * MiB,
  /** Config text, e.g. the platform's generated reverse-proxy snippet. */
  snippet: 16 * MiB,
  /** Pages and lists: a users page of 99,999 rows is about 12 MiB. */
  list: 64 * MiB,
} as const;
export type AnswerSize = keyof typeof ANSWER_LIMITS;

/** An error status's body is read only for its message; the rest is not needed. */
export const ERROR_BODY_LIMIT = 64 * 1024;

/** One streamed download (support bundles) unless the call sets its own. */
export const DOWNLOAD_LIMIT = 8 * GiB;

/**
 * What one call may send back to the window (Electron IPC or the browser host). A list
 * answer at its limit still fits once mapped (the mapping only drops fields).
 */
export const WINDOW_RESULT_LIMIT = ANSWER_LIMITS.list;

/** "64 MiB" for messages. */
export function describeBytes(bytes: number): string {
  if (bytes >= GiB && bytes % GiB === 0) return `${bytes / GiB} GiB`;
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
