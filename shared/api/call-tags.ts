// What the renderer may say about a call besides its input. Today: the bulk run it belongs
// to, so the activity log can show one bulk entry with its items. Sent next to the input
// (a second argument over IPC, a header over HTTP) and validated by the dispatcher; it
// never reaches a handler or the platform.
import { z } from 'zod';

export const BATCH_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export const callTagsSchema = z
  .object({
    batch: z
      .object({
        id: z.string().regex(BATCH_ID_PATTERN, 'A batch id is 8–64 characters of A–Z, a–z, 0–9, "-" or "_"'),
        /** What the run does, as the screen names it ("Delete users"). */
        label: z.string().trim().min(1).max(120).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CallTags = z.infer<typeof callTagsSchema>;

/** The HTTP header that carries the tags in the browser host (URI-encoded JSON). */
export const CALL_TAGS_HEADER = 'x-lilypad-call-tags';
