// New user. The username is checked with the shared schema before anything is sent; a
// refusal from the platform keeps the form as typed. Afterwards it says which groups the
// platform added on its own (auto-join groups such as readers).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { userCreateSchema, usernameSchema, type UserCreate, type UserDetails } from '../../../shared/areas/users/model';
import { useUserMutation } from './api';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { CurlButton } from '../../components/CurlButton';
import { GroupPicker } from './GroupPicker';

interface Props {
  instanceId: string;
  onClose: () => void;
  onCreated: (user: UserDetails) => void;
  onOpenUser: (username: string) => void;
}

const EMPTY: Required<Omit<UserCreate, 'password'>> & { password: string } = {
  username: '',
  email: '',
  password: '',
  groups: [],
  admin: false,
  profile_updatable: true,
  internal_password_disabled: false,
  disable_ui_access: false,
};

export function CreateUserDialog({ instanceId, onClose, onCreated, onOpenUser }: Props) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));
  const toInput = (): UserCreate => ({ ...form, password: form.internal_password_disabled ? undefined : form.password || undefined });
  const create = useUserMutation(instanceId, 'users.create', (user) => onCreated(user));

  const submit = () => {
    const problems: Record<string, string> = {};
    const name = usernameSchema.safeParse(form.username);
    if (!name.success) problems.username = name.error.issues[0].message;
    const all = userCreateSchema.safeParse(toInput());
    if (!all.success) for (const issue of all.error.issues) problems[String(issue.path[0])] ??= issue.message;
    setErrors(problems);
    if (Object.keys(problems).length === 0) create.mutate({ user: toInput() });
  };

  const created = create.data;
  const autoJoined = created ? created.groups.filter((g) => !form.groups.includes(g)) : [];
  return (
    <FormDialog dirty={!created && JSON.stringify(form) !== JSON.stringify(EMPTY)} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>New user</DialogTitle>
      {created ? (
        <DialogContent data-testid="user-created">
          <Alert severity="success" sx={{ mb: 1 }}>
            User {created.username} was created.
          </Alert>
          <Box data-testid="auto-joined">
            {autoJoined.length ? `The platform also added it to: ${autoJoined.join(', ')} (groups that every new user joins).` : 'The platform added it to no other group.'}
          </Box>
        </DialogContent>
      ) : (
        <DialogContent>
          <Box
            component="form"
            id="create-user"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
            sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
          >
            <TextField
              label="Username"
              value={form.username}
              onChange={(e) => set({ username: e.target.value })}
              error={Boolean(errors.username)}
              helperText={errors.username ?? 'Lower-case letters, digits and . - _ @ +'}
              slotProps={{ htmlInput: { 'data-testid': 'new-username' } }}
              autoFocus
            />
            <TextField
              label="Email"
              value={form.email}
              onChange={(e) => set({ email: e.target.value })}
              error={Boolean(errors.email)}
              helperText={errors.email}
              slotProps={{ htmlInput: { 'data-testid': 'new-email' } }}
            />
            <FormControlLabel
              control={<Switch checked={form.internal_password_disabled} onChange={(e) => set({ internal_password_disabled: e.target.checked })} />}
              label="Internal password disabled (SSO only)"
            />
            <TextField
              label="Password"
              type="password"
              autoComplete="new-password"
              disabled={form.internal_password_disabled}
              value={form.password}
              onChange={(e) => set({ password: e.target.value })}
              error={Boolean(errors.password)}
              helperText={errors.password ?? (form.internal_password_disabled ? 'Not needed: the user signs in through SSO' : undefined)}
              slotProps={{ htmlInput: { 'data-testid': 'new-password' } }}
            />
            <GroupPicker multiple instanceId={instanceId} label="Groups" value={form.groups} onChange={(groups) => set({ groups })} testId="new-groups" />
            <FormControlLabel control={<Switch checked={form.admin} onChange={(e) => set({ admin: e.target.checked })} />} label="Administrator" />
            <FormControlLabel control={<Switch checked={form.profile_updatable} onChange={(e) => set({ profile_updatable: e.target.checked })} />} label="Can update own profile" />
            <FormControlLabel control={<Switch checked={form.disable_ui_access} onChange={(e) => set({ disable_ui_access: e.target.checked })} />} label="Disable UI access" />
            {create.error && <ErrorState error={create.error} title="The platform refused the new user" />}
          </Box>
        </DialogContent>
      )}
      <DialogActions>
        {!created && <CurlButton call="users.create" input={() => ({ user: { ...form, password: toInput().password } })} />}
        <Box sx={{ flex: 1 }} />
        {created && <Button onClick={() => onOpenUser(created.username)}>Open user</Button>}
        <Button onClick={onClose}>{created ? 'Close' : 'Cancel'}</Button>
        {!created && (
          <Button type="submit" form="create-user" variant="contained" disabled={create.isPending} data-testid="create-user-submit">
            Create
          </Button>
        )}
      </DialogActions>
    </FormDialog>
  );
}
