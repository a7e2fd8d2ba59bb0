// The line diff behind the snippet comparison: unified rows with line numbers, the
// side-by-side pairing, the counts, and spacing-only changes ignored on request.
import { describe, expect, it } from 'vitest';
import { diffStats, splitRows, unifiedRows } from '../../../../renderer/components/code/line-diff';

const OLD = 'server {\n  listen 80;\n  server_name a.example;\n}\n';
const NEW = 'server {\n  listen 443 ssl;\n  listen 80;\n  server_name b.example;\n}\n';

describe('line diff', () => {
  it('unified rows carry old and new line numbers', () => {
    expect(unifiedRows(OLD, NEW)).toEqual([
      { kind: 'same', text: 'server {', oldNo: 1, newNo: 1 },
      { kind: 'added', text: '  listen 443 ssl;', newNo: 2 },
      { kind: 'same', text: '  listen 80;', oldNo: 2, newNo: 3 },
      { kind: 'removed', text: '  server_name a.example;', oldNo: 3 },
      { kind: 'added', text: '  server_name b.example;', newNo: 4 },
      { kind: 'same', text: '}', oldNo: 4, newNo: 5 },
    ]);
  });

  it('counts additions and removals, and nothing for equal texts', () => {
    expect(diffStats(unifiedRows(OLD, NEW))).toEqual({ added: 2, removed: 1 });
    expect(diffStats(unifiedRows(OLD, OLD))).toEqual({ added: 0, removed: 0 });
  });

  it('side by side, a changed line sits beside its new form; extra lines have an empty side', () => {
    const rows = splitRows(unifiedRows('a\nb\nc\n', 'a\nB\nB2\nc\n'));
    expect(rows).toEqual([
      { left: { no: 1, text: 'a', kind: 'same' }, right: { no: 1, text: 'a', kind: 'same' } },
      { left: { no: 2, text: 'b', kind: 'removed' }, right: { no: 2, text: 'B', kind: 'added' } },
      { left: undefined, right: { no: 3, text: 'B2', kind: 'added' } },
      { left: { no: 3, text: 'c', kind: 'same' }, right: { no: 4, text: 'c', kind: 'same' } },
    ]);
  });

  it('ignores runs of blanks only when asked', () => {
    const aligned = 'proxy_set_header  Host   $http_host;\n';
    const plain = 'proxy_set_header Host $http_host;\n';
    expect(diffStats(unifiedRows(aligned, plain))).toEqual({ added: 1, removed: 1 });
    expect(diffStats(unifiedRows(aligned, plain, true))).toEqual({ added: 0, removed: 0 });
    expect(diffStats(unifiedRows('  listen 80;\n', 'listen\t80 ;\n', true))).toEqual({ added: 1, removed: 1 });
    expect(diffStats(unifiedRows('listen 80;\n', 'listen 8080;\n', true))).toEqual({ added: 1, removed: 1 });
    expect(diffStats(unifiedRows('  listen   80;\n', 'listen 80;  \n', true))).toEqual({ added: 0, removed: 0 });
  });

  it('a text without a final newline loses no line, and an empty text has no rows', () => {
    expect(unifiedRows('', 'x').map((r) => [r.kind, r.text])).toEqual([['added', 'x']]);
    expect(unifiedRows('', '')).toEqual([]);
  });
});
