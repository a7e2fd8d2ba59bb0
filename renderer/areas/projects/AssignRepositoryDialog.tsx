// Assign (move) a repository to the project. A repository in another project moves only
// with "force": the platform refuses otherwise, and the dialog says what forcing does.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useState } from 'react';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useProjectMutation, useRepositoryStatus } from './api';
import { RepoPicker, RepoStatusNote } from './RepoPicker';

interface Props {
  instanceId: string;
  projectKey: string;
  /** The project's own repositories (not offered). */
  assigned: ReadonlySet<string>;
  onClose: () => void;
}

export function AssignRepositoryDialog({ instanceId, projectKey, assigned, onClose }: Props) {
  const [repo, setRepo] = useState<string | null>(null);
  const [force, setForce] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const status = useRepositoryStatus(instanceId, repo);
  const elsewhere = status.data?.assigned_to && status.data.assigned_to !== projectKey ? status.data.assigned_to : null;
  const assign = useProjectMutation(instanceId, 'projects.assignRepository', onClose);
  const submit = () => {
    if (!repo) return setProblem('Choose a repository');
    setProblem(undefined);
    assign.mutate({ repo, key: projectKey, force });
  };
  return (
    <FormDialog dirty={Boolean(repo)} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="assign-repo-title">
      <DialogTitle id="assign-repo-title">Assign a repository to {projectKey}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="assign-repo"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
          data-testid="assign-repo-dialog"
        >
          <RepoPicker
            instanceId={instanceId}
            value={repo}
            onChange={(next) => {
              setRepo(next);
              setForce(false);
            }}
            exclude={assigned}
            error={problem}
          />
          <RepoStatusNote instanceId={instanceId} repo={repo} />
          {elsewhere && (
            <Alert severity="warning" data-testid="assign-force-note">
              {repo} belongs to the project {elsewhere}. Moving it takes it out of {elsewhere}: members of {elsewhere} lose what their roles there gave them on it, and members of{' '}
              {projectKey} gain it. Without &quot;force&quot; the platform refuses the move.
              <FormControlLabel
                sx={{ display: 'flex', mt: 0.5 }}
                control={<Checkbox size="small" checked={force} onChange={(e) => setForce(e.target.checked)} data-testid="assign-force" />}
                label={`Move it from ${elsewhere} (force)`}
              />
            </Alert>
          )}
          {assign.error && <ErrorState error={assign.error} title="The platform refused the assignment" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="projects.assignRepository" input={() => ({ repo: repo ?? 'repository', key: projectKey, force })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="assign-repo" variant="contained" disabled={assign.isPending} data-testid="assign-save">
          {elsewhere && force ? 'Move' : 'Assign'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
