// The projects a user belongs to, for the user's details panel (the users screen renders
// it with one line). The platform has no "projects of a user" call: each project's member
// lists are read (cached, so the projects screen shows their counts too), automatically
// for a few projects, on request for many, with progress and a cancel.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { MemberKind, ProjectMember } from '../../../shared/areas/projects/model';
import { callInstance } from '../../api/hooks';
import { instanceKey } from '../../api/keys';
import { isForbidden } from '../../app/instance-access';
import { openObject } from '../../app/open-object';
import { runBulk } from '../../components/bulk/run-bulk';
import { useProjects } from './api';
import { membershipIn, type UserMembership } from './user-projects';

/** Up to this many projects the panel looks on its own; beyond, it asks first. */
const AUTOMATIC = 40;

interface Props {
  instanceId: string;
  username: string;
  groups: readonly string[];
}

export function UserProjects({ instanceId, username, groups }: Props) {
  const client = useQueryClient();
  const projects = useProjects(instanceId);
  const [found, setFound] = useState<UserMembership[] | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failed, setFailed] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const keys = (projects.data ?? []).map((project) => project.project_key);
  const groupKey = groups.join('\n');

  const members = (key: string, kind: MemberKind) =>
    client.fetchQuery({
      queryKey: instanceKey(instanceId, 'projects.members', { key, kind }),
      queryFn: () => callInstance(instanceId, 'projects.members', { key, kind }),
      staleTime: 30_000,
    });

  const scan = async (all: string[]) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const out: UserMembership[] = [];
    setFound(null);
    setFailed(0);
    setProgress({ done: 0, total: all.length });
    const results = await runBulk(
      all,
      async (key) => {
        const [users, teams] = (await Promise.all([members(key, 'users'), members(key, 'groups')])) as [ProjectMember[], ProjectMember[]];
        const membership = membershipIn(key, username, groupKey ? groupKey.split('\n') : [], users, teams);
        if (membership) out.push(membership);
      },
      { concurrency: 6, signal: controller.signal, onProgress: (p) => setProgress({ done: p.done, total: p.total }) },
    );
    if (controller.signal.aborted && abort.current !== controller) return;
    setFailed(results.filter((result) => result.outcome === 'failed').length);
    setFound(out.sort((a, b) => a.projectKey.localeCompare(b.projectKey)));
    setProgress(null);
  };

  const small = projects.data !== undefined && keys.length <= AUTOMATIC;
  useEffect(() => {
    if (small && keys.length > 0) void scan(keys);
    return () => abort.current?.abort();
    // Once per user and project list: scan reads the latest values when it runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [small, projects.data, username, groupKey]);

  let body: ReactNode;
  if (projects.error) {
    body = (
      <Typography variant="body2" color="text.secondary">
        {isForbidden(projects.error) ? 'This credential may not list projects (HTTP 403).' : 'Could not list the projects.'}
      </Typography>
    );
  } else if (projects.isLoading) {
    body = (
      <Typography variant="body2" color="text.secondary">
        Loading projects…
      </Typography>
    );
  } else if (keys.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary">
        The instance has no projects.
      </Typography>
    );
  } else if (progress) {
    body = (
      <Box data-testid="user-projects-progress">
        <LinearProgress variant="determinate" value={progress.total ? (progress.done / progress.total) * 100 : 100} />
        <Typography variant="caption" color="text.secondary">
          Reading the members of {progress.done} of {progress.total} projects…
        </Typography>
        <Button size="small" onClick={() => abort.current?.abort()}>
          Stop
        </Button>
      </Box>
    );
  } else if (!found) {
    body = (
      <Button size="small" variant="outlined" onClick={() => void scan(keys)} data-testid="user-projects-find">
        Find in {keys.length.toLocaleString('en-US')} projects
      </Button>
    );
  } else {
    body = (
      <>
        {found.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            A member of no project.
          </Typography>
        )}
        {found.map((membership) => (
          <Box key={membership.projectKey} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }} data-testid="user-project" data-key={membership.projectKey}>
            <Link component="button" type="button" sx={{ fontFamily: 'monospace' }} onClick={() => openObject('projects', instanceId, membership.projectKey, 'users')}>
              {membership.projectKey}
            </Link>
            {membership.roles.map((role) => (
              <Chip key={role} size="small" label={role} />
            ))}
            <Typography variant="caption" color="text.secondary">
              {membership.via.join(', ')}
            </Typography>
          </Box>
        ))}
        {failed > 0 && (
          <Typography variant="caption" color="warning.main">
            {failed} project{failed === 1 ? '' : 's'} could not be read: the list may be incomplete.
          </Typography>
        )}
      </>
    );
  }
  return (
    <Box data-testid="user-projects" sx={{ mt: 2 }}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        Projects
      </Typography>
      {body}
    </Box>
  );
}
