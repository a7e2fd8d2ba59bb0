// A project's repositories: its own (assigned) and those shared with it, each with where
// it stands (assigned to, shared with, read-only). Assign (move) and unassign, share with
// this project or with all, stop sharing.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { ProjectRepository } from '../../../shared/areas/projects/model';
import { isForbidden } from '../../app/instance-access';
import { useActiveInstance } from '../../app/active-instance';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useProjectMutation, useProjectRepositories } from './api';
import { AssignRepositoryDialog } from './AssignRepositoryDialog';
import { ShareRepositoryDialog } from './ShareRepositoryDialog';
import { SortHeader } from './SortHeader';
import { headerRowSx } from './table-header';
import { nextSort, type SortState } from './sorting';
import { repoKind, sortRepositories, type RepositorySortKey } from './tab-rows';

interface Props {
  instanceId: string;
  projectKey: string;
  blockedReason?: string;
}

type Pending = { kind: 'unassign'; repo: string } | { kind: 'unshare'; repo: string } | { kind: 'unshare-all'; repo: string };

const ROW = 52;
const GRID = 'minmax(200px, 1.2fr) 130px minmax(220px, 1.6fr) 230px';

export function RepositoriesTab({ instanceId, projectKey, blockedReason }: Props) {
  const instance = useActiveInstance();
  const repos = useProjectRepositories(instanceId, projectKey);
  const [text, setText] = useState('');
  const [dialog, setDialog] = useState<'assign' | 'share' | { shareAll: string } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [sort, setSort] = useState<SortState<RepositorySortKey>>({ key: 'repository', descending: false });
  const scrollRef = useRef<HTMLDivElement>(null);
  const unassign = useProjectMutation(instanceId, 'projects.unassignRepository', () => setPending(null));
  const unshare = useProjectMutation(instanceId, 'projects.unshareRepository', () => setPending(null));
  const unshareAll = useProjectMutation(instanceId, 'projects.unshareRepositoryWithAll', () => setPending(null));
  const running = pending?.kind === 'unassign' ? unassign : pending?.kind === 'unshare' ? unshare : unshareAll;
  const list = useMemo(() => repos.data ?? [], [repos.data]);
  const sorted = useMemo(() => sortRepositories(list, sort.key, sort.descending), [list, sort]);
  const needle = text.trim().toLowerCase();
  const shown = useMemo(
    () => (needle ? sorted.filter((repo) => repo.key.toLowerCase().includes(needle) || repo.packageType.toLowerCase().includes(needle)) : sorted),
    [sorted, needle],
  );
  const onSort = (key: RepositorySortKey) => setSort((current) => nextSort(current, key));
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 6 });
  const assigned = useMemo(() => new Set(list.filter((repo) => repo.relation === 'assigned').map((repo) => repo.key)), [list]);
  const seen = useMemo(() => new Set(list.map((repo) => repo.key)), [list]);

  if (repos.error && isForbidden(repos.error)) {
    return <EmptyState title="Needs admin permissions" description="The platform refuses to list this project's repositories for this credential (HTTP 403)." />;
  }
  if (repos.error) return <ErrorState error={repos.error} title="Could not list the repositories" onRetry={() => void repos.refetch()} />;
  if (repos.isLoading) return <LoadingState label="Loading the project's repositories and where each stands…" />;

  const confirmText: Record<Pending['kind'], (repo: string) => string> = {
    unassign: (repo) =>
      `${repo} leaves ${projectKey} and stays in Artifactory, in no project: members of ${projectKey} lose what their roles gave them on it. Its content is not touched.`,
    unshare: (repo) => `${projectKey} stops seeing ${repo}: its members lose what their roles gave them on it. The repository stays where it is.`,
    'unshare-all': (repo) => `${repo} stops being shared with every project; projects it is shared with by name keep it.`,
  };
  const run = () => {
    if (!pending) return;
    if (pending.kind === 'unassign') unassign.mutate({ repo: pending.repo });
    else if (pending.kind === 'unshare') unshare.mutate({ repo: pending.repo, key: projectKey });
    else unshareAll.mutate({ repo: pending.repo });
  };

  return (
    <Box data-testid="project-repositories">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1.5 }}>
        <TextField
          size="small"
          label="Filter repositories"
          value={text}
          onChange={(e) => setText(e.target.value)}
          sx={{ width: 220 }}
          slotProps={{ htmlInput: { 'data-testid': 'repos-filter' } }}
        />
        <Typography variant="body2" color="text.secondary" data-testid="repos-count">
          {assigned.size} assigned, {list.length - assigned.size} shared with it
        </Typography>
        <Box sx={{ flex: 1 }} />
        <GuardedButton size="small" variant="contained" blockedReason={blockedReason} onClick={() => setDialog('assign')} data-testid="repo-assign">
          Assign a repository
        </GuardedButton>
        <GuardedButton size="small" variant="outlined" blockedReason={blockedReason} onClick={() => setDialog('share')} data-testid="repo-share">
          Share one with it
        </GuardedButton>
      </Box>
      {list.length === 0 ? (
        <EmptyState title="No repositories" description={`Assign repositories to ${projectKey}, or share repositories of other projects with it.`} />
      ) : (
        <Box role="table" aria-label="Repositories" sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Box role="row" sx={headerRowSx(GRID, 40)}>
            <SortHeader column="repository" label="Repository" sort={sort} onSort={onSort} />
            <SortHeader column="kind" label="Kind" sort={sort} onSort={onSort} />
            <SortHeader column="status" label="Project status" sort={sort} onSort={onSort} />
            <span />
          </Box>
          <Box ref={scrollRef} sx={{ maxHeight: 440, overflow: 'auto' }}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const repo = shown[item.index];
                return (
                  <Box
                    key={repo.key}
                    role="row"
                    data-testid="repo-row"
                    data-repo={repo.key}
                    data-relation={repo.relation}
                    sx={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: ROW,
                      transform: `translateY(${item.start}px)`,
                      display: 'grid',
                      gridTemplateColumns: GRID,
                      gap: 1,
                      alignItems: 'center',
                      px: 1.5,
                      borderBottom: 1,
                      borderColor: 'divider',
                      fontSize: 14,
                    }}
                  >
                    <Box role="cell" sx={{ fontFamily: 'monospace', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={repo.description}>
                      {repo.key}
                    </Box>
                    <Box role="cell" sx={{ color: 'text.secondary' }}>
                      {repoKind(repo)}
                    </Box>
                    <Box role="cell" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', overflow: 'hidden', maxHeight: ROW - 4 }} data-testid="repo-status-cell">
                      <StatusChips repo={repo} projectKey={projectKey} />
                    </Box>
                    <Box role="cell" sx={{ display: 'flex', justifyContent: 'flex-end', gap: 0.5 }}>
                      {repo.relation === 'assigned' && (
                        <>
                          {repo.status?.shared_with_all_projects ? (
                            <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setPending({ kind: 'unshare-all', repo: repo.key })}>
                              Stop sharing with all
                            </GuardedButton>
                          ) : (
                            <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setDialog({ shareAll: repo.key })}>
                              Share with all
                            </GuardedButton>
                          )}
                          <GuardedButton
                            size="small"
                            color="error"
                            blockedReason={blockedReason}
                            onClick={() => setPending({ kind: 'unassign', repo: repo.key })}
                            data-testid="repo-unassign"
                          >
                            Unassign
                          </GuardedButton>
                        </>
                      )}
                      {repo.relation === 'shared' && repo.status?.shared_with_projects.includes(projectKey) && (
                        <GuardedButton
                          size="small"
                          color="error"
                          blockedReason={blockedReason}
                          onClick={() => setPending({ kind: 'unshare', repo: repo.key })}
                          data-testid="repo-unshare"
                        >
                          Stop sharing
                        </GuardedButton>
                      )}
                    </Box>
                  </Box>
                );
              })}
            </div>
          </Box>
        </Box>
      )}
      <Box sx={{ mt: 1 }}>
        <Typography variant="caption" color="text.secondary">
          Listed: the repositories Artifactory reports for {projectKey} (its own and those shared with it); each one&apos;s status comes from the platform&apos;s project status
          call.
        </Typography>
      </Box>
      {dialog === 'assign' && <AssignRepositoryDialog instanceId={instanceId} projectKey={projectKey} assigned={assigned} onClose={() => setDialog(null)} />}
      {dialog === 'share' && <ShareRepositoryDialog instanceId={instanceId} projectKey={projectKey} exclude={seen} onClose={() => setDialog(null)} />}
      {dialog !== null && typeof dialog === 'object' && (
        <ShareRepositoryDialog instanceId={instanceId} projectKey={projectKey} exclude={seen} repo={dialog.shareAll} onClose={() => setDialog(null)} />
      )}
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'unassign' ? `Unassign ${pending.repo}` : `Stop sharing ${pending?.repo ?? ''}`}
        instance={instance}
        destructive
        confirmLabel={pending?.kind === 'unassign' ? 'Unassign' : 'Stop sharing'}
        busy={running.isPending}
        onConfirm={run}
        onClose={() => {
          running.reset();
          setPending(null);
        }}
        message={
          <>
            {pending && confirmText[pending.kind](pending.repo)}
            {running.error && (
              <Box sx={{ mt: 1 }}>
                <ErrorState error={running.error} title="The platform refused" />
              </Box>
            )}
            {pending?.kind === 'unassign' && (
              <Box sx={{ mt: 1 }}>
                <CurlButton call="projects.unassignRepository" input={() => ({ repo: pending.repo })} />
              </Box>
            )}
            {pending?.kind === 'unshare' && (
              <Box sx={{ mt: 1 }}>
                <CurlButton call="projects.unshareRepository" input={() => ({ repo: pending.repo, key: projectKey })} />
              </Box>
            )}
            {pending?.kind === 'unshare-all' && (
              <Box sx={{ mt: 1 }}>
                <CurlButton call="projects.unshareRepositoryWithAll" input={() => ({ repo: pending.repo })} />
              </Box>
            )}
          </>
        }
      />
    </Box>
  );
}

function StatusChips({ repo, projectKey }: { repo: ProjectRepository; projectKey: string }) {
  const status = repo.status;
  if (repo.relation === 'unknown' || !status)
    return <Chip size="small" variant="outlined" label="status unknown" title="The platform's repository status call needs Artifactory 7.90.1 and an administrator" />;
  const shared = status.shared_with_all_projects || status.shared_with_projects.length > 0;
  return (
    <>
      {repo.relation === 'assigned' ? (
        <Chip size="small" color="primary" label="assigned" />
      ) : (
        <Chip size="small" color="secondary" label={status.assigned_to ? `shared from ${status.assigned_to}` : 'shared'} />
      )}
      {status.shared_with_all_projects && <Chip size="small" variant="outlined" label="with all projects" />}
      {repo.relation === 'assigned' && status.shared_with_projects.length > 0 && <Chip size="small" variant="outlined" label={`with ${status.shared_with_projects.join(', ')}`} />}
      {repo.relation === 'shared' && status.shared_with_projects.includes(projectKey) && !status.shared_with_all_projects && (
        <Chip size="small" variant="outlined" label={`with ${projectKey}`} />
      )}
      {shared && status.shared_read_only && <Chip size="small" color="warning" variant="outlined" label="read-only" />}
    </>
  );
}
