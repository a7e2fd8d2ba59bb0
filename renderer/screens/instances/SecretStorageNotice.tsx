import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useAppQuery, useApiMutation } from '../../api/hooks';
import { appKey } from '../../api/keys';

/**
 * Says where passwords and tokens live when it is not the OS keyring: in memory for this
 * session, or (only after the user opts in) on disk with the OS's weak plain-text backend.
 */
export function SecretStorageNotice() {
  const status = useAppQuery('secrets.status', {});
  const allow = useApiMutation('secrets.allowWeakStorage', [[...appKey('secrets.status')]]);
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
