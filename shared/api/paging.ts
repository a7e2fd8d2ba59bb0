// Input of the platform's cursor-paged lists (Access v2 users and groups).
import { z } from 'zod';

export const cursorPage = {
  cursor: z.string().max(4096).optional(),
  limit: z.number().int().min(1).max(99_999).optional(),
};
