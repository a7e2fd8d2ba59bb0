// Create a SCIM group, or replace one (PUT: the member list becomes exactly this), with the
// exact SCIM body shown before it is sent.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { scimGroupFormSchema, type ScimGroup } from '../../../shared/areas/scim/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useScimMutation } from './api';
import { RequestPreview } from './RequestPreview';
import { firstProblem, parseNames } from './scim-forms';

interface Props {
  instanceId: string;
  group?: ScimGroup;
  onClose: () => void;
  onSaved: (group: ScimGroup) => void;
}

export function ScimGroupDialog({ instanceId, group, onClose, onSaved }: Props) {
  const initial = { displayName: group?.displayName ?? '', members: group?.members.map((m) => m.value).join('\n') ?? '' };
  const [form, setForm] = useState(initial);
  const create = useScimMutation(instanceId, 'scim.createGroup', onSaved);
  const replace = useScimMutation(instanceId, 'scim.replaceGroup', onSaved);
  const save = group ? replace : create;
  const value = { displayName: form.displayName.trim(), members: parseNames(form.members) };
  const problem = firstProblem(scimGroupFormSchema, value);
  const dirty = form.displayName !== initial.displayName || form.members !== initial.members;
  const submit = () => {
    if (problem) return;
    if (group) replace.mutate({ displayName: group.displayName, group: value });
    else create.mutate({ group: value });
  };
  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{group ? `Replace ${group.displayName} (PUT)` : 'New SCIM group'}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="scim-group-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}
        >
          <TextField
            label="Display name"
            value={form.displayName}
            disabled={Boolean(group)}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
            helperText={group ? 'A group cannot be renamed through SCIM' : '1–64 characters'}
            slotProps={{ htmlInput: { 'data-testid': 'scim-group-name' } }}
          />
          <TextField
            label="Members"
            multiline
            minRows={3}
            value={form.members}
            onChange={(e) => setForm({ ...form, members: e.target.value })}
            helperText={group ? 'The member list becomes exactly these user names' : 'User names, one per line or separated by commas'}
            slotProps={{ htmlInput: { 'data-testid': 'scim-group-members' } }}
          />
          {group ? (
            <RequestPreview call="scim.replaceGroup" input={{ displayName: group.displayName, group: value }} problem={problem} />
          ) : (
            <RequestPreview call="scim.createGroup" input={{ group: value }} problem={form.displayName ? problem : 'Fill in the display name to see the SCIM body.'} />
          )}
          {save.error && <ErrorState error={save.error} title="The platform refused the group" />}
        </Box>
      </DialogContent>
      <DialogActions>
        {group ? (
          <CurlButton call="scim.replaceGroup" input={() => ({ displayName: group.displayName, group: value })} />
        ) : (
          <CurlButton call="scim.createGroup" input={() => ({ group: value })} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="scim-group-form" variant="contained" disabled={save.isPending} data-testid="scim-group-save">
          {group ? 'Replace' : 'Create'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
