import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { USER_REALMS, USER_STATUSES } from '../../../shared/areas/users/model';
import { GroupPicker } from './GroupPicker';
import type { UserFilters } from './user-view';

type Change = (patch: Partial<UserFilters>) => void;

interface Props {
  instanceId: string;
  filters: UserFilters;
  onChange: Change;
  shown: number;
  loaded: number;
  loading: boolean;
  pages: number;
  /** What the group filter is waiting for or why it failed; null when it is applied. */
  groupNote: string | null;
}

const fmt = new Intl.NumberFormat('en-US');

export function UsersToolbar({ instanceId, filters, onChange, shown, loaded, loading, pages, groupNote }: Props) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <FilterInput onChange={onChange} />
        <Selects instanceId={instanceId} realm={filters.realm} status={filters.status} group={filters.group} onChange={onChange} />
        <Typography variant="body2" color="text.secondary" data-testid="users-count" aria-live="polite">
          {fmt.format(shown)} of {fmt.format(loaded)}
          {loading ? ' loaded so far…' : ''}
        </Typography>
      </Box>
      {groupNote && (
        <Typography variant="caption" color="text.secondary" data-testid="users-group-note" component="div" sx={{ mt: 0.5 }}>
          {groupNote}
        </Typography>
      )}
      {loading && (
        <Box sx={{ mt: 1 }} data-testid="users-loading">
          <LinearProgress />
          <Typography variant="caption" color="text.secondary">
            Loading users: {fmt.format(loaded)} received in {pages} page{pages === 1 ? '' : 's'}; you can work with the rows already here.
          </Typography>
        </Box>
      )}
    </Box>
  );
}

/**
 * The text filter, uncontrolled: the input keeps what is typed and reports it, so a
 * keystroke does not re-render this (heavy) field; only the list and the count follow.
 */
const FilterInput = memo(function FilterInput({ onChange }: { onChange: Change }) {
  return (
    <TextField
      size="small"
      label="Filter by username"
      defaultValue=""
      onChange={(event) => onChange({ text: event.target.value })}
      fullWidth={false}
      sx={{ width: 240 }}
      slotProps={{ htmlInput: { 'data-testid': 'users-filter' } }}
    />
  );
});

// The pickers do not change while the admin types: memoised, they skip those renders.
const Selects = memo(function Selects({
  instanceId,
  realm,
  status,
  group,
  onChange,
}: {
  instanceId: string;
  realm: string;
  status: string;
  group: string | null;
  onChange: Change;
}) {
  return (
    <>
      <TextField
        select
        size="small"
        label="Realm"
        value={realm}
        onChange={(event) => onChange({ realm: event.target.value })}
        fullWidth={false}
        sx={{ width: 140 }}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        data-testid="users-realm-filter"
      >
        <MenuItem value="">All realms</MenuItem>
        {USER_REALMS.map((value) => (
          <MenuItem key={value} value={value}>
            {value}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label="Status"
        value={status}
        onChange={(event) => onChange({ status: event.target.value })}
        fullWidth={false}
        sx={{ width: 140 }}
        slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        data-testid="users-status-filter"
      >
        <MenuItem value="">All statuses</MenuItem>
        {USER_STATUSES.map((value) => (
          <MenuItem key={value} value={value}>
            {value}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ width: 240 }}>
        <GroupPicker instanceId={instanceId} label="Members of group" value={group} onChange={(value) => onChange({ group: value })} testId="users-group-filter" lazy />
      </Box>
    </>
  );
});
