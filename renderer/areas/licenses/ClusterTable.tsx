// Every license of the cluster: type, licensed to, valid through with days left, the hash
// (shortened, copyable), the node using it or "not in use", and the platform's expired flag.
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ClusterLicense } from '../../../shared/areas/licenses/model';
import { ExpiryChip } from './ExpiryChip';
import { expiryOf, shortHash, sortClusterLicenses } from './license-view';

interface Props {
  licenses: ClusterLicense[];
  now: Date;
  selected: string[];
  onSelect: (hashes: string[]) => void;
}

export function ClusterTable({ licenses, now, selected, onSelect }: Props) {
  const rows = sortClusterLicenses(licenses, now);
  const toggle = (hash: string) => onSelect(selected.includes(hash) ? selected.filter((h) => h !== hash) : [...selected, hash]);
  return (
    <TableContainer component={Paper} variant="outlined">
      <Typography variant="overline" color="text.secondary" sx={{ px: 2, pt: 1, display: 'block' }}>
        Cluster licenses ({licenses.length})
      </Typography>
      <Table size="small" data-testid="cluster-licenses">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>Type</TableCell>
            <TableCell>Licensed to</TableCell>
            <TableCell>Valid through</TableCell>
            <TableCell>Hash</TableCell>
            <TableCell>Node</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((license) => {
            const expiry = expiryOf(license.validThrough, now, license.expired);
            return (
              <TableRow
                key={license.licenseHash}
                data-testid="cluster-license"
                data-hash={license.licenseHash}
                data-node={license.nodeId ?? ''}
                selected={selected.includes(license.licenseHash)}
              >
                <TableCell padding="checkbox">
                  <Checkbox
                    size="small"
                    checked={selected.includes(license.licenseHash)}
                    onChange={() => toggle(license.licenseHash)}
                    slotProps={{ input: { 'aria-label': `Select license ${shortHash(license.licenseHash)}` } }}
                  />
                </TableCell>
                <TableCell>{license.type}</TableCell>
                <TableCell>{license.licensedTo}</TableCell>
                <TableCell>
                  {license.validThrough} <ExpiryChip {...expiry} />
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                  <Tooltip title={license.licenseHash}>
                    <span>{shortHash(license.licenseHash)}</span>
                  </Tooltip>
                  <IconButton size="small" aria-label="Copy hash" onClick={() => void navigator.clipboard?.writeText(license.licenseHash).catch(() => undefined)}>
                    <ContentCopyOutlined fontSize="inherit" />
                  </IconButton>
                </TableCell>
                <TableCell>
                  {license.nodeId === null ? (
                    <Typography variant="body2" color="text.secondary">
                      not in use
                    </Typography>
                  ) : (
                    <>
                      <Typography variant="body2">{license.nodeId}</Typography>
                      {license.nodeUrl && (
                        <Typography variant="caption" color="text.secondary">
                          {license.nodeUrl}
                        </Typography>
                      )}
                    </>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
