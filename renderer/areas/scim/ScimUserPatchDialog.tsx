// PATCH a SCIM user: activate or deactivate, change the primary e-mail, add to or remove
// from groups, as the PatchOp operations the form builds (shown before they are sent).
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ScimUser } from '../../../shared/areas/scim/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useScimMutation } from './api';
import { RequestPreview } from './RequestPreview';
import { emptyUserPatch, userChangesOf, userChangesProblem, type ActiveChoice } from './scim-forms';

interface Props {
  instanceId: string;
  user: ScimUser;
  /** Preset for the quick actions (Deactivate / Activate). */
  preset?: ActiveChoice;
  onClose: () => void;
  onSaved: (user: ScimUser) => void;
}

export function ScimUserPatchDialog({ instanceId, user, preset, onClose, onSaved }: Props) {
  const [form, setForm] = useState({ ...emptyUserPatch(), ...(preset ? { active: preset } : {}) });
  const patch = useScimMutation(instanceId, 'scim.patchUser', onSaved);
  const changes = userChangesOf(form, user);
  const problem = userChangesProblem(changes);
  const dirty = form.email !== '' || form.addGroups !== '' || form.removeGroups !== '' || form.active !== (preset ?? 'keep');
  const input = { userName: user.userName, changes };
  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>Patch {user.userName}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="scim-patch-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!problem) patch.mutate(input);
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}
        >
          <TextField
            select
            label="Active"
            value={form.active}
            onChange={(e) => setForm({ ...form, active: e.target.value as ActiveChoice })}
            slotProps={{ htmlInput: { 'data-testid': 'scim-patch-active' } }}
          >
            <MenuItem value="keep">Keep as it is ({user.active ? 'active' : 'inactive'})</MenuItem>
            <MenuItem value="active">Activate</MenuItem>
            <MenuItem value="inactive">Deactivate</MenuItem>
          </TextField>
          <TextField
            label="New primary e-mail"
            value={form.email}
            placeholder={user.emails[0]?.value ?? ''}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            helperText="Empty keeps the current e-mail"
            slotProps={{ htmlInput: { 'data-testid': 'scim-patch-email' } }}
          />
          <TextField
            label="Add to groups"
            value={form.addGroups}
            onChange={(e) => setForm({ ...form, addGroups: e.target.value })}
            helperText="Group names, separated by commas or spaces"
            slotProps={{ htmlInput: { 'data-testid': 'scim-patch-add' } }}
          />
          <TextField
            label="Remove from groups"
            value={form.removeGroups}
            onChange={(e) => setForm({ ...form, removeGroups: e.target.value })}
            helperText={user.groups.length ? `Now in: ${user.groups.join(', ')}` : 'In no group'}
            slotProps={{ htmlInput: { 'data-testid': 'scim-patch-remove' } }}
          />
          <RequestPreview call="scim.patchUser" input={input} problem={problem} />
          {patch.error && <ErrorState error={patch.error} title="The platform refused the change" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="scim.patchUser" input={() => input} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="scim-patch-form" variant="contained" disabled={patch.isPending || Boolean(problem)} data-testid="scim-patch-save">
          Send PATCH
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
