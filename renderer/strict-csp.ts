// Imported first by main.tsx, before any schema exists: zod would otherwise probe
// `new Function` when it builds its first object schema, and under a script-src without
// 'unsafe-eval' that probe alone is reported as a policy violation. Its plain parser is
// fast enough for what the window validates.
import { z } from 'zod';

z.config({ jitless: true });
