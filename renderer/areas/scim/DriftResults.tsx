// Drift results, one row per user (virtualised: a group may hold hundreds), each
// difference with what SCIM and Access say and, where unambiguous, a fix through SCIM.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { DriftDifference, DriftFix, DriftRow } from '../../../shared/areas/scim/drift';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { useScimMutation } from './api';

interface Props {
  instance: InstanceView;
  rows: DriftRow[];
  blockedReason?: string;
  onRecheck: (userName: string) => Promise<DriftRow>;
}

const STATE_COLOR = { clean: 'success', drift: 'warning', error: 'error' } as const;

export function DriftResults({ instance, rows, blockedReason, onRecheck }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => 88, overscan: 6 });
  return (
    <Box
      ref={scrollRef}
      role="list"
      aria-label="Drift results"
      data-testid="drift-results"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'auto', height: 'calc(100vh - 420px)', minHeight: 320 }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <Box
              key={row.userName}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              data-testid="drift-row"
              data-username={row.userName}
              data-state={row.state}
              sx={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)`, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
            >
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                <Typography variant="subtitle2">{row.userName}</Typography>
                <Chip
                  size="small"
                  color={STATE_COLOR[row.state]}
                  label={
                    row.state === 'clean' ? 'in step' : row.state === 'drift' ? `${row.differences.length} difference${row.differences.length === 1 ? '' : 's'}` : 'check failed'
                  }
                  data-testid="drift-state"
                />
              </Box>
              {row.error && (
                <Typography variant="body2" color="error">
                  {row.error}
                </Typography>
              )}
              {row.differences.map((difference, i) => (
                <DifferenceLine
                  key={`${difference.field}-${i}`}
                  instance={instance}
                  userName={row.userName}
                  difference={difference}
                  blockedReason={blockedReason}
                  onRecheck={onRecheck}
                />
              ))}
            </Box>
          );
        })}
      </div>
    </Box>
  );
}

function DifferenceLine({
  instance,
  userName,
  difference,
  blockedReason,
  onRecheck,
}: {
  instance: InstanceView;
  userName: string;
  difference: DriftDifference;
  blockedReason?: string;
  onRecheck: (userName: string) => Promise<DriftRow>;
}) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }} data-testid="drift-difference" data-field={difference.field}>
      <Typography variant="body2" sx={{ width: 60, color: 'text.secondary' }}>
        {difference.field}
      </Typography>
      <Typography variant="body2">
        SCIM: <strong>{difference.scim}</strong>
      </Typography>
      <Typography variant="body2">
        Access: <strong>{difference.access}</strong>
      </Typography>
      {difference.fix ? (
        <FixButton instance={instance} userName={userName} fix={difference.fix} blockedReason={blockedReason} onRecheck={onRecheck} />
      ) : (
        <Typography variant="caption" color="text.secondary">
          {difference.note}
        </Typography>
      )}
    </Box>
  );
}

function FixButton({
  instance,
  userName,
  fix,
  blockedReason,
  onRecheck,
}: {
  instance: InstanceView;
  userName: string;
  fix: DriftFix;
  blockedReason?: string;
  onRecheck: (userName: string) => Promise<DriftRow>;
}) {
  const [recheckError, setRecheckError] = useState<unknown>(null);
  const after = () => void onRecheck(userName).catch(setRecheckError);
  const patchUser = useScimMutation(instance.id, 'scim.patchUser', after);
  const patchGroup = useScimMutation(instance.id, 'scim.patchGroup', after);
  const pending = patchUser.isPending || patchGroup.isPending;
  const error = patchUser.error ?? patchGroup.error ?? recheckError;
  const apply = () => (fix.call === 'scim.patchUser' ? patchUser.mutate(fix.input) : patchGroup.mutate(fix.input));
  return (
    <>
      <GuardedButton size="small" variant="outlined" blockedReason={blockedReason} disabled={pending} onClick={apply} data-testid="drift-fix">
        {fix.label}
      </GuardedButton>
      {fix.call === 'scim.patchUser' ? (
        <CurlButton call="scim.patchUser" input={() => fix.input} label="cURL" />
      ) : (
        <CurlButton call="scim.patchGroup" input={() => fix.input} label="cURL" />
      )}
      {error ? (
        <Box sx={{ width: '100%' }}>
          <ErrorState error={error} title="The fix failed" />
        </Box>
      ) : null}
    </>
  );
}
