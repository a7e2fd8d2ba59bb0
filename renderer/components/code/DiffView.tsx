// Unified or side-by-side line diff of two config texts (e.g. the platform's snippet
// against the offline one). The `diff` package finds the changes; this only draws them.
import { Box, FormControlLabel, Stack, Switch, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { alpha, useTheme } from '@mui/material/styles';
import { useMemo, useState } from 'react';
import { codeFont } from './token-colors';
import { diffStats, splitRows, unifiedRows, type DiffRowKind } from './line-diff';

export interface DiffViewProps {
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
  maxHeight?: number | string;
}

type Layout = 'unified' | 'split';

export function DiffView({ oldText, newText, oldLabel, newLabel, maxHeight = 520 }: DiffViewProps) {
  const [layout, setLayout] = useState<Layout>('unified');
  const [ignoreSpacing, setIgnoreSpacing] = useState(true);
  const rows = useMemo(() => unifiedRows(oldText, newText, ignoreSpacing), [oldText, newText, ignoreSpacing]);
  const stats = diffStats(rows);
  return (
    <Stack spacing={1} data-testid="diff-view">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2">
          <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
            − {oldLabel}
          </Box>
          {'  '}
          <Box component="span" sx={{ color: 'success.main', fontWeight: 600 }}>
            + {newLabel}
          </Box>
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="diff-stats">
          {stats.added === 0 && stats.removed === 0 ? 'No differences' : `${stats.removed} line(s) only in the first, ${stats.added} only in the second`}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <FormControlLabel
          control={<Switch size="small" checked={ignoreSpacing} onChange={(event) => setIgnoreSpacing(event.target.checked)} />}
          label={<Typography variant="body2">Ignore spacing</Typography>}
        />
        <ToggleButtonGroup size="small" exclusive value={layout} onChange={(_e, value: Layout | null) => value && setLayout(value)} aria-label="Diff layout">
          <ToggleButton value="unified">Unified</ToggleButton>
          <ToggleButton value="split">Side by side</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <Box
        role="region"
        aria-label={`Differences between ${oldLabel} and ${newLabel}`}
        tabIndex={0}
        sx={{ maxHeight, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: codeFont, fontSize: 12.5, lineHeight: 1.55 }}
      >
        {layout === 'unified' ? <Unified rows={rows} /> : <Split rows={rows} />}
      </Box>
    </Stack>
  );
}

function useRowColor() {
  const theme = useTheme();
  return (kind: DiffRowKind | undefined) => {
    if (kind === 'added') return alpha(theme.palette.success.main, theme.palette.mode === 'dark' ? 0.22 : 0.14);
    if (kind === 'removed') return alpha(theme.palette.error.main, theme.palette.mode === 'dark' ? 0.22 : 0.12);
    return undefined;
  };
}

const numberCell = { width: '4.5ch', px: 0.75, color: 'text.disabled', textAlign: 'right', userSelect: 'none', verticalAlign: 'top' } as const;
const textCell = { px: 1, whiteSpace: 'pre', verticalAlign: 'top' } as const;
const SIGN: Record<DiffRowKind, string> = { same: ' ', added: '+', removed: '−' };

function Unified({ rows }: { rows: ReturnType<typeof unifiedRows> }) {
  const color = useRowColor();
  return (
    <Box component="table" sx={{ borderCollapse: 'collapse', minWidth: '100%' }}>
      <tbody>
        {rows.map((row, i) => (
          <Box component="tr" key={i} data-diff={row.kind} sx={{ bgcolor: color(row.kind) }}>
            <Box component="td" sx={numberCell}>
              {row.oldNo ?? ''}
            </Box>
            <Box component="td" sx={numberCell}>
              {row.newNo ?? ''}
            </Box>
            <Box component="td" sx={{ ...textCell, width: '100%' }}>
              {SIGN[row.kind]} {row.text}
            </Box>
          </Box>
        ))}
      </tbody>
    </Box>
  );
}

function Split({ rows }: { rows: ReturnType<typeof unifiedRows> }) {
  const color = useRowColor();
  const pairs = useMemo(() => splitRows(rows), [rows]);
  return (
    <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' }}>
      <tbody>
        {pairs.map((pair, i) => (
          <tr key={i}>
            <Box component="td" sx={{ ...numberCell, bgcolor: color(pair.left?.kind) }}>
              {pair.left?.no ?? ''}
            </Box>
            <Box
              component="td"
              title={pair.left?.text}
              data-diff={pair.left?.kind}
              sx={{ ...textCell, overflow: 'hidden', textOverflow: 'ellipsis', bgcolor: color(pair.left?.kind), borderRight: 1, borderColor: 'divider' }}
            >
              {pair.left?.text ?? ''}
            </Box>
            <Box component="td" sx={{ ...numberCell, bgcolor: color(pair.right?.kind) }}>
              {pair.right?.no ?? ''}
            </Box>
            <Box
              component="td"
              title={pair.right?.text}
              data-diff={pair.right?.kind}
              sx={{ ...textCell, overflow: 'hidden', textOverflow: 'ellipsis', bgcolor: color(pair.right?.kind) }}
            >
              {pair.right?.text ?? ''}
            </Box>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}
