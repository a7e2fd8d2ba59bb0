// Initial JavaScript of the renderer: what index.html loads before any screen chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function benchBundle(distDir = join(process.cwd(), 'dist', 'renderer')): Record<string, number | string> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g)) files.add(match[1]);
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return {
    'bundle: initial JS files': files.size,
    'bundle: initial JS (KB)': Math.round(raw / 1024),
    'bundle: initial JS gzipped (KB, target ≤ 350)': Math.round(gzipped / 1024),
  };
}
