// The virtualised user list: only the rows in view (plus a small overscan) exist in the
// DOM, so 100,000 users scroll like 50.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { UserTable } from './api';
import { StatusChip } from './StatusChip';
import { effectiveStatus, type SortKey } from './use-user-view';

const ROW_HEIGHT = 40;
export const USER_GRID = '48px minmax(180px, 1fr) 120px 130px 90px';

interface Props {
  table: UserTable;
  version: number;
  rows: Int32Array;
  locked: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  onToggle: (username: string) => void;
  onOpen: (username: string) => void;
  sort: SortKey | null;
  descending: boolean;
  onSort: (key: SortKey) => void;
}

const COLUMNS: [SortKey, string][] = [
  ['username', 'Username'],
  ['realm', 'Realm'],
  ['status', 'Status'],
  ['admin', 'Admin'],
];

export function UsersTable(props: Props) {
  const { table, rows, sort, descending, onSort } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <Box role="table" aria-label="Users" aria-rowcount={rows.length} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', flex: 1, minHeight: 300 }}>
      <Box role="row" sx={{ display: 'grid', gridTemplateColumns: USER_GRID, alignItems: 'center', height: 44, px: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover', fontWeight: 600, fontSize: 14 }}>
        <span />
        {COLUMNS.map(([key, label]) => (
          <Box role="columnheader" key={key} aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}>
            <TableSortLabel active={sort === key} direction={sort === key && descending ? 'desc' : 'asc'} onClick={() => onSort(key)}>
              {label}
            </TableSortLabel>
          </Box>
        ))}
      </Box>
      <Box ref={scrollRef} data-testid="users-scroll" sx={{ overflow: 'auto', flex: 1, position: 'relative' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const i = rows[item.index];
            const username = table.names[i];
            return (
              <UserRow
                key={username}
                top={item.start}
                username={username}
                realm={table.realmOf(i)}
                status={effectiveStatus(table, i, props.locked)}
                admin={table.admin.get(username)}
                checked={props.selected.has(username)}
                onToggle={props.onToggle}
                onOpen={props.onOpen}
              />
            );
          })}
        </div>
      </Box>
    </Box>
  );
}

interface RowProps {
  top: number;
  username: string;
  realm: string;
  status: string;
  admin: boolean | undefined;
  checked: boolean;
  onToggle: (username: string) => void;
  onOpen: (username: string) => void;
}

// Memoised: scrolling re-renders only rows whose position or data changed.
const UserRow = memo(function UserRow({ top, username, realm, status, admin, checked, onToggle, onOpen }: RowProps) {
  return (
    <Box
      role="row"
      data-testid="user-row"
      data-username={username}
      tabIndex={0}
      aria-label={`${username}, ${realm}, ${status}`}
      onClick={() => onOpen(username)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(username);
      }}
      sx={{
        position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${top}px)`,
        display: 'grid', gridTemplateColumns: USER_GRID, alignItems: 'center', px: 1, cursor: 'pointer',
        borderBottom: 1, borderColor: 'divider', fontSize: 14, '&:hover': { bgcolor: 'action.hover' }, '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
      }}
    >
      <span role="cell" onClick={(event) => event.stopPropagation()}>
        <Checkbox size="small" checked={checked} onChange={() => onToggle(username)} slotProps={{ input: { 'aria-label': `Select ${username}` } }} />
      </span>
      <Box role="cell" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontFamily: 'monospace' }}>{username}</Box>
      <span role="cell">{realm}</span>
      <span role="cell"><StatusChip status={status} /></span>
      <span role="cell">{admin === undefined ? '—' : admin ? 'yes' : 'no'}</span>
    </Box>
  );
});
