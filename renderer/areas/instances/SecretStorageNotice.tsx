import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useAllowWeakStorage, useSecretStoreStatus } from './api';

/**
 * Says where passwords and tokens live when it is not the OS keyring: in memory for this
 * session, or (only after the user opts in) on disk with the OS's weak plain-text backend.
 */
export function SecretStorageNotice() {
  const status = useSecretStoreStatus();
  const allow = useAllowWeakStorage();
  const data = status.data;
  if (!data || data.backend === 'os') return null;
  const weak = data.backend === 'weak';
  return (
    <Alert
      severity={weak ? 'warning' : 'info'}
      variant="outlined"
      sx={{ mb: 2 }}
      data-testid="secret-storage-notice"
      action={
        data.weakAvailable || weak ? (
          <Button color="inherit" size="small" disabled={allow.isPending} onClick={() => allow.mutate({ allow: !weak })}>
            {weak ? 'Keep in memory only' : 'Store with weak protection'}
          </Button>
        ) : undefined
      }
    >
      {data.detail}
    </Alert>
  );
}
