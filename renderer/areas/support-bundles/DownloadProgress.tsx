// One archive download main is streaming to disk: bytes, rate, total when known, cancel.
// In the browser host the finished file is then handed to the browser as a download.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { saveServedFile } from '../../api/files';
import { ErrorState } from '../../components/ErrorState';
import { useCancelDownload, useDownloadJob } from './api';
import { formatBytes } from './bundle-view';
import { useDownloads } from './downloads-store';

interface Props {
  instanceId: string;
  bundleId: string;
  jobId: string;
}

export function DownloadProgress({ instanceId, bundleId, jobId }: Props) {
  const job = useDownloadJob(instanceId, jobId);
  const cancel = useCancelDownload(instanceId);
  const { handedOver, markHandedOver, dismiss } = useDownloads();
  const data = job.data;

  useEffect(() => {
    if (data?.state === 'done' && data.fetchPath && !handedOver[jobId]) {
      markHandedOver(jobId);
      saveServedFile(data.fetchPath, data.fileName);
    }
  }, [data, handedOver, jobId, markHandedOver]);

  if (job.error) return <ErrorState error={job.error} title="The download's progress could not be read" />;
  if (!data) return <LinearProgress />;
  const percent = data.total ? Math.min(100, (data.received / data.total) * 100) : undefined;
  const amount = `${formatBytes(data.received)}${data.total ? ` of ${formatBytes(data.total)}` : ''}`;
  return (
    <Box data-testid="download-progress" data-state={data.state} sx={{ minWidth: 260 }}>
      {data.state === 'running' && (
        <>
          <LinearProgress variant={percent === undefined ? 'indeterminate' : 'determinate'} value={percent} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 0.5 }}>
            <Typography variant="caption" data-testid="download-bytes">
              {amount} · {formatBytes(data.rate)}/s
            </Typography>
            <Button size="small" onClick={() => cancel.mutate({ jobId })} disabled={cancel.isPending} data-testid="download-cancel">
              Cancel
            </Button>
          </Box>
        </>
      )}
      {data.state === 'done' && (
        <Typography variant="caption" color="success.main" data-testid="download-done">
          Downloaded {formatBytes(data.received)} {data.savedTo ? `to ${data.savedTo}` : '— your browser saves it'}
        </Typography>
      )}
      {data.state === 'cancelled' && (
        <Typography variant="caption" color="text.secondary">
          Cancelled; the partial file was removed.
        </Typography>
      )}
      {data.state === 'failed' && (
        <Typography variant="caption" color="error" data-testid="download-failed">
          The download failed{data.error?.status ? ` (HTTP ${data.error.status})` : ''}: {data.error?.message} No file was left behind.
        </Typography>
      )}
      {data.state !== 'running' && (
        <Button size="small" onClick={() => dismiss(instanceId, bundleId)}>
          Dismiss
        </Button>
      )}
    </Box>
  );
}
