// One project: its settings, members, roles, environments and repositories, each on a
// tab that loads when opened.
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useState } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useProject } from './api';
import { EnvironmentsTab } from './EnvironmentsTab';
import { MembersTab } from './MembersTab';
import { ProjectOverview } from './ProjectOverview';
import { RepositoriesTab } from './RepositoriesTab';
import { RolesTab } from './RolesTab';

interface Props {
  instanceId: string;
  projectKey: string;
  blockedReason?: string;
  onClose: () => void;
}

const TABS = ['Overview', 'Members', 'Roles', 'Environments', 'Repositories'] as const;
type TabName = (typeof TABS)[number];

export function ProjectDrawer({ instanceId, projectKey, blockedReason, onClose }: Props) {
  const details = useProject(instanceId, projectKey);
  const [tab, setTab] = useState<TabName>('Overview');
  const project = details.data;
  const tabProps = { instanceId, projectKey, blockedReason };
  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', md: 860 }, p: 2, display: 'flex', flexDirection: 'column' } } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }} data-testid="project-details" data-key={projectKey}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h6" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {projectKey}
          </Typography>
          {project && (
            <Typography variant="body2" color="text.secondary">
              {project.display_name}
            </Typography>
          )}
        </Box>
        <IconButton onClick={onClose} aria-label="Close project">
          <CloseIcon />
        </IconButton>
      </Box>
      <Tabs value={tab} onChange={(_, next: TabName) => setTab(next)} variant="scrollable" sx={{ borderBottom: 1, borderColor: 'divider', mb: 2, minHeight: 40 }}>
        {TABS.map((name) => (
          <Tab key={name} value={name} label={name} sx={{ minHeight: 40 }} data-testid={`project-tab-${name.toLowerCase()}`} />
        ))}
      </Tabs>
      <Box sx={{ flex: 1, overflow: 'auto' }}>
        {tab === 'Overview' && (
          <>
            {details.isLoading && <LoadingState label="Loading the project…" />}
            {details.error && <ErrorState error={details.error} title="Could not load the project" onRetry={() => void details.refetch()} />}
            {project && <ProjectOverview instanceId={instanceId} project={project} blockedReason={blockedReason} onDeleted={onClose} />}
          </>
        )}
        {tab === 'Members' && <MembersTab {...tabProps} />}
        {tab === 'Roles' && <RolesTab {...tabProps} />}
        {tab === 'Environments' && <EnvironmentsTab {...tabProps} />}
        {tab === 'Repositories' && <RepositoriesTab {...tabProps} />}
      </Box>
    </Drawer>
  );
}
