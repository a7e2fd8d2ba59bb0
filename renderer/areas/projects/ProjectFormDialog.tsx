// Create or edit a project. The key is checked with the contract's own schema before
// anything is sent; a refusal from the platform keeps the form as typed. An edit is a PUT
// of the whole project: the form starts from the project as read, and what it does not
// show goes back unchanged.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { isCloud } from '../../../shared/areas/instances/platform-kind';
import { ADMIN_PRIVILEGES, MANAGE_REMOTE_REPOSITORY_SINCE, type Project } from '../../../shared/areas/projects/model';
import { isOlderThan } from '../../../shared/areas/system/version';
import { useActiveInstance } from '../../app/active-instance';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { usePlatformVersion, useProjectMutation } from './api';
import { asSent, EMPTY_FORM, formOf, formProblems, isDirty, PRIVILEGE_LABELS, toProjectInput, type ProjectForm } from './project-form';

interface Props {
  instanceId: string;
  /** Absent: create. */
  project?: Project;
  onClose: () => void;
  onSaved: (project: Project) => void;
}

export function ProjectFormDialog({ instanceId, project, onClose, onSaved }: Props) {
  const instance = useActiveInstance();
  const version = usePlatformVersion(instanceId).data?.version;
  const [start] = useState<ProjectForm>(() => (project ? formOf(project) : EMPTY_FORM));
  const [form, setForm] = useState(start);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const create = useProjectMutation(instanceId, 'projects.create', onSaved);
  const update = useProjectMutation(instanceId, 'projects.update', onSaved);
  const save = project ? update : create;
  const cloud = instance ? isCloud(instance) : false;
  const remoteUnsupported = version !== undefined && isOlderThan(version, MANAGE_REMOTE_REPOSITORY_SINCE) && project?.admin_privileges.manage_remote_repository === undefined;
  const set = (patch: Partial<ProjectForm>) => setForm((f) => ({ ...f, ...patch }));
  const setFlag = (name: (typeof ADMIN_PRIVILEGES)[number], value: boolean) =>
    setForm((f) => ({ ...f, privileges: { ...f.privileges, [name]: value, ...(name === 'manage_resources' && !value ? { manage_remote_repository: false } : {}) } }));

  const submit = () => {
    const found = formProblems(form, project);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const input = toProjectInput(form, project);
    if (project) update.mutate({ key: project.project_key, project: input });
    else create.mutate({ project: input });
  };

  return (
    <FormDialog dirty={isDirty(form, start)} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="project-form-title">
      <DialogTitle id="project-form-title">{project ? `Edit ${project.project_key}` : 'New project'}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="project-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
        >
          <TextField
            label="Project key"
            value={form.key}
            disabled={Boolean(project)}
            onChange={(e) => set({ key: e.target.value })}
            error={Boolean(problems.key)}
            helperText={
              problems.key ??
              (project
                ? 'A project key cannot be changed'
                : "2–32 characters: lower-case letters, digits and hyphens, starting with a letter. It prefixes the project's resources.")
            }
            slotProps={{ htmlInput: { 'data-testid': 'project-key' } }}
            autoFocus={!project}
          />
          <TextField
            label="Display name"
            value={form.displayName}
            onChange={(e) => set({ displayName: e.target.value })}
            error={Boolean(problems.displayName)}
            helperText={problems.displayName ?? '1–128 characters'}
            slotProps={{ htmlInput: { 'data-testid': 'project-display-name' } }}
            autoFocus={Boolean(project)}
          />
          <TextField
            label="Description"
            value={form.description}
            multiline
            minRows={2}
            onChange={(e) => set({ description: e.target.value })}
            error={Boolean(problems.description)}
            helperText={problems.description}
            slotProps={{ htmlInput: { 'data-testid': 'project-description' } }}
          />
          <Box>
            <FormLabel component="legend" sx={{ fontSize: 14 }}>
              What project admins may do
            </FormLabel>
            <FormGroup>
              {ADMIN_PRIVILEGES.map((name) => {
                const blocked = name === 'manage_remote_repository' && (remoteUnsupported || !form.privileges.manage_resources);
                return (
                  <FormControlLabel
                    key={name}
                    control={<Checkbox size="small" checked={form.privileges[name]} disabled={blocked} onChange={(e) => setFlag(name, e.target.checked)} />}
                    label={
                      <Box>
                        <Typography variant="body2">{PRIVILEGE_LABELS[name].label}</Typography>
                        <Typography variant="caption" color="text.secondary">
                          {name === 'manage_remote_repository' && remoteUnsupported
                            ? `Needs Artifactory ${MANAGE_REMOTE_REPOSITORY_SINCE} or later; this instance runs ${version}`
                            : PRIVILEGE_LABELS[name].help}
                        </Typography>
                      </Box>
                    }
                    sx={{ alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.25 } }}
                  />
                );
              })}
            </FormGroup>
            {problems.privileges && <FormHelperText error>{problems.privileges}</FormHelperText>}
          </Box>
          <Box>
            <FormLabel component="legend" sx={{ fontSize: 14 }}>
              Storage quota
            </FormLabel>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', mt: 0.5 }}>
              <FormControlLabel control={<Switch checked={form.unlimited} onChange={(e) => set({ unlimited: e.target.checked })} />} label="Unlimited" />
              <TextField
                size="small"
                label="Quota"
                value={form.quotaGib}
                disabled={form.unlimited}
                onChange={(e) => set({ quotaGib: e.target.value })}
                error={Boolean(problems.quota)}
                helperText={problems.quota ?? 'Whole GiB (1 GiB = 1,073,741,824 bytes); sent to the platform in bytes'}
                slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'project-quota' }, input: { endAdornment: <InputAdornment position="end">GiB</InputAdornment> } }}
                sx={{ flex: 1 }}
              />
            </Box>
            {!cloud && (
              <FormControlLabel
                control={<Switch checked={form.blockAtLimit} disabled={form.unlimited} onChange={(e) => set({ blockAtLimit: e.target.checked })} />}
                label="Block deployments when the quota is reached (self-hosted only)"
              />
            )}
            <FormControlLabel
              control={<Switch checked={form.emailNotification} onChange={(e) => set({ emailNotification: e.target.checked })} />}
              label="E-mail the project admins at 75% and 95% of the quota"
            />
          </Box>
          {project && (Object.keys(project.other).length > 0 || Object.keys(project.admin_privileges).some((flag) => !(ADMIN_PRIVILEGES as readonly string[]).includes(flag))) && (
            <Typography variant="caption" color="text.secondary" data-testid="project-kept-fields">
              Kept as they are:{' '}
              {[...Object.keys(project.admin_privileges).filter((flag) => !(ADMIN_PRIVILEGES as readonly string[]).includes(flag)), ...Object.keys(project.other)].join(', ')}{' '}
              (settings this form does not show).
            </Typography>
          )}
          {save.error && <ErrorState error={save.error} title={project ? 'The platform refused the change' : 'The platform refused the new project'} />}
        </Box>
      </DialogContent>
      <DialogActions>
        {project ? (
          <CurlButton call="projects.update" input={() => ({ key: project.project_key, project: asSent(toProjectInput(form, project)) })} />
        ) : (
          <CurlButton call="projects.create" input={() => ({ project: asSent(toProjectInput(form)) })} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="project-form" variant="contained" disabled={save.isPending || (Boolean(project) && !isDirty(form, start))} data-testid="project-save">
          {project ? 'Save' : 'Create'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
