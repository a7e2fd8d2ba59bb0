// Deleting a project, with the key typed to confirm (and the instance name on production).
// The platform refuses to delete a project that still has repositories assigned (JFrog's
// Terraform provider unassigns them first): the dialog says which, and can unassign them
// first. Repositories are never deleted: they stay, in no project.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Project } from '../../../shared/areas/projects/model';
import { describeApiError } from '../../../shared/errors';
import { apiErrorOf } from '../../api/bridge';
import { callInstance } from '../../api/hooks';
import { useActiveInstance } from '../../app/active-instance';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { runBulk, type BulkItemResult } from '../../components/bulk/run-bulk';
import { useProjectMutation, useProjectRepositories } from './api';

interface Props {
  instanceId: string;
  project: Project;
  onClose: () => void;
  onDeleted: () => void;
}

const describe = (error: unknown) => {
  const apiError = apiErrorOf(error);
  return apiError
    ? describeApiError(apiError) + (apiError.platformMessage && apiError.platformMessage !== apiError.message ? ` — ${apiError.platformMessage}` : '')
    : String(error);
};

export function DeleteProjectDialog({ instanceId, project, onClose, onDeleted }: Props) {
  const instance = useActiveInstance();
  const key = project.project_key;
  const repos = useProjectRepositories(instanceId, key);
  const assigned = (repos.data ?? []).filter((repo) => repo.relation === 'assigned').map((repo) => repo.key);
  const shared = (repos.data ?? []).filter((repo) => repo.relation === 'shared' && repo.status?.shared_with_projects.includes(key)).map((repo) => repo.key);
  const [unassignFirst, setUnassignFirst] = useState(true);
  const [failures, setFailures] = useState<BulkItemResult[]>([]);
  const [unassigning, setUnassigning] = useState(false);
  const remove = useProjectMutation(instanceId, 'projects.delete', () => onDeleted());

  const confirm = async () => {
    setFailures([]);
    if (unassignFirst && assigned.length > 0) {
      setUnassigning(true);
      // One entry of the activity log for the run (its calls carry the run's tags).
      const results = await runBulk(assigned, (repo, tags) => callInstance(instanceId, 'projects.unassignRepository', { repo }, tags), {
        concurrency: 4,
        describeError: describe,
        label: `Unassign ${assigned.length} ${assigned.length === 1 ? 'repository' : 'repositories'} from ${key}`,
      });
      setUnassigning(false);
      void repos.refetch();
      const failed = results.filter((result) => result.outcome !== 'ok');
      // Nothing more is sent when a repository stays assigned: the delete would be refused.
      if (failed.length > 0) return setFailures(failed);
    }
    remove.mutate({ key });
  };

  return (
    <ConfirmDialog
      open
      title={`Delete the project ${key}`}
      instance={instance}
      requireText={key}
      destructive
      confirmLabel="Delete project"
      busy={remove.isPending || unassigning || repos.isLoading}
      onConfirm={() => void confirm()}
      onClose={onClose}
      message={
        <Box data-testid="project-delete-dialog">
          <Typography variant="body2" sx={{ mb: 1 }}>
            Deleting {project.display_name} ({key}) removes the project with its members, custom roles and environments. Repositories are not deleted.
          </Typography>
          {repos.isLoading && <Typography variant="body2">Checking the project&apos;s repositories…</Typography>}
          {repos.error && <ErrorState error={repos.error} title="Could not list the project's repositories" />}
          {assigned.length > 0 && (
            <Alert severity="warning" sx={{ mb: 1 }} data-testid="project-delete-assigned">
              {assigned.length} repositor{assigned.length === 1 ? 'y is' : 'ies are'} assigned to it: {assigned.slice(0, 8).join(', ')}
              {assigned.length > 8 ? ` and ${assigned.length - 8} more` : ''}. The platform refuses to delete a project that still has repositories.
              <FormControlLabel
                sx={{ display: 'flex', mt: 0.5 }}
                control={<Checkbox size="small" checked={unassignFirst} onChange={(e) => setUnassignFirst(e.target.checked)} />}
                label="Unassign them first (they stay in Artifactory, in no project)"
              />
            </Alert>
          )}
          {shared.length > 0 && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {shared.length} repositor{shared.length === 1 ? 'y shared' : 'ies shared'} with it stop being shared with it.
            </Typography>
          )}
          {failures.length > 0 && (
            <Alert severity="error" sx={{ mb: 1 }} data-testid="project-delete-unassign-failed">
              These stayed assigned, so the project was not deleted: {failures.map((failure) => `${failure.item} (${failure.message ?? failure.outcome})`).join('; ')}
            </Alert>
          )}
          {remove.error && <ErrorState error={remove.error} title="The platform refused to delete the project" />}
        </Box>
      }
    />
  );
}
