// The virtualised user list: only the rows in view (plus a small overscan) exist in the
// DOM, so 100,000 users scroll like 50. Rows are plain elements styled by one stylesheet
// (no per-row style objects, no MUI controls): a keystroke in the filter re-renders a few
// dozen rows, and that must fit in a frame.
import Box from '@mui/material/Box';
import TableSortLabel from '@mui/material/TableSortLabel';
import Tooltip from '@mui/material/Tooltip';
import { alpha, styled, type Theme } from '@mui/material/styles';
import { memo, useRef } from 'react';
import type { UserTable } from './user-table';
import type { RowDetailsLoader } from './row-details';
import { DETAILS_CONCURRENCY } from './row-details';
import { useDetailsInView } from './use-row-details';
import { useRowWindow } from '../../components/row-window';
import { rowCheckboxStyle, windowedRowsStyle } from '../../components/windowed-rows';
import { effectiveStatus, type SortKey } from './user-view';

const ROW_HEIGHT = 40;
const OVERSCAN = 8;
export const USER_GRID = '44px minmax(170px, 1fr) minmax(160px, 1.2fr) 96px 110px 72px';

interface Props {
  table: UserTable;
  /** The table's version: details read for rows in view show without a new `rows`. */
  version: number;
  rows: Int32Array;
  locked: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  onToggle: (username: string) => void;
  onOpen: (username: string) => void;
  sort: SortKey | null;
  descending: boolean;
  onSort: (key: SortKey) => void;
  details: RowDetailsLoader | null;
}

const FETCHED = `The platform's user list does not carry this: Lilypad reads it one user at a time for the rows in view (at most ${DETAILS_CONCURRENCY} at once, each user once until Reload), never for every user. Sorting orders the users read so far; the others come last.`;

const COLUMNS: { key: SortKey; label: string; hint?: string }[] = [
  { key: 'username', label: 'Username' },
  { key: 'email', label: 'E-mail', hint: FETCHED },
  { key: 'realm', label: 'Realm' },
  { key: 'status', label: 'Status' },
  { key: 'admin', label: 'Admin', hint: FETCHED },
];

const NO_NAMES: readonly string[] = [];

export function UsersTable(props: Props) {
  const { table, rows, sort, descending, onSort, details } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end, viewStart, viewEnd } = useRowWindow(scrollRef, rows.length, ROW_HEIGHT, OVERSCAN);
  const shown = Array.from(rows.subarray(start, end));
  // Details for the rows in view, not the overscan, once every page is in: until then the
  // rows in view can still change, and each read would compete with the pages still coming.
  useDetailsInView(details, table.done ? Array.from(rows.subarray(viewStart, viewEnd), (row) => table.names[row]) : NO_NAMES);
  return (
    <Box
      role="table"
      aria-label="Users"
      aria-rowcount={rows.length}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', flex: 1, minHeight: 300 }}
    >
      <Header sort={sort} descending={descending} onSort={onSort} />
      <RowsScroll ref={scrollRef} data-testid="users-scroll">
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {shown.map((row, k) => {
            const username = table.names[row];
            const known = table.details.get(username);
            return (
              <UserRow
                key={start + k}
                top={(start + k) * ROW_HEIGHT}
                username={username}
                email={known ? (known.email ?? '') : undefined}
                realm={table.realmOf(row)}
                status={effectiveStatus(table, row, props.locked)}
                admin={known?.admin}
                failure={known ? undefined : details?.failure(username)}
                checked={props.selected.has(username)}
                onToggle={props.onToggle}
                onOpen={props.onOpen}
              />
            );
          })}
        </div>
      </RowsScroll>
    </Box>
  );
}

const Header = memo(function Header({ sort, descending, onSort }: { sort: SortKey | null; descending: boolean; onSort: (key: SortKey) => void }) {
  return (
    <Box
      role="row"
      sx={{
        display: 'grid',
        gridTemplateColumns: USER_GRID,
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
      <span />
      {COLUMNS.map(({ key, label, hint }) => {
        const button = (
          <TableSortLabel active={sort === key} direction={sort === key && descending ? 'desc' : 'asc'} onClick={() => onSort(key)}>
            {label}
          </TableSortLabel>
        );
        return (
          <Box
            role="columnheader"
            key={key}
            aria-sort={sort === key ? (descending ? 'descending' : 'ascending') : 'none'}
            aria-description={hint}
            data-testid={`users-column-${key}`}
          >
            {hint ? (
              <Tooltip title={hint} describeChild>
                {button}
              </Tooltip>
            ) : (
              button
            )}
          </Box>
        );
      })}
    </Box>
  );
});

const STATUS_COLORS: Record<string, (theme: Theme) => string> = {
  enabled: (theme) => theme.palette.success.main,
  invited: (theme) => theme.palette.info.main,
  locked: (theme) => theme.palette.error.main,
};

/** The scroll area with the rows' base style (windowed-rows.ts) and this table's own classes. */
const RowsScroll = styled('div')(({ theme }) => ({
  ...windowedRowsStyle(theme, 'lp-user-row', ROW_HEIGHT, USER_GRID, { row: { cursor: 'pointer' } }),
  '& .lp-user-row:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2 },
  '& .lp-user-check': { display: 'flex', alignItems: 'center' },
  '& .lp-user-row input[type="checkbox"]': { ...rowCheckboxStyle(theme), margin: '0 0 0 6px' },
  '& .lp-user-name': { fontFamily: 'monospace' },
  '& .lp-user-muted': { color: theme.palette.text.disabled },
  '& .lp-status': {
    display: 'inline-block',
    padding: '0 8px',
    borderRadius: 11,
    lineHeight: '22px',
    fontSize: 13,
    color: theme.palette.text.primary,
    backgroundColor: theme.palette.action.selected,
  },
  '& .lp-status-disabled': { backgroundColor: 'transparent', border: `1px solid ${theme.palette.divider}`, lineHeight: '20px' },
  ...Object.fromEntries(
    Object.entries(STATUS_COLORS).map(([status, color]) => [
      `.lp-status-${status}`,
      { color: theme.palette.getContrastText(color(theme)), backgroundColor: alpha(color(theme), 0.9) },
    ]),
  ),
}));

interface RowProps {
  top: number;
  username: string;
  /** undefined: details not read (yet); '': read, no e-mail. */
  email: string | undefined;
  realm: string;
  status: string;
  admin: boolean | undefined;
  failure: string | undefined;
  checked: boolean;
  onToggle: (username: string) => void;
  onOpen: (username: string) => void;
}

// Memoised: scrolling re-renders only rows whose position or data changed.
const UserRow = memo(function UserRow({ top, username, email, realm, status, admin, failure, checked, onToggle, onOpen }: RowProps) {
  const unknown = failure ? '?' : '…';
  const unknownTitle = failure ? `Could not read this user's details: ${failure}` : 'Not read yet';
  return (
    <div
      role="row"
      className="lp-user-row"
      data-testid="user-row"
      data-username={username}
      tabIndex={0}
      aria-label={`${username}, ${realm}, ${status}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(username)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(username);
      }}
    >
      <span role="cell" className="lp-user-check" onClick={(event) => event.stopPropagation()}>
        <input type="checkbox" checked={checked} onChange={() => onToggle(username)} aria-label={`Select ${username}`} />
      </span>
      <span role="cell" className="lp-user-name">
        {username}
      </span>
      {email === undefined ? (
        <span role="cell" className="lp-user-muted" title={unknownTitle} data-testid="user-email">
          {unknown}
        </span>
      ) : (
        <span role="cell" title={email} data-testid="user-email">
          {email || '—'}
        </span>
      )}
      <span role="cell">{realm}</span>
      <span role="cell">
        <span className={`lp-status lp-status-${status}`}>{status || 'unknown'}</span>
      </span>
      {admin === undefined ? (
        <span role="cell" className="lp-user-muted" title={unknownTitle} data-testid="user-admin">
          {unknown}
        </span>
      ) : (
        <span role="cell" data-testid="user-admin">
          {admin ? 'yes' : 'no'}
        </span>
      )}
    </div>
  );
});
