// Register or edit a federation target. The form is checked with the contract's schema
// before sending; a failed call keeps the input and shows the platform's message.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { federationCreateSchema, FEDERATION_ENTITIES, type FederationTarget } from '../../../shared/areas/trust/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useCreateFederation, useUpdateFederation } from './api';
import { createInputOf, emptyFederationForm, formOf, patternsOf, type FederationForm } from './federation-form';

interface Props {
  instanceId: string;
  /** Absent: register a new target. */
  editing?: FederationTarget;
  onClose: () => void;
}

export function FederationDialog({ instanceId, editing, onClose }: Props) {
  const initial = editing ? formOf(editing) : emptyFederationForm();
  const [form, setForm] = useState<FederationForm>(initial);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const create = useCreateFederation(instanceId);
  const update = useUpdateFederation(instanceId);
  const busy = create.isPending || update.isPending;
  const failed = editing ? update.error : create.error;
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const set = (patch: Partial<FederationForm>) => setForm((current) => ({ ...current, ...patch }));

  const submit = async () => {
    const checked = federationCreateSchema.safeParse(createInputOf(form));
    if (!checked.success) {
      setIssues(Object.fromEntries(checked.error.issues.map((issue) => [String(issue.path[0] ?? ''), issue.message])));
      return;
    }
    setIssues({});
    try {
      if (editing) {
        const { url, entities, includePatterns, excludePatterns, active } = checked.data;
        await update.mutateAsync({ name: editing.name, changes: { url, entities, includePatterns, excludePatterns, active, spelling: editing.spelling } });
      } else {
        await create.mutateAsync({ target: checked.data });
      }
      onClose();
    } catch {
      // Shown in the dialog; the form keeps what was typed.
    }
  };

  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="federation-title">
      <DialogTitle id="federation-title">{editing ? `Edit federation target ${editing.name}` : 'Register a federation target'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label="Name"
            value={form.name}
            disabled={Boolean(editing)}
            onChange={(e) => set({ name: e.target.value })}
            error={Boolean(issues.name)}
            helperText={issues.name}
          />
          <TextField
            label="Target Access URL"
            value={form.url}
            onChange={(e) => set({ url: e.target.value })}
            error={Boolean(issues.url)}
            helperText={issues.url ?? 'The Access of the other platform, e.g. https://other.example.com/access'}
          />
          <div>
            <FormLabel component="legend" error={Boolean(issues.entities)}>
              Entities to federate
            </FormLabel>
            <FormGroup row>
              {FEDERATION_ENTITIES.map((entity) => (
                <FormControlLabel
                  key={entity}
                  label={entity}
                  control={
                    <Checkbox
                      checked={form.entities.includes(entity)}
                      onChange={(e) => set({ entities: e.target.checked ? [...form.entities, entity] : form.entities.filter((x) => x !== entity) })}
                    />
                  }
                />
              ))}
            </FormGroup>
            {issues.entities ? <Alert severity="error">{issues.entities}</Alert> : null}
          </div>
          <TextField
            label="Permissions to include (patterns)"
            value={form.include}
            multiline
            minRows={2}
            onChange={(e) => set({ include: e.target.value })}
            error={Boolean(issues.includePatterns)}
            helperText={issues.includePatterns ?? 'One per line or comma separated, e.g. team_a_*'}
          />
          <TextField
            label="Permissions to exclude (patterns)"
            value={form.exclude}
            multiline
            minRows={2}
            onChange={(e) => set({ exclude: e.target.value })}
            error={Boolean(issues.excludePatterns)}
            helperText={issues.excludePatterns}
          />
          <FormControlLabel control={<Switch checked={form.active} onChange={(e) => set({ active: e.target.checked })} />} label="Active" />
          {failed ? <ErrorState error={failed} title={editing ? 'The target was not updated' : 'The target was not registered'} /> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        {editing ? (
          <CurlButton
            call="trust.federationUpdate"
            input={() => ({
              name: editing.name,
              changes: {
                url: form.url.trim(),
                entities: form.entities,
                includePatterns: patternsOf(form.include),
                excludePatterns: patternsOf(form.exclude),
                active: form.active,
                spelling: editing.spelling,
              },
            })}
          />
        ) : (
          <CurlButton
            call="trust.federationCreate"
            input={() => ({ target: { ...createInputOf(form), includePatterns: patternsOf(form.include), excludePatterns: patternsOf(form.exclude), active: form.active } })}
          />
        )}
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={busy} onClick={() => void submit()}>
          {editing ? 'Save' : 'Register'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
