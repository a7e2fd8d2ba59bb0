// The virtualised subscription list (1,000 and more: rows exist only where visible). Row
// controls are kept light (a title instead of a Tooltip, no ripple): a screenful of rows
// renders at once when the list arrives.
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Switch from '@mui/material/Switch';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { DOMAIN_LABELS, type Domain } from '../../../shared/areas/webhooks/model';
import type { WebhookRow, WebhookSortKey } from './webhook-list';

interface Props {
  rows: readonly WebhookRow[];
  sort: { key: WebhookSortKey; descending: boolean };
  onSort: (key: WebhookSortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (key: string, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  blockedReason?: string;
  /** Enabled switches being sent, shown in their new position until the list has them. */
  pending: Readonly<Record<string, boolean>>;
  onToggle: (key: string, enabled: boolean) => void;
  onEdit: (key: string) => void;
  onDuplicate: (key: string) => void;
  onDelete: (key: string) => void;
}

const ROW = 44;
const COLUMNS = '44px minmax(160px, 1.2fr) minmax(160px, 1.4fr) 84px 140px minmax(140px, 1fr) minmax(180px, 1.4fr) 132px';

const cell = (children: ReactNode, extra: object = {}) => (
  <Box role="cell" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', ...extra }}>
    {children}
  </Box>
);

export function WebhooksTable({ rows, sort, onSort, selected, onSelect, onSelectAll, blockedReason, pending, onToggle, onEdit, onDuplicate, onDelete }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 10 });
  const header = (key: WebhookSortKey, label: string) => (
    <span role="columnheader" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <TableSortLabel active={sort.key === key} direction={sort.key === key && sort.descending ? 'desc' : 'asc'} onClick={() => onSort(key)}>
        {label}
      </TableSortLabel>
    </span>
  );
  const allOn = rows.length > 0 && rows.every((row) => selected.has(row.view.key));
  return (
    <Box
      role="table"
      aria-label="Webhook subscriptions"
      aria-rowcount={rows.length}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', flex: 1, minHeight: 300, overflowX: 'auto' }}
    >
      <Box
        role="row"
        sx={{
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          alignItems: 'center',
          gap: 1,
          px: 1,
          height: 44,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
          fontWeight: 600,
          fontSize: 14,
          minWidth: 1000,
        }}
      >
        <span role="columnheader">
          <Checkbox
            size="small"
            checked={allOn}
            indeterminate={!allOn && selected.size > 0}
            onChange={(e) => onSelectAll(e.target.checked)}
            slotProps={{ input: { 'aria-label': 'Select all shown' } }}
          />
        </span>
        {header('key', 'Key')}
        <span role="columnheader">Description</span>
        {header('enabled', 'Enabled')}
        {header('domain', 'Domain')}
        <span role="columnheader">Event types</span>
        <span role="columnheader">Handler URLs</span>
        <span role="columnheader">Actions</span>
      </Box>
      <Box ref={scrollRef} sx={{ overflow: 'auto', flex: 1, minWidth: 1000 }} data-testid="wh-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const { view, urls } = rows[item.index];
            return (
              <Box
                key={view.key}
                role="row"
                aria-rowindex={item.index + 1}
                data-testid="wh-row"
                data-key={view.key}
                sx={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW,
                  transform: `translateY(${item.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  gap: 1,
                  alignItems: 'center',
                  px: 1,
                  borderBottom: 1,
                  borderColor: 'divider',
                  fontSize: 14,
                  '&:hover': { bgcolor: 'action.hover' },
                }}
              >
                {cell(
                  <Checkbox
                    size="small"
                    disableRipple
                    checked={selected.has(view.key)}
                    onChange={(e) => onSelect(view.key, e.target.checked)}
                    slotProps={{ input: { 'aria-label': `Select ${view.key}` } }}
                  />,
                )}
                {cell(<strong>{view.key}</strong>)}
                {cell(view.description, { color: 'text.secondary' })}
                {cell(
                  <span title={blockedReason ?? (view.enabled ? 'Disable' : 'Enable')}>
                    <Switch
                      size="small"
                      disableRipple
                      checked={pending[view.key] ?? view.enabled}
                      disabled={Boolean(blockedReason) || view.key in pending}
                      onChange={(e) => onToggle(view.key, e.target.checked)}
                      slotProps={{ input: { 'aria-label': `Enabled ${view.key}` } }}
                    />
                  </span>,
                )}
                {cell(DOMAIN_LABELS[view.domain as Domain] ?? view.domain)}
                {cell(view.event_types.join(', '), { fontSize: 13 })}
                {cell(urls, { fontSize: 13, fontFamily: 'monospace' })}
                {cell(
                  <>
                    <span title={blockedReason ?? 'Edit'}>
                      <IconButton size="small" disableRipple aria-label={`Edit ${view.key}`} disabled={Boolean(blockedReason)} onClick={() => onEdit(view.key)}>
                        <EditOutlined fontSize="small" />
                      </IconButton>
                    </span>
                    <span title={blockedReason ?? 'Duplicate as a starting point'}>
                      <IconButton size="small" disableRipple aria-label={`Duplicate ${view.key}`} disabled={Boolean(blockedReason)} onClick={() => onDuplicate(view.key)}>
                        <ContentCopyOutlined fontSize="small" />
                      </IconButton>
                    </span>
                    <span title={blockedReason ?? 'Delete'}>
                      <IconButton size="small" disableRipple aria-label={`Delete ${view.key}`} disabled={Boolean(blockedReason)} onClick={() => onDelete(view.key)}>
                        <DeleteOutline fontSize="small" />
                      </IconButton>
                    </span>
                  </>,
                )}
              </Box>
            );
          })}
        </div>
      </Box>
    </Box>
  );
}
