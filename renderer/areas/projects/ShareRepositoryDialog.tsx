// Share a repository with this project or with every project, read-only or not. Members
// of the projects it is shared with get what their roles there allow on it.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useProjectMutation, useRepositoryStatus } from './api';
import { RepoPicker, RepoStatusNote } from './RepoPicker';

interface Props {
  instanceId: string;
  projectKey: string;
  /** Keys the project already sees (its own and those shared with it). */
  exclude: ReadonlySet<string>;
  /** A repository to share with every project (from its row), or none: pick one to share with this project. */
  repo?: string;
  onClose: () => void;
}

export function ShareRepositoryDialog({ instanceId, projectKey, exclude, repo: fixed, onClose }: Props) {
  const [repo, setRepo] = useState<string | null>(fixed ?? null);
  const [target, setTarget] = useState<'project' | 'all'>(fixed ? 'all' : 'project');
  const [readOnly, setReadOnly] = useState(true);
  const [problem, setProblem] = useState<string | undefined>();
  const status = useRepositoryStatus(instanceId, repo);
  const own = status.data?.assigned_to === projectKey;
  const one = useProjectMutation(instanceId, 'projects.shareRepository', onClose);
  const all = useProjectMutation(instanceId, 'projects.shareRepositoryWithAll', onClose);
  const save = target === 'all' ? all : one;
  const submit = () => {
    if (!repo) return setProblem('Choose a repository');
    if (target === 'project' && own) return setProblem(`${repo} is assigned to ${projectKey}: it cannot be shared with its own project`);
    setProblem(undefined);
    if (target === 'all') all.mutate({ repo, readOnly });
    else one.mutate({ repo, key: projectKey, readOnly });
  };
  return (
    <FormDialog dirty={Boolean(repo) && !fixed} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="share-repo-title">
      <DialogTitle id="share-repo-title">{fixed ? `Share ${fixed}` : `Share a repository with ${projectKey}`}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="share-repo"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: 1 }}
          data-testid="share-repo-dialog"
        >
          {!fixed && <RepoPicker instanceId={instanceId} value={repo} onChange={setRepo} exclude={exclude} error={problem} />}
          <RepoStatusNote instanceId={instanceId} repo={repo} />
          <RadioGroup value={target} onChange={(e) => setTarget(e.target.value as 'project' | 'all')}>
            {!fixed && <FormControlLabel value="project" control={<Radio size="small" />} label={`With ${projectKey}`} />}
            <FormControlLabel value="all" control={<Radio size="small" />} label="With all projects (present and future)" />
          </RadioGroup>
          <FormControlLabel
            control={<Checkbox size="small" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} data-testid="share-read-only" />}
            label="Read-only"
          />
          <Typography variant="caption" color="text.secondary">
            Members of the projects it is shared with get what their roles allow on it; read-only keeps them from deploying, overwriting or deleting (Artifactory 7.94 or later;
            older versions share with full rights).
          </Typography>
          {fixed && problem && (
            <Typography color="error" variant="body2">
              {problem}
            </Typography>
          )}
          {save.error && <ErrorState error={save.error} title="The platform refused to share it" />}
        </Box>
      </DialogContent>
      <DialogActions>
        {target === 'all' ? (
          <CurlButton call="projects.shareRepositoryWithAll" input={() => ({ repo: repo ?? 'repository', readOnly })} />
        ) : (
          <CurlButton call="projects.shareRepository" input={() => ({ repo: repo ?? 'repository', key: projectKey, readOnly })} />
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="share-repo" variant="contained" disabled={save.isPending} data-testid="share-save">
          Share
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
