// The platform's system information, searchable: lines holding every typed word stay.
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { codeFont } from '../../components/code/token-colors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { adminNeedOf } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { useSystemInfo } from './api';
import { searchLines } from './config-text';

export function SystemInfoPanel({ instanceId, instanceName }: { instanceId: string; instanceName: string }) {
  const info = useSystemInfo(instanceId);
  const [query, setQuery] = useState('');
  const lines = useMemo(() => searchLines(info.data ?? '', query), [info.data, query]);
  if (info.isLoading) return <LoadingState label="Loading system information…" />;
  const need = adminNeedOf({ error: info.error, refused: 'show its system information' });
  if (need) return <NeedsAdminState instanceName={instanceName} need={need} />;
  if (info.error) return <ErrorState error={info.error} title="The system information could not be loaded" onRetry={() => void info.refetch()} />;
  return (
    <Box>
      <TextField size="small" label="Search the system information" value={query} onChange={(event) => setQuery(event.target.value)} sx={{ mb: 1, width: 360 }} />
      <Typography variant="caption" color="text.secondary" sx={{ ml: 2 }} data-testid="info-count">
        {query ? `${lines.length} matching line(s)` : `${lines.length} line(s)`}
      </Typography>
      <Box
        component="pre"
        role="region"
        aria-label="System information"
        tabIndex={0}
        sx={{ m: 0, p: 1.5, maxHeight: 520, overflow: 'auto', fontFamily: codeFont, fontSize: 12.5, lineHeight: 1.55, border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        {lines.map((line) => (
          <Box key={line.number} component="div" sx={{ display: 'flex' }}>
            <Box component="span" sx={{ color: 'text.disabled', minWidth: 40, userSelect: 'none' }}>
              {line.number}
            </Box>
            <span>{line.text}</span>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
