import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { USER_REALMS, USER_STATUSES } from '../../../shared/areas/users/model';
import type { UserFilters } from './use-user-view';

interface Props {
  filters: UserFilters;
  onChange: (patch: Partial<UserFilters>) => void;
  shown: number;
  loaded: number;
  loading: boolean;
  pages: number;
}

const fmt = new Intl.NumberFormat('en-US');

export function UsersToolbar({ filters, onChange, shown, loaded, loading, pages }: Props) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label="Filter by username"
          value={filters.text}
          onChange={(event) => onChange({ text: event.target.value })}
          fullWidth={false}
          sx={{ width: 280 }}
          slotProps={{ htmlInput: { 'data-testid': 'users-filter' } }}
        />
        <TextField select size="small" label="Realm" value={filters.realm} onChange={(event) => onChange({ realm: event.target.value })} fullWidth={false} sx={{ width: 150 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }} data-testid="users-realm-filter">
          <MenuItem value="">All realms</MenuItem>
          {USER_REALMS.map((realm) => <MenuItem key={realm} value={realm}>{realm}</MenuItem>)}
        </TextField>
        <TextField select size="small" label="Status" value={filters.status} onChange={(event) => onChange({ status: event.target.value })} fullWidth={false} sx={{ width: 150 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }} data-testid="users-status-filter">
          <MenuItem value="">All statuses</MenuItem>
          {USER_STATUSES.map((status) => <MenuItem key={status} value={status}>{status}</MenuItem>)}
        </TextField>
        <Typography variant="body2" color="text.secondary" data-testid="users-count" aria-live="polite">
          {fmt.format(shown)} of {fmt.format(loaded)}
          {loading ? ' loaded so far…' : ''}
        </Typography>
      </Box>
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
