// Create a SCIM user, or replace one (PUT): user name, primary e-mail, active, with the
// exact SCIM body shown before it is sent.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { scimUserFormSchema, type ScimUser } from '../../../shared/areas/scim/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useScimMutation } from './api';
import { RequestPreview } from './RequestPreview';
import { firstProblem } from './scim-forms';

interface Props {
  instanceId: string;
  /** Absent: create. */
  user?: ScimUser;
  onClose: () => void;
  onSaved: (user: ScimUser) => void;
}

export function ScimUserDialog({ instanceId, user, onClose, onSaved }: Props) {
  const initial = { userName: user?.userName ?? '', email: (user?.emails.find((e) => e.primary) ?? user?.emails[0])?.value ?? '', active: user?.active ?? true };
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const create = useScimMutation(instanceId, 'scim.createUser', onSaved);
  const replace = useScimMutation(instanceId, 'scim.replaceUser', onSaved);
  const save = user ? replace : create;
  const problem = firstProblem(scimUserFormSchema, form);
  const dirty = form.userName !== initial.userName || form.email !== initial.email || form.active !== initial.active;
  const submit = () => {
    setTried(true);
    if (problem) return;
    if (user) replace.mutate({ userName: user.userName, user: form });
    else create.mutate({ user: form });
  };
  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{user ? `Replace ${user.userName} (PUT)` : 'New SCIM user'}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="scim-user-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}
        >
          <TextField
            label="User name"
            value={form.userName}
            disabled={Boolean(user)}
            onChange={(e) => setForm({ ...form, userName: e.target.value })}
            helperText={user ? 'A user cannot be renamed' : 'Letters, digits and . - _ @ +; the platform stores it in lower case'}
            slotProps={{ htmlInput: { 'data-testid': 'scim-user-name' } }}
          />
          <TextField
            label="Primary e-mail"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': 'scim-user-email' } }}
          />
          <FormControlLabel control={<Switch checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} />} label="Active" />
          {user ? (
            <RequestPreview call="scim.replaceUser" input={{ userName: user.userName, user: { ...form } }} problem={problem} />
          ) : (
            <RequestPreview
              call="scim.createUser"
              input={{ user: { ...form } }}
              problem={tried || form.userName || form.email ? problem : 'Fill in the user name and e-mail to see the SCIM body.'}
            />
          )}
          {save.error && <ErrorState error={save.error} title="The platform refused the user" />}
        </Box>
      </DialogContent>
      <DialogActions>
        {user ? (
          <CurlButton call="scim.replaceUser" input={() => ({ userName: user.userName, user: { ...form } })} />
        ) : (
          <CurlButton call="scim.createUser" input={() => ({ user: { ...form } })} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="scim-user-form" variant="contained" disabled={save.isPending} data-testid="scim-user-save">
          {user ? 'Replace' : 'Create'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
