// Create or edit a group. Auto join and admin privileges exclude each other (Access
// refuses both): turning one on disables the other, and the form says why. Edits send
// only the changed fields.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { groupCreateSchema, type GroupDetails, type GroupUpdate } from '../../../shared/areas/groups/model';
import { useGroupMutation } from './api';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { CurlButton } from '../../components/CurlButton';

interface Form {
  name: string;
  description: string;
  auto_join: boolean;
  admin_privileges: boolean;
  external_id: string;
}

interface Props {
  instanceId: string;
  /** Absent: create. */
  group?: GroupDetails;
  onClose: () => void;
  onSaved: (group: GroupDetails) => void;
}

export function changedGroupFields(before: Form, after: Form): GroupUpdate {
  const out: GroupUpdate = {};
  if (after.description !== before.description) out.description = after.description;
  if (after.auto_join !== before.auto_join) out.auto_join = after.auto_join;
  if (after.admin_privileges !== before.admin_privileges) out.admin_privileges = after.admin_privileges;
  if (after.external_id !== before.external_id) out.external_id = after.external_id;
  return out;
}

export function GroupFormDialog({ instanceId, group, onClose, onSaved }: Props) {
  const initial: Form = {
    name: group?.name ?? '',
    description: group?.description ?? '',
    auto_join: group?.auto_join ?? false,
    admin_privileges: group?.admin_privileges ?? false,
    external_id: group?.external_id ?? '',
  };
  const [form, setForm] = useState(initial);
  const [nameError, setNameError] = useState<string | null>(null);
  const changes = changedGroupFields(initial, form);
  const update = useGroupMutation(instanceId, 'groups.update', onSaved);
  const create = useGroupMutation(instanceId, 'groups.create', onSaved);
  const save = group ? update : create;
  const submit = () => {
    if (!group) {
      const parsed = groupCreateSchema.safeParse({ name: form.name });
      if (!parsed.success) return setNameError(parsed.error.issues[0].message);
    }
    setNameError(null);
    if (group) update.mutate({ name: group.name, changes });
    else create.mutate({ group: { ...form, external_id: form.external_id || undefined, description: form.description || undefined } });
  };
  const both = 'A group cannot both join new users automatically and grant admin privileges';
  return (
    <FormDialog dirty={form.name !== initial.name || Object.keys(changedGroupFields(initial, form)).length > 0} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{group ? `Edit ${group.name}` : 'New group'}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="group-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}
        >
          <TextField
            label="Name"
            value={form.name}
            disabled={Boolean(group)}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            error={Boolean(nameError)}
            helperText={nameError ?? (group ? 'A group cannot be renamed' : '1–64 characters')}
            slotProps={{ htmlInput: { 'data-testid': 'group-name' } }}
          />
          <TextField
            label="Description"
            value={form.description}
            multiline
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': 'group-description' } }}
          />
          <TextField label="External ID" value={form.external_id} onChange={(e) => setForm({ ...form, external_id: e.target.value })} />
          {group && <TextField label="Realm" value={group.realm ?? 'internal'} disabled helperText="Set by the platform" />}
          <Box>
            <FormControlLabel
              control={<Switch checked={form.auto_join} disabled={form.admin_privileges} onChange={(e) => setForm({ ...form, auto_join: e.target.checked })} />}
              label="Add every new user automatically (auto join)"
            />
            <FormControlLabel
              control={<Switch checked={form.admin_privileges} disabled={form.auto_join} onChange={(e) => setForm({ ...form, admin_privileges: e.target.checked })} />}
              label="Admin privileges"
            />
            <FormHelperText data-testid="group-exclusive-hint">{both}: turning one on disables the other.</FormHelperText>
          </Box>
          {save.error && <ErrorState error={save.error} title="The platform refused the group" />}
        </Box>
      </DialogContent>
      <DialogActions>
        {group ? (
          <CurlButton call="groups.update" input={() => ({ name: group.name, changes })} />
        ) : (
          <CurlButton call="groups.create" input={() => ({ group: { ...form, members: [] } })} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="group-form" variant="contained" disabled={save.isPending || (Boolean(group) && Object.keys(changes).length === 0)} data-testid="group-save">
          {group ? 'Save' : 'Create'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
