// The production guard: on an instance whose policy asks for it (by default, one labelled
// PROD…), a destructive action waits until the admin types the instance's name. Used by
// ConfirmDialog and by dialogs that are their own confirmation (a bulk run).
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';
import { needsTypedName, type GuardedInstance } from '../app/environment';

export interface InstanceNameGuardState {
  /** True when the instance asks for its name. */
  required: boolean;
  /** True when the action may go: nothing to type, or the name typed exactly. */
  satisfied: boolean;
  /** The field to render (null when not required). */
  field: ReactNode;
}

export function useInstanceNameGuard(instance: GuardedInstance | undefined, options: { autoFocus?: boolean } = {}): InstanceNameGuardState {
  const [typed, setTyped] = useState('');
  const required = instance !== undefined && needsTypedName(instance);
  if (!required || !instance) return { required: false, satisfied: true, field: null };
  return {
    required,
    satisfied: typed === instance.name,
    field: (
      <TextField
        autoFocus={options.autoFocus}
        fullWidth
        sx={{ mt: 2 }}
        label={`Type "${instance.name}" to confirm`}
        helperText={`${instance.name} is guarded${instance.environment ? ` (${instance.environment.toUpperCase()})` : ''}: type its name to go ahead.`}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'confirm-instance-name', autoComplete: 'off', spellCheck: false } }}
      />
    ),
  };
}
