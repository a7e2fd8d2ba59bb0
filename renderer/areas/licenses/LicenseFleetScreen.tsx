// Licenses across instances: every saved self-hosted instance's license type and expiry in
// one table, fewest days left first, from the licenses.expiry scan on main's one scheduler.
// A dead instance is shown as unreachable; it never holds the others back.
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useLicenseFleet, useRefreshLicenseFleet } from './api';
import { ExpiryChip } from './ExpiryChip';
import { fleetRows } from './fleet-rows';

export default function LicenseFleetScreen() {
  const fleet = useLicenseFleet();
  const refresh = useRefreshLicenseFleet();
  const rows = fleetRows(fleet.data, new Date());

  let body;
  if (fleet.isLoading) body = <LoadingState label="Reading the licenses of every instance…" />;
  else if (fleet.error) body = <ErrorState error={fleet.error} title="The license scan could not be read" onRetry={() => void fleet.refetch()} />;
  else if (rows.length === 0)
    body = <EmptyState icon={<VerifiedOutlined />} title="No self-hosted instances" description="Licenses exist on self-hosted instances only; Cloud instances are not listed." />;
  else {
    body = (
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" data-testid="license-fleet">
          <TableHead>
            <TableRow>
              <TableCell>Instance</TableCell>
              <TableCell>Type</TableCell>
              <TableCell>Licensed to</TableCell>
              <TableCell>Valid through</TableCell>
              <TableCell>Days left</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.instanceId} data-testid="fleet-row" data-instance={row.instanceName} data-state={row.state}>
                <TableCell>{row.instanceName}</TableCell>
                {row.state === 'unreachable' && !row.license ? (
                  <TableCell colSpan={4}>
                    <Chip size="small" color="default" label="unreachable" sx={{ mr: 1 }} />
                    <Typography component="span" variant="body2" color="text.secondary">
                      {row.problem}
                    </Typography>
                  </TableCell>
                ) : row.state === 'checking' ? (
                  <TableCell colSpan={4}>
                    <Typography variant="body2" color="text.secondary">
                      checking…
                    </Typography>
                  </TableCell>
                ) : (
                  <>
                    <TableCell>{row.license?.type}</TableCell>
                    <TableCell>{row.license?.licensedTo}</TableCell>
                    <TableCell>
                      {row.license?.validThrough}
                      {row.stale && <Chip size="small" label="unreachable now" sx={{ ml: 1 }} />}
                    </TableCell>
                    <TableCell>
                      <ExpiryChip days={row.days} level={row.level} />
                    </TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    );
  }

  return (
    <Box>
      <PageHeader
        title="License expiry"
        subtitle="Every saved self-hosted instance, the license that runs out first. Checked every 6 hours, with read-only requests."
        actions={
          <Button variant="outlined" onClick={() => refresh.mutate()} disabled={refresh.isPending} data-testid="fleet-refresh">
            {refresh.isPending ? 'Checking…' : 'Check now'}
          </Button>
        }
      />
      {body}
    </Box>
  );
}
