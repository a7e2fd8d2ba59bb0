// The end of a bulk run: counts, then every item that did not succeed with the reason,
// then (on request) the full per-item list.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { BulkItemResult } from './run-bulk';

const fmt = new Intl.NumberFormat('en-US');

/** `noun`: what the items are, plural ("users", "tokens"), for the "Show all" button. */
export function BulkResults({ results, noun = 'users' }: { results: BulkItemResult[]; noun?: string }) {
  const [showAll, setShowAll] = useState(false);
  const ok = results.filter((r) => r.outcome === 'ok').length;
  const failed = results.filter((r) => r.outcome === 'failed');
  const cancelled = results.filter((r) => r.outcome === 'cancelled');
  const listed = showAll ? results : [...failed, ...cancelled];
  return (
    <Box data-testid="bulk-results">
      <Alert severity={failed.length ? 'warning' : cancelled.length ? 'info' : 'success'} sx={{ mb: 1 }}>
        <span data-testid="bulk-summary">
          {fmt.format(ok)} succeeded, {fmt.format(failed.length)} failed, {fmt.format(cancelled.length)} cancelled (not sent)
        </span>
      </Alert>
      <Box component="ul" sx={{ maxHeight: 280, overflow: 'auto', m: 0, p: 0, listStyle: 'none' }}>
        {listed.slice(0, 2000).map((result) => (
          <Box component="li" key={result.item} data-testid={`bulk-result-${result.outcome}`} data-username={result.item} sx={{ py: 0.25, fontSize: 13 }}>
            <Typography component="span" sx={{ fontFamily: 'monospace', fontSize: 13, fontWeight: 600 }}>
              {result.item}
            </Typography>
            {' — '}
            <Typography component="span" color={result.outcome === 'failed' ? 'error' : 'text.secondary'} sx={{ fontSize: 13 }}>
              {result.outcome === 'ok' ? 'done' : result.outcome === 'cancelled' ? 'cancelled before it was sent' : result.message}
            </Typography>
          </Box>
        ))}
      </Box>
      {listed.length > 2000 && <Typography variant="caption">…and {fmt.format(listed.length - 2000)} more</Typography>}
      <Button size="small" onClick={() => setShowAll((v) => !v)} sx={{ mt: 1 }}>
        {showAll ? 'Show problems only' : `Show all ${fmt.format(results.length)} ${noun}`}
      </Button>
    </Box>
  );
}
