// The log's rows, newest first: one call per row, a bulk run folded into one row that
// opens onto its calls. A target links to the object it changed where that still exists.
import ExpandMore from '@mui/icons-material/ExpandMore';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import type { ActivityEntry, ActivityInstance, ActivityRow } from '../../../shared/areas/activity/model';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { ColorDot, EnvironmentChip } from '../../components/EnvironmentChip';
import { formatTime, objectLinkOf, resultText, type ObjectLink } from './activity-view';

interface Props {
  rows: ActivityRow[];
  saved: InstanceView[];
  onOpen: (link: ObjectLink) => void;
}

export function ActivityTable({ rows, saved, onOpen }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const savedIds = new Set(saved.map((instance) => instance.id));
  const colours = new Map(saved.map((instance) => [instance.id, instance.color]));
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <Table size="small" aria-label="Activity" data-testid="activity-table">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 40 }} />
          <TableCell sx={{ width: 210 }}>Time</TableCell>
          <TableCell sx={{ width: 200 }}>Instance</TableCell>
          <TableCell sx={{ width: 200 }}>Action</TableCell>
          <TableCell>Target</TableCell>
          <TableCell>Result</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) =>
          row.kind === 'single' ? (
            <EntryRow key={row.entry.id} entry={row.entry} colour={colours.get(row.entry.instance?.id ?? '')} link={objectLinkOf(row.entry, savedIds)} onOpen={onOpen} />
          ) : (
            <Fragment key={row.batch.id}>
              <TableRow data-testid="activity-batch" data-batch={row.batch.id} sx={{ '& > td': { borderBottom: open.has(row.batch.id) ? 0 : undefined } }}>
                <TableCell>
                  <IconButton
                    size="small"
                    aria-label={open.has(row.batch.id) ? 'Hide the calls of this bulk run' : 'Show the calls of this bulk run'}
                    onClick={() => toggle(row.batch.id)}
                    data-testid="activity-batch-toggle"
                  >
                    {open.has(row.batch.id) ? <ExpandMore fontSize="small" /> : <ChevronRight fontSize="small" />}
                  </IconButton>
                </TableCell>
                <TableCell title={row.at} sx={{ whiteSpace: 'nowrap' }}>
                  {formatTime(row.at)}
                </TableCell>
                <TableCell>
                  <InstanceCell instance={row.instance} colour={colours.get(row.instance?.id ?? '')} />
                </TableCell>
                <TableCell>
                  <Chip size="small" label="Bulk" color="secondary" variant="outlined" sx={{ mr: 1, height: 20, fontSize: 11 }} />
                  <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', fontSize: 13 }}>
                    {row.calls.join(', ')}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {row.batch.label ?? 'Bulk run'}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {row.total.toLocaleString('en-US')} calls
                  </Typography>
                </TableCell>
                <TableCell data-testid="activity-batch-summary">
                  <Chip
                    size="small"
                    color={row.failed ? 'warning' : 'success'}
                    variant="outlined"
                    label={`${(row.total - row.failed).toLocaleString('en-US')} ok, ${row.failed.toLocaleString('en-US')} failed`}
                  />
                </TableCell>
              </TableRow>
              {open.has(row.batch.id) && (
                <TableRow>
                  <TableCell />
                  <TableCell colSpan={5} sx={{ pt: 0 }}>
                    <Box component="ul" data-testid="activity-batch-items" sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 320, overflow: 'auto' }}>
                      {row.items.map((item) => (
                        <Box
                          component="li"
                          key={item.id}
                          data-testid="activity-batch-item"
                          data-target={item.target}
                          data-ok={String(item.ok)}
                          sx={{ display: 'flex', gap: 1.5, py: 0.25, fontSize: 13 }}
                        >
                          <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', minWidth: 160 }}>
                            {item.target ?? '—'}
                          </Typography>
                          <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                            {item.call}
                          </Typography>
                          <Typography component="span" variant="body2" color={item.ok ? 'success.main' : 'error'}>
                            {resultText(item)}
                          </Typography>
                        </Box>
                      ))}
                    </Box>
                    {row.items.length < row.total && (
                      <Typography variant="caption" color="text.secondary">
                        …and {(row.total - row.items.length).toLocaleString('en-US')} more: the export has every call.
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              )}
            </Fragment>
          ),
        )}
      </TableBody>
    </Table>
  );
}

function EntryRow({ entry, colour, link, onOpen }: { entry: ActivityEntry; colour?: string; link: ObjectLink | null; onOpen: (link: ObjectLink) => void }) {
  return (
    <TableRow data-testid="activity-row" data-call={entry.call} data-target={entry.target} data-ok={String(entry.ok)}>
      <TableCell />
      <TableCell title={entry.at} sx={{ whiteSpace: 'nowrap' }}>
        {formatTime(entry.at)}
      </TableCell>
      <TableCell>
        <InstanceCell instance={entry.instance} colour={colour} />
      </TableCell>
      <TableCell sx={{ fontFamily: 'monospace', fontSize: 13 }}>{entry.call}</TableCell>
      <TableCell sx={{ wordBreak: 'break-all' }}>
        {link ? (
          <Link component="button" variant="body2" onClick={() => onOpen(link)} data-testid="activity-target-link" title={`Open ${link.name}`}>
            {entry.target}
          </Link>
        ) : (
          (entry.target ?? '—')
        )}
      </TableCell>
      <TableCell data-testid="activity-result">
        {entry.ok ? (
          <Chip size="small" color="success" variant="outlined" label="ok" />
        ) : (
          <Typography variant="body2" color="error" sx={{ wordBreak: 'break-word' }}>
            {resultText(entry)}
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
}

function InstanceCell({ instance, colour }: { instance?: ActivityInstance; colour?: string }) {
  if (!instance)
    return (
      <Typography variant="body2" color="text.secondary">
        Lilypad
      </Typography>
    );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }} title={colour ? undefined : 'No longer saved in Lilypad'}>
      {colour && <ColorDot color={colour} />}
      <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
        {instance.name}
      </Typography>
      <EnvironmentChip label={instance.environment} />
    </Box>
  );
}
