// Environments: the global ones (DEV, PROD and any the platform adds; read-only here) and
// the project's own, named `<projectKey>-<name>`: create, rename, delete. Names are
// checked with the contract's rule (the prefix counted in the 32 characters) before sending.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { isForbidden } from '../../app/instance-access';
import { useActiveInstance } from '../../app/active-instance';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useGlobalEnvironments, useProjectEnvironments, useProjectMutation } from './api';
import { environmentProblem, localPart } from './environments';

interface Props {
  instanceId: string;
  projectKey: string;
  blockedReason?: string;
}

export function EnvironmentsTab({ instanceId, projectKey, blockedReason }: Props) {
  const instance = useActiveInstance();
  const globals = useGlobalEnvironments(instanceId);
  const own = useProjectEnvironments(instanceId, projectKey);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const create = useProjectMutation(instanceId, 'projects.createEnvironment', () => setName(''));
  const remove = useProjectMutation(instanceId, 'projects.deleteEnvironment', () => setDeleting(null));

  if (own.error && isForbidden(own.error)) {
    return <EmptyState title="Needs admin permissions" description="The platform refuses to show this project's environments to this credential (HTTP 403)." />;
  }
  const submit = () => {
    const found = environmentProblem(projectKey, name.trim());
    setProblem(found);
    if (!found) create.mutate({ key: projectKey, name: name.trim() });
  };
  return (
    <Box data-testid="project-environments">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        Global environments
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
        Shared by every project; the platform administrator manages them.
      </Typography>
      {globals.error && <ErrorState error={globals.error} title="Could not list the global environments" />}
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mb: 3 }} data-testid="global-environments">
        {(globals.data ?? []).map((env) => (
          <Chip key={env} label={env} size="small" />
        ))}
      </Box>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        Environments of {projectKey}
      </Typography>
      {own.error && <ErrorState error={own.error} title="Could not list the project's environments" onRetry={() => void own.refetch()} />}
      {own.isLoading && <LoadingState label="Loading the environments…" />}
      {own.data && own.data.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          None yet.
        </Typography>
      )}
      {own.data?.map((env) => (
        <Box key={env} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5, borderBottom: 1, borderColor: 'divider' }} data-testid="environment-row" data-name={env}>
          <Typography variant="body2" sx={{ flex: 1, fontFamily: 'monospace' }}>
            {env}
          </Typography>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setRenaming(env)} data-testid="environment-rename">
            Rename
          </GuardedButton>
          <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => setDeleting(env)} data-testid="environment-delete">
            Delete
          </GuardedButton>
        </Box>
      ))}
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 2 }}
      >
        <TextField
          size="small"
          label="New environment"
          value={name}
          disabled={Boolean(blockedReason)}
          onChange={(e) => {
            setName(e.target.value);
            setProblem(null);
          }}
          error={Boolean(problem)}
          helperText={problem ?? 'A letter, then letters, digits and hyphens; 32 characters at most with the prefix'}
          sx={{ flex: 1 }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start">{projectKey}-</InputAdornment> }, htmlInput: { 'data-testid': 'environment-name' } }}
        />
        <GuardedButton type="submit" variant="contained" blockedReason={blockedReason} disabled={!name.trim() || create.isPending} data-testid="environment-create">
          Create
        </GuardedButton>
        <CurlButton call="projects.createEnvironment" input={() => ({ key: projectKey, name: name.trim() || 'name' })} />
      </Box>
      {create.error && (
        <Box sx={{ mt: 1 }}>
          <ErrorState error={create.error} title="The platform refused the environment" />
        </Box>
      )}
      {renaming && <RenameDialog instanceId={instanceId} projectKey={projectKey} environment={renaming} onClose={() => setRenaming(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the environment ${deleting ?? ''}`}
        instance={instance}
        destructive
        confirmLabel="Delete"
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ key: projectKey, environment: deleting })}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        message={
          <>
            Roles and repositories of {projectKey} that use {deleting} no longer do.
            {remove.error && (
              <Box sx={{ mt: 1 }}>
                <ErrorState error={remove.error} title="The platform refused" />
              </Box>
            )}
            {deleting && (
              <Box sx={{ mt: 1 }}>
                <CurlButton call="projects.deleteEnvironment" input={() => ({ key: projectKey, environment: deleting })} />
              </Box>
            )}
          </>
        }
      />
    </Box>
  );
}

function RenameDialog({ instanceId, projectKey, environment, onClose }: { instanceId: string; projectKey: string; environment: string; onClose: () => void }) {
  const start = localPart(projectKey, environment);
  const [name, setName] = useState(start);
  const [problem, setProblem] = useState<string | null>(null);
  const rename = useProjectMutation(instanceId, 'projects.renameEnvironment', onClose);
  const submit = () => {
    const found = environmentProblem(projectKey, name.trim());
    setProblem(found);
    if (!found) rename.mutate({ key: projectKey, environment, newName: name.trim() });
  };
  return (
    <FormDialog dirty={name !== start} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="rename-env-title">
      <DialogTitle id="rename-env-title">Rename {environment}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="rename-env"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ pt: 1 }}
        >
          <TextField
            fullWidth
            autoFocus
            label="New name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
            error={Boolean(problem)}
            helperText={problem ?? 'Roles and repositories follow the new name'}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">{projectKey}-</InputAdornment> }, htmlInput: { 'data-testid': 'environment-new-name' } }}
          />
          {rename.error && (
            <Box sx={{ mt: 1 }}>
              <ErrorState error={rename.error} title="The platform refused the new name" />
            </Box>
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="projects.renameEnvironment" input={() => ({ key: projectKey, environment, newName: name.trim() })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="rename-env" variant="contained" disabled={rename.isPending || name === start} data-testid="environment-rename-save">
          Rename
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
