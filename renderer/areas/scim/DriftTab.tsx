// The drift check: for pasted user names or the members of one Access group, what SCIM
// says against what the Access users API says, with one-click fixes through SCIM.
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { DriftReport, DriftRow } from '../../../shared/areas/scim/drift';
import { driftSourceSchema, type DriftSource } from '../../../shared/areas/scim/model';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useGroupNames } from '../groups/api';
import { runDriftCheck } from './api';
import { DriftResults } from './DriftResults';
import { driftSummary, visibleRows, withRow, type DriftSort } from './drift-view';
import { firstProblem, parseNames } from './scim-forms';

export function DriftTab({ instance, blockedReason }: { instance: InstanceView; blockedReason?: string }) {
  const [kind, setKind] = useState<'group' | 'names'>('group');
  const [names, setNames] = useState('');
  const [group, setGroup] = useState('');
  const [report, setReport] = useState<DriftReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState('');
  const [onlyDrift, setOnlyDrift] = useState(false);
  const [sort, setSort] = useState<DriftSort>('state');
  const groups = useGroupNames(instance.id);
  const source: DriftSource = kind === 'group' ? { kind, group: group.trim() } : { kind, userNames: parseNames(names.toLowerCase()) };
  const problem = firstProblem(driftSourceSchema, source);

  const run = async () => {
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await runDriftCheck(instance.id, source));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const recheck = async (userName: string): Promise<DriftRow> => {
    const fresh = await runDriftCheck(instance.id, { kind: 'names', userNames: [userName] });
    const row = fresh.rows[0];
    setReport((current) => (current && row ? withRow(current, row) : current));
    return row;
  };
  const rows = useMemo(() => (report ? visibleRows(report.rows, text, onlyDrift, sort) : []), [report, text, onlyDrift, sort]);
  const summary = report ? driftSummary(report.rows) : null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
        sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <ToggleButtonGroup exclusive size="small" value={kind} onChange={(_e, value: 'group' | 'names' | null) => value && setKind(value)} aria-label="Users to check">
          <ToggleButton value="group" data-testid="drift-kind-group">
            Members of an Access group
          </ToggleButton>
          <ToggleButton value="names" data-testid="drift-kind-names">
            Pasted user names
          </ToggleButton>
        </ToggleButtonGroup>
        {kind === 'group' ? (
          <Autocomplete
            freeSolo
            size="small"
            options={groups.data ?? []}
            inputValue={group}
            onInputChange={(_e, value) => setGroup(value)}
            sx={{ width: 280 }}
            renderInput={(params) => (
              <TextField {...params} label="Access group" slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'drift-group' } }} />
            )}
          />
        ) : (
          <TextField
            multiline
            minRows={2}
            maxRows={6}
            size="small"
            label="User names"
            value={names}
            onChange={(e) => setNames(e.target.value)}
            helperText="One per line, or separated by commas or spaces; the platform keeps user names in lower case"
            sx={{ width: 320 }}
            slotProps={{ htmlInput: { 'data-testid': 'drift-names' } }}
          />
        )}
        <Button type="submit" variant="contained" disabled={busy || Boolean(problem)} data-testid="drift-run">
          {report ? 'Check again' : 'Run check'}
        </Button>
        {problem && (group || names) ? (
          <Typography variant="body2" color="error" sx={{ alignSelf: 'center' }} data-testid="drift-problem">
            {problem}
          </Typography>
        ) : null}
      </Box>
      {busy && <LoadingState label="Comparing SCIM with Access…" />}
      {error ? <ErrorState error={error} title="The drift check failed" onRetry={() => void run()} /> : null}
      {report && summary && (
        <>
          <Alert severity={summary.drift + summary.error === 0 ? 'success' : 'warning'} variant="outlined" data-testid="drift-summary">
            {report.source}: {report.rows.length} checked · {summary.clean} clean · {summary.drift} with drift ({summary.differences} differences) · {summary.error} failed
          </Alert>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
            <TextField
              size="small"
              label="Filter users"
              value={text}
              onChange={(e) => setText(e.target.value)}
              sx={{ width: 240 }}
              slotProps={{ htmlInput: { 'data-testid': 'drift-filter' } }}
            />
            <TextField select size="small" label="Sort" value={sort} onChange={(e) => setSort(e.target.value as DriftSort)} sx={{ width: 180 }}>
              <MenuItem value="state">Problems first</MenuItem>
              <MenuItem value="name">By name</MenuItem>
            </TextField>
            <FormControlLabel control={<Switch checked={onlyDrift} onChange={(e) => setOnlyDrift(e.target.checked)} />} label="Only users with drift" />
            <Typography variant="body2" color="text.secondary">
              {rows.length} shown
            </Typography>
          </Box>
          <DriftResults instance={instance} rows={rows} blockedReason={blockedReason} onRecheck={recheck} />
        </>
      )}
    </Box>
  );
}
