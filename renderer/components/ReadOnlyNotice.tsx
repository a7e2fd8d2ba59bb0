import Alert from '@mui/material/Alert';
import type { InstanceView } from '../../shared/areas/instances/model';

/** Shown above a screen's actions when the instance refuses changes (main refuses them too). */
export function ReadOnlyNotice({ instance }: { instance: Pick<InstanceView, 'name' | 'readOnly'> | undefined }) {
  if (!instance?.readOnly) return null;
  return (
    <Alert severity="info" variant="outlined" sx={{ mb: 2 }} data-testid="read-only-notice">
      {instance.name} is read-only in Lilypad: you can look, but changes are disabled. Edit the instance to allow them.
    </Alert>
  );
}

/** True when actions that change the platform should be disabled. */
export const isReadOnly = (instance: Pick<InstanceView, 'readOnly'> | undefined): boolean => Boolean(instance?.readOnly);
