// Edit a user: only the fields that changed go into the PATCH body.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { userUpdateSchema, type UserDetails, type UserUpdate } from '../../../shared/areas/users/model';
import { useUserMutation } from './api';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { CurlButton } from '../../components/CurlButton';

type Editable = Required<Pick<UserDetails, 'admin' | 'profile_updatable' | 'internal_password_disabled' | 'disable_ui_access'>> & { email: string };
const FLAGS: [keyof Omit<Editable, 'email'>, string][] = [
  ['admin', 'Administrator'],
  ['profile_updatable', 'Can update own profile'],
  ['internal_password_disabled', 'Internal password disabled'],
  ['disable_ui_access', 'Disable UI access'],
];

export function changedFields(before: Editable, after: Editable): UserUpdate {
  const changes: UserUpdate = {};
  if (after.email !== before.email) changes.email = after.email;
  for (const [key] of FLAGS) if (after[key] !== before[key]) changes[key] = after[key];
  return changes;
}

interface Props {
  instanceId: string;
  user: UserDetails;
  onClose: () => void;
  onSaved: (user: UserDetails) => void;
}

export function EditUserDialog({ instanceId, user, onClose, onSaved }: Props) {
  const initial: Editable = {
    email: user.email ?? '',
    admin: user.admin,
    profile_updatable: user.profile_updatable,
    internal_password_disabled: user.internal_password_disabled,
    disable_ui_access: user.disable_ui_access,
  };
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const changes = changedFields(initial, form);
  const save = useUserMutation(instanceId, 'users.update', (saved) => onSaved(saved));
  const submit = () => {
    const parsed = userUpdateSchema.safeParse(changes);
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    setError(null);
    save.mutate({ username: user.username, changes });
  };
  return (
    <FormDialog dirty={Object.keys(changes).length > 0} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Edit {user.username}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="edit-user"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}
        >
          <TextField
            label="Email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            error={Boolean(error)}
            helperText={error}
            slotProps={{ htmlInput: { 'data-testid': 'edit-email' } }}
          />
          {FLAGS.map(([key, label]) => (
            <FormControlLabel key={key} control={<Switch checked={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.checked })} />} label={label} />
          ))}
          {user.effective_admin && !user.admin && (
            <Typography variant="body2" color="text.secondary" data-testid="edit-admin-through-group">
              {user.username} is an administrator through a group with admin privileges. The switch above sets only the user&apos;s own flag.
            </Typography>
          )}
          {save.error && <ErrorState error={save.error} title="The platform refused the change" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="users.update" input={() => ({ username: user.username, changes })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="edit-user" variant="contained" disabled={save.isPending || Object.keys(changes).length === 0} data-testid="edit-user-save">
          Save
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
