// Create or edit a custom role: its environments (global and the project's own) and its
// actions, grouped by what they act on. Actions a newer platform holds that Lilypad does
// not list are shown and kept. Checked with the contract's schema before sending.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { customRoleSchema, type CustomRoleInput, type ProjectRole } from '../../../shared/areas/projects/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useProjectMutation } from './api';
import type { EnvironmentRow } from './environments';
import { ACTION_GROUPS, actionLabel, groupState, toggleGroup, unknownActions } from './role-actions';

interface Props {
  instanceId: string;
  projectKey: string;
  environments: readonly EnvironmentRow[];
  /** Absent: create. */
  role?: ProjectRole;
  onClose: () => void;
}

export function RoleDialog({ instanceId, projectKey, environments, role, onClose }: Props) {
  const [start] = useState<CustomRoleInput>(() => ({
    name: role?.name ?? '',
    description: role?.description ?? '',
    type: 'CUSTOM',
    environments: role?.environments ?? [],
    actions: role?.actions ?? [],
  }));
  const [form, setForm] = useState(start);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const create = useProjectMutation(instanceId, 'projects.createRole', onClose);
  const update = useProjectMutation(instanceId, 'projects.updateRole', onClose);
  const save = role ? update : create;
  const chosen = new Set(form.actions);
  const toInput = () => ({ ...form, description: form.description || undefined, type: 'CUSTOM' as const });
  const toggle = (list: 'environments' | 'actions', value: string) =>
    setForm((f) => ({ ...f, [list]: f[list].includes(value) ? f[list].filter((v) => v !== value) : [...f[list], value] }));
  const submit = () => {
    const parsed = customRoleSchema.safeParse(toInput());
    const found: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    setProblems(found);
    if (!parsed.success) return;
    if (role) update.mutate({ key: projectKey, role: parsed.data });
    else create.mutate({ key: projectKey, role: parsed.data });
  };
  const extra = unknownActions(form.actions);
  const dirty = JSON.stringify(form) !== JSON.stringify(start);
  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="role-dialog-title">
      <DialogTitle id="role-dialog-title">{role ? `Edit the role ${role.name}` : `New role in ${projectKey}`}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="role-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
          data-testid="role-dialog"
        >
          <Box sx={{ display: 'flex', gap: 2 }}>
            <TextField
              label="Name"
              value={form.name}
              disabled={Boolean(role)}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              error={Boolean(problems.name)}
              helperText={problems.name ?? (role ? 'A role cannot be renamed' : '1–64 characters')}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'role-name' } }}
              autoFocus={!role}
            />
            <TextField
              label="Description"
              value={form.description ?? ''}
              onChange={(e) => setForm({ ...form, description: e.target.value })}
              error={Boolean(problems.description)}
              helperText={problems.description}
              sx={{ flex: 2 }}
              slotProps={{ htmlInput: { 'data-testid': 'role-description' } }}
            />
          </Box>
          <Box>
            <FormLabel component="legend" sx={{ fontSize: 14 }}>
              Environments the role applies to
            </FormLabel>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }} data-testid="role-environments">
              {environments.map((env) => (
                <FormControlLabel
                  key={env.name}
                  control={<Checkbox size="small" checked={form.environments.includes(env.name)} onChange={() => toggle('environments', env.name)} />}
                  label={
                    <span>
                      {env.name}
                      {env.scope === 'global' ? (
                        <Typography component="span" variant="caption" color="text.secondary">
                          {' '}
                          (global)
                        </Typography>
                      ) : null}
                    </span>
                  }
                />
              ))}
              {form.environments
                .filter((name) => !environments.some((env) => env.name === name))
                .map((name) => (
                  <FormControlLabel
                    key={name}
                    control={<Checkbox size="small" checked onChange={() => toggle('environments', name)} />}
                    label={`${name} (not listed by the platform)`}
                  />
                ))}
            </Box>
            {problems.environments && <FormHelperText error>{problems.environments}</FormHelperText>}
          </Box>
          <Box>
            <FormLabel component="legend" sx={{ fontSize: 14 }}>
              Actions ({form.actions.length} chosen)
            </FormLabel>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 1.5, mt: 0.5 }} data-testid="role-actions">
              {ACTION_GROUPS.map((group) => {
                const state = groupState(group, chosen);
                return (
                  <Box key={group.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }} data-testid={`action-group-${group.id}`}>
                    <FormControlLabel
                      control={
                        <Checkbox
                          size="small"
                          checked={state === 'all'}
                          indeterminate={state === 'some'}
                          onChange={() => setForm((f) => ({ ...f, actions: toggleGroup(group, f.actions) }))}
                        />
                      }
                      label={<Typography variant="subtitle2">{group.label}</Typography>}
                    />
                    {group.actions.map((action) => (
                      <FormControlLabel
                        key={action}
                        sx={{ display: 'flex', ml: 1.5 }}
                        control={<Checkbox size="small" checked={chosen.has(action)} onChange={() => toggle('actions', action)} slotProps={{ input: { 'aria-label': action } }} />}
                        label={
                          <Typography variant="body2" title={action}>
                            {actionLabel(action)}
                          </Typography>
                        }
                      />
                    ))}
                  </Box>
                );
              })}
            </Box>
            {extra.length > 0 && (
              <Typography variant="caption" color="text.secondary">
                Kept as they are (not listed by Lilypad): {extra.join(', ')}
              </Typography>
            )}
            {problems.actions && <FormHelperText error>{problems.actions}</FormHelperText>}
          </Box>
          {save.error && <ErrorState error={save.error} title="The platform refused the role" />}
        </Box>
      </DialogContent>
      <DialogActions>
        {role ? (
          <CurlButton call="projects.updateRole" input={() => ({ key: projectKey, role: toInput() })} />
        ) : (
          <CurlButton call="projects.createRole" input={() => ({ key: projectKey, role: toInput() })} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="role-form" variant="contained" disabled={save.isPending || (Boolean(role) && !dirty)} data-testid="role-save">
          {role ? 'Save' : 'Create role'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
