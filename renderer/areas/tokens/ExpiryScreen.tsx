// Tokens expiring within N days (or already expired) on every saved instance, from the
// `tokens.expiry` scan in main (the one scheduler of scans across instances). Grouped by
// instance with its colour and environment; a dead instance shows its error and never
// holds up the others. A row opens that instance's tokens screen filtered to the token.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { ScanInstanceState } from '../../../shared/api/scans';
import { EXPIRY_INTERVAL_CHOICES, expirySettingsSchema, expiryStatus, usernameOfSubject, type TokenExpiryValue } from '../../../shared/areas/tokens/model';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { describeApiError } from '../../../shared/errors';
import { useInstances } from '../../app/active-instance';
import { openObject } from '../../app/open-object';
import { useUiStore } from '../../app/ui-store';
import { ColorDot, EnvironmentChip } from '../../components/EnvironmentChip';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useTokenExpiry, useTokenExpiryRun, useTokenExpirySettings } from './api';
import { absoluteTime, relativeTime } from './token-view';

const INTERVAL_LABELS: Record<number, string> = { 15: 'every 15 minutes', 60: 'every hour', 360: 'every 6 hours', 1440: 'every day' };

export default function ExpiryScreen() {
  const expiry = useTokenExpiry();
  const run = useTokenExpiryRun();
  const instances = useInstances();
  const view = expiry.data;
  const byId = new Map((instances.data ?? []).map((instance) => [instance.id, instance]));
  if (expiry.error) return <ErrorState error={expiry.error} title="Could not read the token expiry watch" onRetry={() => void expiry.refetch()} />;
  if (!view) return <LoadingState label="Reading the token expiry watch…" />;
  const totals = view.snapshot.instances.reduce((sum, s) => ({ expiring: sum.expiring + (s.value?.expiring ?? 0), expired: sum.expired + (s.value?.expired ?? 0) }), {
    expiring: 0,
    expired: 0,
  });
  return (
    <Box>
      <PageHeader
        title="Expiring soon"
        subtitle={`Access tokens that expire within ${view.settings.withinDays} days or have expired, on every saved instance. Checked ${INTERVAL_LABELS[view.settings.intervalMinutes]}${view.snapshot.lastCycleAt ? `, last at ${new Date(view.snapshot.lastCycleAt).toLocaleTimeString()}` : ''}. Only token metadata is read.`}
        actions={
          <Button
            variant="contained"
            onClick={() => run.mutate()}
            disabled={run.isPending || view.snapshot.running}
            data-testid="expiry-run"
            startIcon={run.isPending || view.snapshot.running ? <CircularProgress size={14} /> : undefined}
          >
            Check now
          </Button>
        }
      />
      <Settings key={`${view.settings.withinDays}-${view.settings.intervalMinutes}`} withinDays={view.settings.withinDays} intervalMinutes={view.settings.intervalMinutes} />
      <Typography variant="body2" sx={{ mb: 2 }} data-testid="expiry-totals" data-expiring={totals.expiring} data-expired={totals.expired}>
        {totals.expiring} expiring, {totals.expired} expired across {view.snapshot.instances.length} instance{view.snapshot.instances.length === 1 ? '' : 's'}
      </Typography>
      {run.error && <ErrorState error={run.error} title="The check did not run" />}
      {view.snapshot.instances.length === 0 && <EmptyState title="No instances" description="Add a JFrog instance: its tokens are watched from then on." />}
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {view.snapshot.instances.map((state) => (
          <InstanceGroup key={state.instanceId} state={state} instance={byId.get(state.instanceId)} withinDays={view.settings.withinDays} />
        ))}
      </Box>
    </Box>
  );
}

function Settings({ withinDays, intervalMinutes }: { withinDays: number; intervalMinutes: number }) {
  const save = useTokenExpirySettings();
  const [days, setDays] = useState(String(withinDays));
  const [interval, setIntervalMinutes] = useState(intervalMinutes);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDays(String(withinDays)), [withinDays]);
  const submit = () => {
    const parsed = expirySettingsSchema.safeParse({ withinDays: Number(days), intervalMinutes: interval });
    if (!parsed.success) return setProblem(parsed.error.issues[0].message);
    setProblem(null);
    save.mutate(parsed.data);
  };
  const changed = days !== String(withinDays) || interval !== intervalMinutes;
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 2, flexWrap: 'wrap' }}
    >
      <TextField
        size="small"
        label="Within days"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={Boolean(problem)}
        helperText={problem ?? ' '}
        sx={{ width: 140 }}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'expiry-days' } }}
      />
      <TextField select size="small" label="Check" value={interval} onChange={(e) => setIntervalMinutes(Number(e.target.value))} sx={{ width: 200 }}>
        {EXPIRY_INTERVAL_CHOICES.map((minutes) => (
          <MenuItem key={minutes} value={minutes}>
            {INTERVAL_LABELS[minutes]}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" disabled={!changed || save.isPending} data-testid="expiry-save">
        Save
      </Button>
      {save.error && <ErrorState error={save.error} title="Settings not saved" />}
    </Box>
  );
}

function InstanceGroup({ state, instance, withinDays }: { state: ScanInstanceState<TokenExpiryValue>; instance: InstanceView | undefined; withinDays: number }) {
  const setActive = useUiStore((s) => s.setActiveInstanceId);
  const value = state.value;
  const nowMs = Date.now();
  const open = (tokenId: string) => {
    setActive(state.instanceId);
    openObject('tokens', state.instanceId, tokenId);
  };
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="expiry-instance" data-instance={state.instanceName} data-status={state.status}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <ColorDot color={instance?.color ?? '#9e9e9e'} />
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {state.instanceName}
        </Typography>
        {instance?.environment && <EnvironmentChip label={instance.environment} />}
        <Box sx={{ flex: 1 }} />
        {state.checking && <CircularProgress size={14} aria-label="Checking" />}
        {value && (
          <Typography variant="body2" color="text.secondary" data-testid="expiry-counts">
            {value.expiring} expiring · {value.expired} expired · {value.listed.toLocaleString('en-US')} listed
          </Typography>
        )}
      </Box>
      {state.status === 'pending' && (
        <Typography variant="body2" color="text.secondary">
          Not checked yet.
        </Typography>
      )}
      {state.status === 'failed' && state.error && (
        <Alert severity="error" variant="outlined" sx={{ mb: value ? 1 : 0 }} data-testid="expiry-instance-error">
          {describeApiError(state.error)}
          {value ? ' — showing the last successful check.' : ''}
          {state.nextCheckAt ? ` Next try at ${new Date(state.nextCheckAt).toLocaleTimeString()}.` : ''}
        </Alert>
      )}
      {value && value.tokens.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          Nothing expires within {withinDays} days.
        </Typography>
      )}
      {value && value.tokens.length > 0 && (
        <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 360, overflow: 'auto' }}>
          {value.tokens.map((token) => {
            const status = expiryStatus(token.expiry, nowMs, withinDays);
            return (
              <Box
                component="li"
                key={token.token_id}
                role="button"
                tabIndex={0}
                data-testid="expiry-token"
                data-token-id={token.token_id}
                onClick={() => open(token.token_id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') open(token.token_id);
                }}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: 'minmax(140px, 1.5fr) minmax(100px, 1fr) 170px minmax(100px, 1fr)',
                  gap: 1,
                  py: 0.5,
                  px: 1,
                  cursor: 'pointer',
                  borderRadius: 1,
                  fontSize: 14,
                  '&:hover': { bgcolor: 'action.hover' },
                }}
              >
                <span>{token.description ?? '(no description)'}</span>
                <span>{usernameOfSubject(token.subject) ?? token.subject}</span>
                <Box component="span" title={absoluteTime(token.expiry)} sx={{ color: status === 'expired' ? 'error.main' : 'warning.main', fontWeight: 600 }}>
                  {status === 'expired' ? 'expired ' : 'expires '}
                  {relativeTime(token.expiry, nowMs)}
                </Box>
                <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 12, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {token.token_id}
                </Box>
              </Box>
            );
          })}
          {value.truncated > 0 && <Typography variant="caption">…and {value.truncated} more: open the instance’s tokens screen.</Typography>}
        </Box>
      )}
    </Paper>
  );
}
