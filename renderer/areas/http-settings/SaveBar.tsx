// Save button with the reason it is disabled, plus the outcome of the last attempt.
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { ErrorState } from '../../components/ErrorState';

interface Props {
  disabledReason: string | null;
  busy: boolean;
  error: unknown;
  saved: boolean;
  onSave: () => void;
}

export function SaveBar({ disabledReason, busy, error, saved, onSave }: Props) {
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" startIcon={<SaveOutlined />} disabled={disabledReason !== null || busy} onClick={onSave}>
          {busy ? 'Saving…' : 'Save'}
        </Button>
        {disabledReason && (
          <Typography variant="body2" color="text.secondary" data-testid="save-disabled-reason">
            {disabledReason}
          </Typography>
        )}
      </Stack>
      {error ? <ErrorState error={error} title="The platform did not save the settings" /> : null}
      {saved && !error && (
        <Alert severity="success" variant="outlined" data-testid="save-success">
          Saved. The platform's snippet now reflects these settings.
        </Alert>
      )}
    </Stack>
  );
}
