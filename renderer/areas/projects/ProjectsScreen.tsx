// Projects: every project of the instance in one virtualised table, filtered as the admin
// types and sorted by column, with a panel for one project (members, roles, environments,
// repositories) and creation.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { useOpenObject } from '../../app/open-object';
import { useKnownCounts, useProjects } from './api';
import { filterRows, sortRows, toRows, type ProjectSortKey } from './project-view';
import { ProjectsFilter } from './ProjectsFilter';
import { ProjectsTable } from './ProjectsTable';
import { nextSort, type SortState } from './sorting';

const fmt = new Intl.NumberFormat('en-US');

// One project's panel and the creation form load apart: the list does not wait for their code.
const loadDrawer = () => import('./ProjectDrawer');
const loadForm = () => import('./ProjectFormDialog');
const ProjectDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.ProjectDrawer })));
const ProjectFormDialog = lazy(() => loadForm().then((module) => ({ default: module.ProjectFormDialog })));

export default function ProjectsScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const projects = useProjects(instanceId);
  const counts = useKnownCounts(instanceId);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SortState<ProjectSortKey>>({ key: 'key', descending: false });
  const [creating, setCreating] = useState(false);
  const [openKey, setOpenKey] = useOpenObject('projects', instanceId);
  // One function for the rows' whole life, so typing in the filter does not re-render rows that stay.
  const setOpenRef = useRef(setOpenKey);
  useLayoutEffect(() => {
    setOpenRef.current = setOpenKey;
  });
  const openRow = useCallback((key: string) => setOpenRef.current(key), []);
  // Typing stays responsive: the field sets the text in a transition (ProjectsFilter).
  const applied = text.trim().toLowerCase();
  const rows = useMemo(() => toRows(projects.data ?? []), [projects.data]);
  // Counts change the order only when sorting by them.
  const countsForSort = sort.key === 'members' || sort.key === 'repositories' ? counts : null;
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.descending, countsForSort ?? new Map()), [rows, sort, countsForSort]);
  const shown = useMemo(() => filterRows(sorted, applied), [sorted, applied]);
  const onSort = useCallback((key: ProjectSortKey) => setSort((current) => nextSort(current, key)), []);
  // Once the list is shown, the panel's and the form's code load while the browser is idle,
  // so the first click on a project does not wait for them.
  const listed = Boolean(projects.data);
  useEffect(() => {
    if (!listed) return;
    const idle = requestIdleCallback(() => void Promise.all([loadDrawer(), loadForm()]).catch(() => undefined));
    return () => cancelIdleCallback(idle);
  }, [listed]);

  if (!instance) return <EmptyState title="No instance" description="Add a JFrog instance to manage its projects." />;
  // A project admin sees the projects it administers; a credential that administers none gets 403.
  const adminNeed = adminNeedOf({ error: projects.error, refused: 'list projects to a credential that administers no project' });
  const forbidden = adminNeed !== null;
  const header = (
    <PageHeader
      title="Projects"
      subtitle={`${instance.name}: projects, their members, roles, environments and repositories`}
      actions={
        <>
          <Button onClick={() => void projects.refetch()} disabled={projects.isFetching}>
            Reload
          </Button>
          {!forbidden && (
            <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setCreating(true)} data-testid="project-create">
              New project
            </GuardedButton>
          )}
        </>
      }
    />
  );
  if (adminNeed)
    return (
      <>
        {header}
        <NeedsAdminState instanceName={instance.name} need={adminNeed} />
      </>
    );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 120px)', minHeight: 480 }}>
      {header}
      <ReadOnlyNotice instance={instance} />
      {projects.error && <ErrorState error={projects.error} title="Could not list projects" onRetry={() => void projects.refetch()} />}
      {/* The toolbar and the table's frame are drawn while the list is on its way: when it arrives, only rows are added. */}
      {(projects.data || projects.isLoading) && (
        <>
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
            <ProjectsFilter onChange={setText} />
            <Typography variant="body2" color="text.secondary" data-testid="projects-count" aria-live="polite" role={listed ? undefined : 'status'}>
              {listed ? `${fmt.format(shown.length)} of ${fmt.format(rows.length)}` : 'Loading…'}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
              Member and repository counts appear once a project has been opened: the project list does not carry them.
            </Typography>
          </Box>
          {listed && rows.length === 0 ? (
            <EmptyState title="No projects yet" description="Projects group repositories, members and roles. Create one to start." />
          ) : (
            <Box
              data-testid="projects-table"
              data-loaded-count={listed ? rows.length : undefined}
              data-shown-count={listed ? shown.length : undefined}
              data-filter={applied}
              aria-busy={!listed}
              sx={{ display: 'flex', flex: 1, minHeight: 0 }}
            >
              <ProjectsTable rows={shown} counts={counts} sort={sort} onSort={onSort} onOpen={openRow} />
            </Box>
          )}
        </>
      )}
      <Suspense fallback={null}>
        {openKey && instanceId && <ProjectDrawer key={openKey} instanceId={instanceId} projectKey={openKey} blockedReason={blockedReason} onClose={() => setOpenKey(null)} />}
        {creating && instanceId && (
          <ProjectFormDialog
            instanceId={instanceId}
            onClose={() => setCreating(false)}
            onSaved={(project) => {
              setCreating(false);
              setOpenKey(project.project_key);
            }}
          />
        )}
      </Suspense>
    </Box>
  );
}
