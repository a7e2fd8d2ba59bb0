import Chip from '@mui/material/Chip';

const COLORS: Record<string, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  enabled: 'success',
  invited: 'info',
  disabled: 'default',
  locked: 'error',
};

export function StatusChip({ status }: { status: string }) {
  return <Chip size="small" label={status || 'unknown'} color={COLORS[status] ?? 'default'} variant={status === 'disabled' ? 'outlined' : 'filled'} sx={{ height: 22 }} />;
}
