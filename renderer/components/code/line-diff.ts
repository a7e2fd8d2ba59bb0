// Turns two texts into rows for a unified or side-by-side view, using `diff` on their lines.
import { diffArrays } from 'diff';

export type DiffRowKind = 'same' | 'added' | 'removed';
export interface UnifiedRow {
  kind: DiffRowKind;
  text: string;
  oldNo?: number;
  newNo?: number;
}
export interface SplitRow {
  left?: { no: number; text: string; kind: 'same' | 'removed' };
  right?: { no: number; text: string; kind: 'same' | 'added' };
}

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A line with every run of blanks as one space and none at its ends. */
const sameSpacing = (line: string): string => line.trim().replace(/\s+/g, ' ');

/**
 * `ignoreSpacing` treats lines that differ only in runs of blanks as equal: two generators
 * align columns differently, and that noise would hide the changes that matter.
 */
export function unifiedRows(oldText: string, newText: string, ignoreSpacing = false): UnifiedRow[] {
  const rows: UnifiedRow[] = [];
  let oldNo = 1;
  let newNo = 1;
  // jsdiff's own ignoreWhitespace trims the ends of a line only; runs of blanks inside count too.
  const options = ignoreSpacing ? { comparator: (a: string, b: string) => sameSpacing(a) === sameSpacing(b) } : {};
  for (const part of diffArrays(splitLines(oldText), splitLines(newText), options)) {
    for (const text of part.value) {
      if (part.added) rows.push({ kind: 'added', text, newNo: newNo++ });
      else if (part.removed) rows.push({ kind: 'removed', text, oldNo: oldNo++ });
      else rows.push({ kind: 'same', text, oldNo: oldNo++, newNo: newNo++ });
    }
  }
  return rows;
}

/** Pairs removed and added runs line by line, so a changed line sits beside its new form. */
export function splitRows(rows: UnifiedRow[]): SplitRow[] {
  const out: SplitRow[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i];
    if (row.kind === 'same') {
      out.push({ left: { no: row.oldNo!, text: row.text, kind: 'same' }, right: { no: row.newNo!, text: row.text, kind: 'same' } });
      i++;
      continue;
    }
    const removed: UnifiedRow[] = [];
    const added: UnifiedRow[] = [];
    while (i < rows.length && rows[i].kind === 'removed') removed.push(rows[i++]);
    while (i < rows.length && rows[i].kind === 'added') added.push(rows[i++]);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const r = removed[k];
      const a = added[k];
      out.push({
        left: r ? { no: r.oldNo!, text: r.text, kind: 'removed' } : undefined,
        right: a ? { no: a.newNo!, text: a.text, kind: 'added' } : undefined,
      });
    }
  }
  return out;
}

export function diffStats(rows: UnifiedRow[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const row of rows) {
    if (row.kind === 'added') added++;
    else if (row.kind === 'removed') removed++;
  }
  return { added, removed };
}
