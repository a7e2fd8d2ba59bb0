// The navigation badge: how many saved instances have a license running out within 30
// days. Its own until the shared expiry summary (token expiry) exists; then it joins that.
import Badge from '@mui/material/Badge';
import { useLicenseFleet } from './api';
import { expiringCount, fleetRows } from './fleet-rows';

export function LicenseBadge() {
  const fleet = useLicenseFleet();
  const count = expiringCount(fleetRows(fleet.data, new Date()));
  if (count === 0) return null;
  return <Badge color="warning" badgeContent={count} data-testid="license-badge" sx={{ '& .MuiBadge-badge': { position: 'static', transform: 'none' } }} />;
}
