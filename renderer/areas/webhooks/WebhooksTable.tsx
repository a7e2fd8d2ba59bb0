// The virtualised subscription list (1,000 and more: rows exist only where visible). Rows
// are plain elements styled by one stylesheet (no per-row style objects, no MUI controls:
// native checkbox, switch and buttons, a title instead of a Tooltip): a screenful of rows
// renders at once when the list arrives, without building a style rule per row.
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import TableSortLabel from '@mui/material/TableSortLabel';
import { styled } from '@mui/material/styles';
import { useRef } from 'react';
import { DOMAIN_LABELS, type Domain } from '../../../shared/areas/webhooks/model';
import { useRowWindow } from '../../components/row-window';
import { rowCheckboxStyle, windowedRowsStyle } from '../../components/windowed-rows';
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
const OVERSCAN = 8;
// Fits a 1280-pixel window beside the navigation, actions included.
const COLUMNS = '44px minmax(140px, 1.2fr) minmax(120px, 1.4fr) 84px 120px minmax(120px, 1fr) minmax(140px, 1.4fr) 116px';
const MIN_WIDTH = 960;

export function WebhooksTable({ rows, sort, onSort, selected, onSelect, onSelectAll, blockedReason, pending, onToggle, onEdit, onDuplicate, onDelete }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end } = useRowWindow(scrollRef, rows.length, ROW, OVERSCAN);
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
          minWidth: MIN_WIDTH,
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
      <RowsScroll ref={scrollRef} data-testid="wh-scroll">
        <div style={{ height: rows.length * ROW, position: 'relative' }}>
          {rows.slice(start, end).map(({ view, urls }, k) => {
            const index = start + k;
            return (
              <div
                key={view.key}
                role="row"
                className="lp-wh-row"
                aria-rowindex={index + 1}
                data-testid="wh-row"
                data-key={view.key}
                style={{ transform: `translateY(${index * ROW}px)` }}
              >
                <div role="cell" className="lp-wh-check">
                  <input type="checkbox" checked={selected.has(view.key)} onChange={(e) => onSelect(view.key, e.target.checked)} aria-label={`Select ${view.key}`} />
                </div>
                <div role="cell">
                  <strong>{view.key}</strong>
                </div>
                <div role="cell" className="lp-wh-muted">
                  {view.description}
                </div>
                <div role="cell">
                  <span title={blockedReason ?? (view.enabled ? 'Disable' : 'Enable')} className="lp-wh-switch-box">
                    <input
                      type="checkbox"
                      role="switch"
                      className="lp-wh-switch"
                      checked={pending[view.key] ?? view.enabled}
                      disabled={Boolean(blockedReason) || view.key in pending}
                      onChange={(e) => onToggle(view.key, e.target.checked)}
                      aria-label={`Enabled ${view.key}`}
                    />
                  </span>
                </div>
                <div role="cell">{DOMAIN_LABELS[view.domain as Domain] ?? view.domain}</div>
                <div role="cell" className="lp-wh-small">
                  {view.event_types.join(', ')}
                </div>
                <div role="cell" className="lp-wh-small lp-wh-mono">
                  {urls}
                </div>
                <div role="cell">
                  <span title={blockedReason ?? 'Edit'}>
                    <button type="button" className="lp-wh-action" aria-label={`Edit ${view.key}`} disabled={Boolean(blockedReason)} onClick={() => onEdit(view.key)}>
                      <EditOutlined fontSize="small" />
                    </button>
                  </span>
                  <span title={blockedReason ?? 'Duplicate as a starting point'}>
                    <button type="button" className="lp-wh-action" aria-label={`Duplicate ${view.key}`} disabled={Boolean(blockedReason)} onClick={() => onDuplicate(view.key)}>
                      <ContentCopyOutlined fontSize="small" />
                    </button>
                  </span>
                  <span title={blockedReason ?? 'Delete'}>
                    <button type="button" className="lp-wh-action" aria-label={`Delete ${view.key}`} disabled={Boolean(blockedReason)} onClick={() => onDelete(view.key)}>
                      <DeleteOutline fontSize="small" />
                    </button>
                  </span>
                </div>
              </div>
            );
          })}
        </div>
      </RowsScroll>
    </Box>
  );
}

/** The scroll area with the rows' base style (windowed-rows.ts) and this table's own classes. */
const RowsScroll = styled('div')(({ theme }) => ({
  ...windowedRowsStyle(theme, 'lp-wh-row', ROW, COLUMNS, { row: { gap: theme.spacing(1) } }),
  minWidth: MIN_WIDTH,
  '& .lp-wh-muted': { color: theme.palette.text.secondary },
  '& .lp-wh-small': { fontSize: 13 },
  '& .lp-wh-mono': { fontFamily: 'monospace' },
  '& .lp-wh-check': { display: 'flex', alignItems: 'center', justifyContent: 'center' },
  '& .lp-wh-check input': { ...rowCheckboxStyle(theme), margin: 0 },
  '& .lp-wh-switch-box': { display: 'inline-flex', alignItems: 'center', height: 30 },
  '& .lp-wh-switch': {
    appearance: 'none',
    position: 'relative',
    width: 32,
    height: 18,
    margin: 0,
    borderRadius: 9,
    cursor: 'pointer',
    backgroundColor: theme.palette.action.disabled,
    transition: 'background-color 120ms',
  },
  '& .lp-wh-switch::before': {
    content: '""',
    position: 'absolute',
    top: 2,
    left: 2,
    width: 14,
    height: 14,
    borderRadius: '50%',
    backgroundColor: theme.palette.common.white,
    boxShadow: theme.shadows[1],
    transition: 'transform 120ms',
  },
  '& .lp-wh-switch:checked': { backgroundColor: theme.palette.primary.main },
  '& .lp-wh-switch:checked::before': { transform: 'translateX(14px)' },
  '& .lp-wh-switch:disabled': { opacity: 0.45, cursor: 'default' },
  '& .lp-wh-action': {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: 30,
    height: 30,
    padding: 0,
    border: 0,
    borderRadius: '50%',
    background: 'transparent',
    color: theme.palette.action.active,
    cursor: 'pointer',
  },
  '& .lp-wh-action:hover:not(:disabled)': { backgroundColor: theme.palette.action.hover },
  '& .lp-wh-action:disabled': { color: theme.palette.action.disabled, cursor: 'default' },
  '& .lp-wh-row :focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
  '@media (prefers-reduced-motion: reduce)': { '& .lp-wh-switch, & .lp-wh-switch::before': { transition: 'none' } },
}));
