// The virtualised bundle list: select, name, description, created, status (in progress with
// the time elapsed), and per row: details, download (with its progress), delete.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { BundleStatus, SupportBundle } from '../../../shared/areas/support-bundles/model';
import { GuardedButton } from '../../components/GuardedButton';
import { elapsed, STATUS_LABEL, type BundleSort, type BundleSortKey } from './bundle-view';
import { DownloadProgress } from './DownloadProgress';

const ROW = 64;
const COLUMNS = '40px minmax(140px, 1.2fr) minmax(160px, 2fr) 190px 170px minmax(300px, 1.6fr)';
const STATUS_COLOR: Record<BundleStatus, 'default' | 'info' | 'success' | 'error'> = { 'in-progress': 'info', success: 'success', failed: 'error', unknown: 'default' };

interface Props {
  instanceId: string;
  bundles: SupportBundle[];
  now: number;
  sort: BundleSort;
  onSort: (key: BundleSortKey) => void;
  selected: string[];
  onSelect: (ids: string[]) => void;
  jobs: Record<string, string>;
  jobKey: (bundleId: string) => string;
  blockedReason: string | undefined;
  onDetails: (id: string) => void;
  onDownload: (id: string) => void;
  onDelete: (id: string) => void;
}

export function BundlesTable(props: Props) {
  const { bundles, sort, onSort, selected, onSelect } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: bundles.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 6 });
  const allSelected = bundles.length > 0 && bundles.every((b) => selected.includes(b.id));
  const header = (key: BundleSortKey, label: string) => (
    <span role="columnheader" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <TableSortLabel active={sort.key === key} direction={sort.key === key && sort.descending ? 'desc' : 'asc'} onClick={() => onSort(key)}>
        {label}
      </TableSortLabel>
    </span>
  );
  return (
    <Box
      role="table"
      aria-label="Support bundles"
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', minHeight: 320, height: 'calc(100vh - 260px)' }}
    >
      <Box
        role="row"
        sx={{
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          alignItems: 'center',
          height: 44,
          px: 1,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
          fontWeight: 600,
          fontSize: 14,
        }}
      >
        <Checkbox
          size="small"
          checked={allSelected}
          indeterminate={!allSelected && selected.length > 0}
          onChange={() => onSelect(allSelected ? [] : bundles.map((b) => b.id))}
          slotProps={{ input: { 'aria-label': 'Select all shown bundles' } }}
        />
        {header('name', 'Name')}
        <span role="columnheader">Description</span>
        {header('created', 'Created')}
        {header('status', 'Status')}
        <span role="columnheader">Actions</span>
      </Box>
      <Box ref={scrollRef} sx={{ overflow: 'auto', flex: 1 }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const bundle = bundles[item.index];
            const jobId = props.jobs[props.jobKey(bundle.id)];
            return (
              <Box
                key={bundle.id}
                role="row"
                data-testid="bundle-row"
                data-bundle={bundle.name}
                data-status={bundle.status}
                sx={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  alignItems: 'center',
                  px: 1,
                  borderBottom: 1,
                  borderColor: 'divider',
                  fontSize: 14,
                }}
              >
                <Checkbox
                  size="small"
                  checked={selected.includes(bundle.id)}
                  onChange={() => onSelect(selected.includes(bundle.id) ? selected.filter((id) => id !== bundle.id) : [...selected, bundle.id])}
                  slotProps={{ input: { 'aria-label': `Select ${bundle.name}` } }}
                />
                <Box role="cell" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis' }} title={bundle.id}>
                  {bundle.name}
                </Box>
                <Box role="cell" sx={{ color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', pr: 2 }}>
                  {bundle.description || '—'}
                </Box>
                <Box role="cell">{bundle.created.replace('T', ' ').slice(0, 19)}</Box>
                <Box role="cell">
                  <Chip
                    size="small"
                    color={STATUS_COLOR[bundle.status]}
                    label={bundle.status === 'unknown' ? bundle.rawStatus || 'unknown' : STATUS_LABEL[bundle.status]}
                    data-testid="bundle-status"
                  />
                  {bundle.status === 'in-progress' && (
                    <Box component="span" sx={{ ml: 1, fontSize: 12, color: 'text.secondary' }} data-testid="bundle-elapsed">
                      {elapsed(bundle.created, props.now)}
                    </Box>
                  )}
                </Box>
                <Box role="cell" sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  {jobId ? (
                    <DownloadProgress instanceId={props.instanceId} bundleId={bundle.id} jobId={jobId} />
                  ) : (
                    <>
                      <Button size="small" onClick={() => props.onDetails(bundle.id)} data-testid="bundle-details-open">
                        Details
                      </Button>
                      <Button size="small" disabled={bundle.status !== 'success'} onClick={() => props.onDownload(bundle.id)} data-testid="bundle-download">
                        Download
                      </Button>
                      <GuardedButton size="small" color="error" blockedReason={props.blockedReason} onClick={() => props.onDelete(bundle.id)} data-testid="bundle-delete">
                        Delete
                      </GuardedButton>
                    </>
                  )}
                </Box>
              </Box>
            );
          })}
        </div>
      </Box>
    </Box>
  );
}
