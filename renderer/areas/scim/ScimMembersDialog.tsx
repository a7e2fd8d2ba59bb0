// PATCH a SCIM group's members: add and remove user names, as PatchOp operations shown
// before they are sent.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { ScimGroup } from '../../../shared/areas/scim/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useScimMutation } from './api';
import { RequestPreview } from './RequestPreview';
import { memberChangesOf, memberChangesProblem } from './scim-forms';

interface Props {
  instanceId: string;
  group: ScimGroup;
  onClose: () => void;
  onSaved: (group: ScimGroup) => void;
}

export function ScimMembersDialog({ instanceId, group, onClose, onSaved }: Props) {
  const [form, setForm] = useState({ add: '', remove: '' });
  const patch = useScimMutation(instanceId, 'scim.patchGroup', onSaved);
  const changes = memberChangesOf(form);
  const problem = memberChangesProblem(changes);
  const input = { displayName: group.displayName, changes };
  return (
    <FormDialog dirty={form.add !== '' || form.remove !== ''} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>Members of {group.displayName}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="scim-members-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!problem) patch.mutate(input);
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}
        >
          <TextField
            label="Add"
            value={form.add}
            onChange={(e) => setForm({ ...form, add: e.target.value })}
            helperText="User names, separated by commas or spaces"
            slotProps={{ htmlInput: { 'data-testid': 'scim-members-add' } }}
          />
          <TextField
            label="Remove"
            value={form.remove}
            onChange={(e) => setForm({ ...form, remove: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': 'scim-members-remove' } }}
          />
          <RequestPreview call="scim.patchGroup" input={input} problem={problem} />
          {patch.error && <ErrorState error={patch.error} title="The platform refused the change" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="scim.patchGroup" input={() => input} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="scim-members-form" variant="contained" disabled={patch.isPending || Boolean(problem)} data-testid="scim-members-save">
          Send PATCH
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
