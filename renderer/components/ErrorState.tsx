import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { apiErrorOf } from '../api/bridge';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failed call, as the user can act on it: the message, the platform's words, status and request. */
export function ErrorState({ error, title = 'Something went wrong', onRetry }: Props) {
  const apiError = apiErrorOf(error) ?? { kind: 'internal' as const, message: String(error) };
  return (
    <Alert
      severity="error"
      variant="outlined"
      data-testid="error-state"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      <Typography variant="body2">{apiError.message}</Typography>
      {apiError.platformMessage && apiError.platformMessage !== apiError.message && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          Platform said: {apiError.platformMessage}
        </Typography>
      )}
      {(apiError.status || apiError.method) && (
        <Typography variant="caption" component="div" sx={{ mt: 0.5, fontFamily: 'monospace' }}>
          {apiError.status ? `HTTP ${apiError.status}` : apiError.kind}
          {apiError.method && apiError.path ? ` · ${apiError.method} ${apiError.path}` : ''}
        </Typography>
      )}
    </Alert>
  );
}
