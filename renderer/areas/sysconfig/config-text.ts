// Pure helpers of the system configuration screen.

/** The <urlBase> the XML holds (unescaped), or undefined when none is set. */
export function urlBaseOf(xml: string): string | undefined {
  const match = /<urlBase>([^<]*)<\/urlBase>/.exec(xml);
  if (!match) return undefined;
  const value = match[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value === '' ? undefined : value;
}

export interface InfoLine {
  number: number;
  text: string;
}

/** The lines of the system info that hold every word of `query` (any case); all lines for an empty query. */
export function searchLines(text: string, query: string): InfoLine[] {
  const lines = text.split('\n').map((line, index) => ({ number: index + 1, text: line }));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return lines;
  return lines.filter((line) => {
    const lower = line.text.toLowerCase();
    return words.every((word) => lower.includes(word));
  });
}

/** "12.3 KB" for a backup's size. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
