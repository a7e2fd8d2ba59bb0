// Picks a repository from every repository of the instance (thousands): the first matches
// of a substring scan are offered, never the whole list. Below it, where the picked
// repository stands with projects (assigned to, shared with), from the platform.
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { RepositoryProjectStatus } from '../../../shared/areas/projects/model';
import { ErrorState } from '../../components/ErrorState';
import { useAllRepositories, useRepositoryStatus } from './api';
import { matchNames } from './MemberPicker';
import { repoKind } from './tab-rows';

interface Props {
  instanceId: string;
  value: string | null;
  onChange: (repo: string | null) => void;
  /** Keys not offered (already the project's). */
  exclude: ReadonlySet<string>;
  error?: string;
}

export function RepoPicker({ instanceId, value, onChange, exclude, error }: Props) {
  const all = useAllRepositories(instanceId);
  const [text, setText] = useState('');
  const byKey = useMemo(() => new Map((all.data ?? []).map((repo) => [repo.key, repo])), [all.data]);
  const keys = useMemo(() => [...byKey.keys()], [byKey]);
  const lower = useMemo(() => keys.map((key) => key.toLowerCase()), [keys]);
  const options = useMemo(() => matchNames(keys, lower, text, exclude), [keys, lower, text, exclude]);
  return (
    <>
      <Autocomplete
        options={options}
        filterOptions={(o) => o}
        value={value}
        inputValue={text}
        onInputChange={(_, next) => setText(next)}
        onChange={(_, next) => onChange(next)}
        loading={all.isLoading}
        noOptionsText={text ? 'No repository of the instance matches' : `Type part of a repository key (${keys.length.toLocaleString('en-US')} repositories)`}
        renderOption={(props, key) => {
          const repo = byKey.get(key);
          return (
            <li {...props} key={key}>
              <Box>
                <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                  {key}
                </Typography>
                {repo && (
                  <Typography variant="caption" color="text.secondary">
                    {repoKind(repo)}
                  </Typography>
                )}
              </Box>
            </li>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Repository"
            error={Boolean(error)}
            helperText={error}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'repo-picker' } }}
          />
        )}
      />
      {all.error && <ErrorState error={all.error} title="Could not list the repositories" />}
    </>
  );
}

/** Where a repository stands with projects, in a sentence. */
export function statusText(status: RepositoryProjectStatus): string {
  const parts = [status.assigned_to ? `Assigned to ${status.assigned_to}` : 'In no project'];
  if (status.shared_with_all_projects) parts.push('shared with all projects');
  if (status.shared_with_projects.length) parts.push(`shared with ${status.shared_with_projects.join(', ')}`);
  if ((status.shared_with_all_projects || status.shared_with_projects.length) && status.shared_read_only) parts.push('read-only');
  return parts.join(', ');
}

/** The picked repository's status, as the platform reports it. */
export function RepoStatusNote({ instanceId, repo }: { instanceId: string; repo: string | null }) {
  const status = useRepositoryStatus(instanceId, repo);
  if (!repo) return null;
  if (status.isLoading)
    return (
      <Typography variant="body2" color="text.secondary">
        Asking the platform where {repo} stands…
      </Typography>
    );
  if (status.error)
    return (
      <Alert severity="info" variant="outlined">
        The platform did not say where {repo} stands (its status call needs Artifactory 7.90.1 and an administrator).
      </Alert>
    );
  if (!status.data) return null;
  return (
    <Typography variant="body2" data-testid="repo-status">
      {statusText(status.data)}.
    </Typography>
  );
}
