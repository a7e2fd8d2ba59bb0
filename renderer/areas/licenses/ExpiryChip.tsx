// Days left as a chip: amber under 30 days, red under 7 and once expired.
import Chip from '@mui/material/Chip';
import { describeDaysLeft, type ExpiryLevel } from '../../../shared/areas/licenses/expiry';

const COLOR: Record<ExpiryLevel, 'default' | 'success' | 'warning' | 'error'> = { ok: 'success', soon: 'warning', urgent: 'error', expired: 'error', unknown: 'default' };

export function ExpiryChip({ days, level }: { days: number | undefined; level: ExpiryLevel }) {
  const label = level === 'expired' ? (days !== undefined && days < 0 ? describeDaysLeft(days) : 'expired') : describeDaysLeft(days);
  return <Chip size="small" color={COLOR[level]} variant={level === 'ok' ? 'outlined' : 'filled'} label={label} data-testid="expiry-chip" data-level={level} />;
}
