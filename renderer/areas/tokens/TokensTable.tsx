// The virtualised token list: only the rows in view exist in the DOM, so 20,000 tokens
// scroll like 20 (equal heights: the window is arithmetic, row-window.ts). Rows are plain
// elements styled by one stylesheet.
import Box from '@mui/material/Box';
import TableSortLabel from '@mui/material/TableSortLabel';
import { styled } from '@mui/material/styles';
import { memo, useRef } from 'react';
import { useRowWindow } from '../../components/row-window';
import { rowCheckboxStyle, windowedRowsStyle } from '../../components/windowed-rows';
import { expiryStatus, usernameOfSubject, type TokenInfo, type TokenOrderField } from '../../../shared/areas/tokens/model';
import { absoluteTime, relativeTime } from './token-view';

const ROW = 40;
const OVERSCAN = 8;
// Fits the content width of a 1280-pixel window (about 1,010 pixels) without a horizontal scroll.
const GRID = '40px minmax(100px, 0.8fr) minmax(100px, 0.9fr) minmax(150px, 1.6fr) 115px 160px 104px 115px 84px';

interface Props {
  tokens: readonly TokenInfo[];
  nowMs: number;
  withinDays: number;
  selected: ReadonlySet<string>;
  onToggle: (tokenId: string) => void;
  onRevoke: (token: TokenInfo) => void;
  revokeBlocked?: string;
  sort: TokenOrderField;
  descending: boolean;
  onSort: (field: TokenOrderField) => void;
}

const COLUMNS: { key: TokenOrderField | null; label: string }[] = [
  { key: 'token_id', label: 'Token id' },
  { key: 'subject', label: 'Subject' },
  { key: 'description', label: 'Description' },
  { key: 'issued_at', label: 'Issued' },
  { key: 'expiry', label: 'Expires' },
  { key: null, label: 'Refreshable' },
  { key: 'last_used', label: 'Last used' },
];

export function TokensTable(props: Props) {
  const { tokens, sort, descending, onSort } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end } = useRowWindow(scrollRef, tokens.length, ROW, OVERSCAN);
  return (
    <Box
      role="table"
      aria-label="Tokens"
      aria-rowcount={tokens.length}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', flex: 1, minHeight: 300 }}
    >
      <Box
        role="row"
        sx={{
          display: 'grid',
          gridTemplateColumns: GRID,
          alignItems: 'center',
          height: 44,
          px: 1,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
          fontWeight: 600,
          fontSize: 14,
          // The same gap after each heading as after each cell, so neighbouring headings never touch.
          '& > *': { minWidth: 0, pr: 1 },
        }}
      >
        <span />
        {COLUMNS.map(({ key, label }) => (
          <Box
            role="columnheader"
            key={label}
            aria-sort={key && sort === key ? (descending ? 'descending' : 'ascending') : 'none'}
            data-testid={`tokens-column-${key ?? 'refreshable'}`}
          >
            {key ? (
              <TableSortLabel active={sort === key} direction={sort === key && descending ? 'desc' : 'asc'} onClick={() => onSort(key)}>
                {label}
              </TableSortLabel>
            ) : (
              label
            )}
          </Box>
        ))}
        <span />
      </Box>
      <RowsScroll ref={scrollRef} data-testid="tokens-scroll">
        <div style={{ height: tokens.length * ROW, position: 'relative' }}>
          {tokens.slice(start, end).map((token, k) => (
            <TokenRow
              key={token.token_id}
              top={(start + k) * ROW}
              token={token}
              nowMs={props.nowMs}
              withinDays={props.withinDays}
              checked={props.selected.has(token.token_id)}
              onToggle={props.onToggle}
              onRevoke={props.onRevoke}
              revokeBlocked={props.revokeBlocked}
            />
          ))}
        </div>
      </RowsScroll>
    </Box>
  );
}

/** The scroll area with the rows' base style (windowed-rows.ts) and this table's own classes. */
const RowsScroll = styled('div')(({ theme }) => ({
  ...windowedRowsStyle(theme, 'lp-token-row', ROW, GRID, { cell: { paddingRight: 8 } }),
  '& .lp-token-row input[type="checkbox"]': { ...rowCheckboxStyle(theme), margin: '0 0 0 6px' },
  '& .lp-token-id': { fontFamily: 'monospace', fontSize: 12 },
  '& .lp-token-muted': { color: theme.palette.text.secondary },
  '& .lp-token-expired': { color: theme.palette.error.main, fontWeight: 600 },
  '& .lp-token-expiring': { color: theme.palette.warning.main, fontWeight: 600 },
  '& .lp-token-revoke': {
    font: 'inherit',
    fontSize: 13,
    border: `1px solid ${theme.palette.error.main}`,
    color: theme.palette.error.main,
    background: 'transparent',
    borderRadius: 4,
    padding: '2px 8px',
    cursor: 'pointer',
  },
  '& .lp-token-revoke:disabled': { borderColor: theme.palette.action.disabled, color: theme.palette.action.disabled, cursor: 'not-allowed' },
}));

interface RowProps {
  top: number;
  token: TokenInfo;
  nowMs: number;
  withinDays: number;
  checked: boolean;
  onToggle: (tokenId: string) => void;
  onRevoke: (token: TokenInfo) => void;
  revokeBlocked?: string;
}

const TokenRow = memo(function TokenRow({ top, token, nowMs, withinDays, checked, onToggle, onRevoke, revokeBlocked }: RowProps) {
  const status = expiryStatus(token.expiry, nowMs, withinDays);
  const user = usernameOfSubject(token.subject) ?? token.subject;
  return (
    <div role="row" className="lp-token-row" data-testid="token-row" data-token-id={token.token_id} data-expiry-status={status} style={{ transform: `translateY(${top}px)` }}>
      <span role="cell">
        <input type="checkbox" checked={checked} onChange={() => onToggle(token.token_id)} aria-label={`Select token ${token.token_id}`} />
      </span>
      <span role="cell" className="lp-token-id" title={token.token_id}>
        {token.token_id}
      </span>
      <span role="cell" title={token.subject} data-testid="token-subject">
        {user}
      </span>
      <span role="cell" title={token.description} className={token.description ? undefined : 'lp-token-muted'} data-testid="token-description">
        {token.description ?? '—'}
      </span>
      <span role="cell" title={token.issued_at ? absoluteTime(token.issued_at) : undefined}>
        {token.issued_at ? relativeTime(token.issued_at, nowMs) : '—'}
      </span>
      <span
        role="cell"
        data-testid="token-expiry"
        className={status === 'expired' ? 'lp-token-expired' : status === 'expiring' ? 'lp-token-expiring' : status === 'never' ? 'lp-token-muted' : undefined}
        title={token.expiry ? absoluteTime(token.expiry) : 'This token never expires'}
      >
        {token.expiry ? `${status === 'expired' ? 'expired ' : ''}${relativeTime(token.expiry, nowMs)}` : 'never'}
      </span>
      <span role="cell">{token.refreshable ? 'yes' : 'no'}</span>
      <span
        role="cell"
        className={token.last_used ? undefined : 'lp-token-muted'}
        title={token.last_used ? absoluteTime(token.last_used) : 'The platform has no record of its use'}
      >
        {token.last_used ? relativeTime(token.last_used, nowMs) : '—'}
      </span>
      <span role="cell" title={revokeBlocked}>
        <button
          type="button"
          className="lp-token-revoke"
          disabled={Boolean(revokeBlocked)}
          data-blocked-reason={revokeBlocked}
          onClick={() => onRevoke(token)}
          aria-label={`Revoke token ${token.token_id}`}
        >
          Revoke
        </button>
      </span>
    </div>
  );
});
