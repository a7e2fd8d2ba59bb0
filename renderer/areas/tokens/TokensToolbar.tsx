// The tokens screen's filters, count and selection actions. Drawn while the list is on its
// way too (the count then says so): when the list arrives, only numbers and rows change.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Dispatch, SetStateAction } from 'react';
import { GuardedButton } from '../../components/GuardedButton';
import type { TokenFilters } from './token-view';

const fmt = new Intl.NumberFormat('en-US');

interface Props {
  filters: TokenFilters;
  setFilters: Dispatch<SetStateAction<TokenFilters>>;
  /** The user filter's choices. */
  users: readonly string[];
  /** The one token opened from the expiry view, shown as a removable filter. */
  openToken: string | null;
  onClearToken: () => void;
  /** Undefined until the list is in. */
  counts?: { shown: number; total: number };
  selectedCount: number;
  onClearSelection: () => void;
  onSelectAll: () => void;
  onRevokeSelected: () => void;
  blockedReason?: string;
}

export function TokensToolbar({
  filters,
  setFilters,
  users,
  openToken,
  onClearToken,
  counts,
  selectedCount,
  onClearSelection,
  onSelectAll,
  onRevokeSelected,
  blockedReason,
}: Props) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
      <TextField
        size="small"
        label="Description"
        placeholder="ci* for a prefix"
        value={filters.description}
        onChange={(e) => setFilters((f) => ({ ...f, description: e.target.value }))}
        sx={{ width: 240 }}
        slotProps={{ htmlInput: { 'data-testid': 'tokens-filter-description' } }}
      />
      <Autocomplete
        size="small"
        options={users}
        value={filters.username}
        onChange={(_event, username) => setFilters((f) => ({ ...f, username }))}
        sx={{ width: 220 }}
        renderInput={(params) => (
          <TextField {...params} label="User" slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'tokens-filter-user' } }} />
        )}
      />
      <TextField
        select
        size="small"
        label="Refreshable"
        value={filters.refreshable === null ? 'any' : String(filters.refreshable)}
        onChange={(e) => setFilters((f) => ({ ...f, refreshable: e.target.value === 'any' ? null : e.target.value === 'true' }))}
        sx={{ width: 150 }}
      >
        <MenuItem value="any">Any</MenuItem>
        <MenuItem value="true">Refreshable</MenuItem>
        <MenuItem value="false">Not refreshable</MenuItem>
      </TextField>
      {openToken && <Chip label={`Token ${openToken}`} onDelete={onClearToken} color="primary" data-testid="tokens-filter-token" />}
      <Typography variant="body2" color="text.secondary" data-testid="tokens-count" role={counts ? undefined : 'status'} sx={{ ml: 1 }}>
        {counts ? `${fmt.format(counts.shown)} of ${fmt.format(counts.total)}` : 'Loading…'}
      </Typography>
      <Box sx={{ flex: 1 }} />
      {selectedCount > 0 && (
        <>
          <Typography variant="body2" data-testid="tokens-selected">
            {fmt.format(selectedCount)} selected
          </Typography>
          <Button size="small" onClick={onClearSelection}>
            Clear
          </Button>
          <GuardedButton size="small" color="error" variant="outlined" blockedReason={blockedReason} onClick={onRevokeSelected} data-testid="tokens-bulk-revoke">
            Revoke selected
          </GuardedButton>
        </>
      )}
      {selectedCount === 0 && counts && counts.shown > 0 && (
        <Button size="small" onClick={onSelectAll} data-testid="tokens-select-all">
          Select all {fmt.format(counts.shown)}
        </Button>
      )}
    </Box>
  );
}
