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

/** Sticks to the bottom of the window while the form scrolls, so Save is always in reach. */
export function SaveBar({ disabledReason, busy, error, saved, onSave }: Props) {
  return (
    <Stack
      spacing={1}
      data-testid="save-bar"
      // The page's bottom padding is covered too (bottom and padding match it), so nothing scrolls by underneath.
      sx={{ position: 'sticky', bottom: { xs: -16, md: -24 }, zIndex: 2, bgcolor: 'background.default', borderTop: 1, borderColor: 'divider', pt: 1.5, pb: { xs: 3.5, md: 4.5 } }}
    >
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
