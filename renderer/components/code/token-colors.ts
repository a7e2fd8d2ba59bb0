// Token colours for both themes; picked for contrast on the code block background.
import type { Theme } from '@mui/material/styles';
import type { TokenKind } from './tokenize';

export function tokenColor(kind: TokenKind, theme: Theme): string | undefined {
  const dark = theme.palette.mode === 'dark';
  switch (kind) {
    case 'comment':
      return dark ? '#8b949e' : '#6a737d';
    case 'directive':
      return dark ? '#79c0ff' : '#005cc5';
    case 'variable':
      return dark ? '#ffa657' : '#b35900';
    case 'string':
      return dark ? '#a5d6ff' : '#032f62';
    case 'section':
      return dark ? '#d2a8ff' : '#6f42c1';
    case 'number':
      return dark ? '#7ee787' : '#22863a';
    default:
      return undefined;
  }
}

export const codeFont = '"JetBrains Mono", "Fira Code", Menlo, Consolas, "DejaVu Sans Mono", monospace';
