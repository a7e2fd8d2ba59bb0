// The navigation badge: how many things expire soon or have expired across saved instances.
import Chip from '@mui/material/Chip';
import { useExpirySummary } from '../../app/use-expiry-summary';

export function ExpiryBadge() {
  const summary = useExpirySummary();
  const count = summary.expiring + summary.expired;
  if (count === 0) return null;
  const title = summary.bySource.map((s) => `${s.source}: ${s.expiring} expiring, ${s.expired} expired`).join('; ');
  return (
    <Chip
      size="small"
      color={summary.expired > 0 ? 'error' : 'warning'}
      label={count.toLocaleString('en-US')}
      title={title}
      data-testid="expiry-badge"
      data-count={count}
      sx={{ height: 20, fontSize: 11 }}
    />
  );
}
