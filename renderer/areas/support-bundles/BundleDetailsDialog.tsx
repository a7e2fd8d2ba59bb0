// A bundle's metadata: the parameters it was made with, the service id, the bundle URL.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useBundleMetadata } from './api';
import { STATUS_LABEL } from './bundle-view';

export function BundleDetailsDialog({ instanceId, id, onClose }: { instanceId: string; id: string; onClose: () => void }) {
  const meta = useBundleMetadata(instanceId, id);
  const data = meta.data;
  const rows: [string, string][] = data
    ? [
        ['Id', data.id],
        ['Status', STATUS_LABEL[data.status]],
        ['Created', data.created],
        ['Description', data.description || '—'],
        ['Service id', data.serviceId || '—'],
        ['Bundle URL', data.bundleUrl || '—'],
        ['Configuration', data.parameters?.configuration ? 'included' : 'not included'],
        ['System information', data.parameters?.system ? 'included' : 'not included'],
        [
          'Logs',
          data.parameters?.logs.include
            ? `included${data.parameters.logs.start_date ? ` from ${data.parameters.logs.start_date}` : ''}${data.parameters.logs.end_date ? ` until ${data.parameters.logs.end_date}` : ''}`
            : 'not included',
        ],
        ['Thread dumps', data.parameters ? `${data.parameters.thread_dump.count}, ${data.parameters.thread_dump.interval} ms apart` : '—'],
      ]
    : [];
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Bundle {data?.name ?? id}</DialogTitle>
      <DialogContent data-testid="bundle-details">
        {meta.isLoading && <LoadingState label="Reading the bundle…" />}
        {meta.error ? <ErrorState error={meta.error} title="The bundle could not be read" onRetry={() => void meta.refetch()} /> : null}
        {data && (
          <Box sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 0.75 }}>
            {rows.map(([label, value]) => (
              <Box key={label} sx={{ display: 'contents' }}>
                <Typography variant="body2" color="text.secondary">
                  {label}
                </Typography>
                <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
                  {value}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <CurlButton call="supportBundles.get" input={() => ({ id })} />
        <CurlButton call="supportBundles.download" input={() => ({ id })} label="Copy download as cURL" />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
