// Access: ping, the root certificate (decoded in main), and the server-side backup
// triggers for the Access configuration.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { RootCertificate } from '../../../shared/areas/trust/model';
import { apiErrorOf } from '../../api/bridge';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { copyText, downloadText } from '../../components/files';
import { useAccessPing, useExportAccess, useImportAccess, useRootCertificate } from './api';
import { NeedsAdminToken } from './NeedsAdminToken';

export function AccessPanel({ instance }: { instance: InstanceView }) {
  return (
    <Stack spacing={2}>
      <PingCard instanceId={instance.id} />
      <RootCertCard instance={instance} />
      <BackupCard instance={instance} />
    </Stack>
  );
}

function PingCard({ instanceId }: { instanceId: string }) {
  const ping = useAccessPing(instanceId);
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <Typography variant="h6" component="h2">
            Access
          </Typography>
          {ping.isLoading ? <Chip size="small" label="Pinging…" /> : null}
          {ping.data ? (
            <Chip
              size="small"
              color={ping.data.ok ? 'success' : 'error'}
              label={ping.data.ok ? `Ping: ${ping.data.text}` : `Ping failed: HTTP ${ping.data.status} ${ping.data.text}`}
              data-testid="access-ping"
            />
          ) : null}
          <Button size="small" onClick={() => void ping.refetch()}>
            Ping again
          </Button>
          <CurlButton call="trust.ping" input={() => ({})} />
        </Stack>
        {ping.error ? <ErrorState error={ping.error} title="Access did not answer" /> : null}
      </CardContent>
    </Card>
  );
}

const certRows = (cert: RootCertificate): [string, string][] => [
  ['Subject', cert.subject],
  ['Issuer', cert.issuer],
  ['Valid from', new Date(cert.validFrom).toLocaleString()],
  ['Valid until', `${new Date(cert.validTo).toLocaleString()} (${cert.daysLeft >= 0 ? `${cert.daysLeft} days left` : `expired ${-cert.daysLeft} days ago`})`],
  ['SHA-256 fingerprint', cert.fingerprint256],
  ['Serial number', cert.serialNumber],
  ['Public key', `${cert.publicKey}${cert.isCa ? ' · certificate authority' : ''}`],
];

function RootCertCard({ instance }: { instance: InstanceView }) {
  const cert = useRootCertificate(instance.id);
  const [copied, setCopied] = useState(false);
  const need = adminNeedOf({ error: cert.error, refused: 'read its root certificate' });
  let body;
  if (cert.isLoading) body = <LoadingState label="Reading the root certificate…" />;
  else if (need) body = <NeedsAdminState instanceName={instance.name} need={need} />;
  else if (apiErrorOf(cert.error)?.status === 401) body = <NeedsAdminToken error={cert.error} />;
  else if (cert.error || !cert.data) body = <ErrorState error={cert.error} title="The root certificate could not be read" onRetry={() => void cert.refetch()} />;
  else {
    const data = cert.data;
    body = (
      <Stack spacing={1}>
        <Table size="small" aria-label="Root certificate" data-testid="root-cert">
          <TableBody>
            {certRows(data).map(([label, value]) => (
              <TableRow key={label}>
                <TableCell component="th" sx={{ width: 200, fontWeight: 600 }}>
                  {label}
                </TableCell>
                <TableCell sx={{ fontFamily: label === 'SHA-256 fingerprint' ? 'monospace' : undefined, wordBreak: 'break-all' }} data-testid={`cert-${label}`}>
                  {value}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {data.daysLeft < 30 ? (
          <Alert severity="warning">The root certificate expires in {data.daysLeft} days: federation and pairing stop working with an expired one.</Alert>
        ) : null}
        <TextField
          label="PEM"
          value={data.pem}
          multiline
          minRows={4}
          maxRows={10}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, style: { fontFamily: 'monospace', fontSize: 12 } } }}
        />
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            onClick={() => {
              void copyText(data.pem).then(setCopied);
            }}
          >
            {copied ? 'Copied' : 'Copy PEM'}
          </Button>
          <Button size="small" onClick={() => downloadText(`${instance.name.replace(/[^\w.-]+/g, '_')}-access-root.crt`, data.pem, 'application/x-pem-file')}>
            Save as file
          </Button>
          <CurlButton call="trust.rootCert" input={() => ({})} />
        </Stack>
      </Stack>
    );
  }
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          Root certificate
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          The certificate Access signs its tokens with. Other platforms trust this one when they hold this certificate: that is the circle of trust federation and pairing rely on.
        </Typography>
        {body}
      </CardContent>
    </Card>
  );
}

function BackupCard({ instance }: { instance: InstanceView }) {
  const { blockedReason } = useInstanceAccess();
  const exporter = useExportAccess(instance.id);
  const importer = useImportAccess(instance.id);
  const [confirmImport, setConfirmImport] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const run = async (which: 'export' | 'import') => {
    setDone(null);
    try {
      const message = which === 'export' ? await exporter.mutateAsync({}) : await importer.mutateAsync({});
      setDone(message || (which === 'export' ? 'Exported.' : 'Imported.'));
    } catch {
      // Shown below.
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          Access configuration backup
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          These run on the platform&apos;s own server, not here. <strong>Export</strong> writes the Access configuration (users, groups, permissions, tokens) as a JSON file under{' '}
          <code>$JFROG_HOME/artifactory/var/backup/access</code>. <strong>Import</strong> reads <code>$JFROG_HOME/artifactory/var/etc/access/access.bootstrap.json</code> and loads
          it into Access, replacing what it holds: someone must have put that file on the server first.
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          Since 7.12 both need an admin-scoped access token: the platform refuses basic authentication with a password for them.
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <GuardedButton variant="outlined" blockedReason={blockedReason} disabled={exporter.isPending} onClick={() => void run('export')}>
            Export on the server
          </GuardedButton>
          <CurlButton call="trust.exportAccess" input={() => ({})} label="cURL (export)" />
          <Box sx={{ width: 16 }} />
          <GuardedButton variant="outlined" color="warning" blockedReason={blockedReason} disabled={importer.isPending} onClick={() => setConfirmImport(true)}>
            Import on the server…
          </GuardedButton>
          <CurlButton call="trust.importAccess" input={() => ({})} label="cURL (import)" />
        </Stack>
        {done ? (
          <Alert severity="success" sx={{ mt: 1.5 }} data-testid="access-backup-done">
            {done}
          </Alert>
        ) : null}
        {exporter.error ? <ErrorState error={exporter.error} title="The export did not run" /> : null}
        {importer.error ? <ErrorState error={importer.error} title="The import did not run" /> : null}
        <ConfirmDialog
          open={confirmImport}
          title={`Import the Access configuration on ${instance.name}?`}
          confirmLabel="Import"
          destructive
          requireText="IMPORT"
          instance={instance}
          busy={importer.isPending}
          onConfirm={() => {
            setConfirmImport(false);
            void run('import');
          }}
          onClose={() => setConfirmImport(false)}
          message={`Access on ${instance.name} will load access.bootstrap.json from its server and replace its users, groups, permissions and tokens with what the file holds.`}
        />
      </CardContent>
    </Card>
  );
}
