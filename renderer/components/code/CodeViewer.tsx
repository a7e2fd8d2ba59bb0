// Read-only config text with line numbers and light syntax colouring.
import { Box } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { codeFont, tokenColor } from './token-colors';
import { tokenizeLine, type ConfigLanguage } from './tokenize';

export interface CodeViewerProps {
  text: string;
  language: ConfigLanguage;
  /** Accessible name, e.g. "NGINX snippet (offline)". */
  label: string;
  maxHeight?: number | string;
}

export function CodeViewer({ text, language, label, maxHeight = 480 }: CodeViewerProps) {
  const theme = useTheme();
  const lines = useMemo(() => text.split('\n').map((line) => tokenizeLine(line, language)), [text, language]);
  const gutter = String(lines.length).length;
  return (
    <Box
      component="pre"
      role="region"
      aria-label={label}
      data-testid="code-viewer"
      tabIndex={0}
      sx={{
        m: 0,
        p: 1.5,
        maxHeight,
        overflow: 'auto',
        fontFamily: codeFont,
        fontSize: 12.5,
        lineHeight: 1.55,
        bgcolor: theme.palette.mode === 'dark' ? '#0d1117' : '#f6f8fa',
        color: 'text.primary',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <code>
        {lines.map((tokens, index) => (
          <Box component="span" key={index} sx={{ display: 'block', whiteSpace: 'pre' }}>
            <Box component="span" aria-hidden sx={{ display: 'inline-block', width: `${gutter + 1}ch`, mr: 1.5, color: 'text.disabled', textAlign: 'right', userSelect: 'none' }}>
              {index + 1}
            </Box>
            {tokens.map((token, i) => (
              <span
                key={i}
                data-token={token.kind === 'text' ? undefined : token.kind}
                style={{ color: tokenColor(token.kind, theme), fontStyle: token.kind === 'comment' ? 'italic' : undefined }}
              >
                {token.text}
              </span>
            ))}
            {tokens.length === 0 ? '\u200b' : null}
          </Box>
        ))}
      </code>
    </Box>
  );
}
