// A project's settings as the platform holds them, with edit and delete.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { ADMIN_PRIVILEGES, type Project } from '../../../shared/areas/projects/model';
import { CurlButton } from '../../components/CurlButton';
import { GuardedButton } from '../../components/GuardedButton';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { PRIVILEGE_LABELS } from './project-form';
import { ProjectFormDialog } from './ProjectFormDialog';
import { formatQuota } from './project-view';

interface Props {
  instanceId: string;
  project: Project;
  blockedReason?: string;
  onDeleted: () => void;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function ProjectOverview({ instanceId, project, blockedReason, onDeleted }: Props) {
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const granted = ADMIN_PRIVILEGES.filter((name) => project.admin_privileges[name]).map((name) => PRIVILEGE_LABELS[name].label.toLowerCase());
  const others = Object.entries(project.admin_privileges)
    .filter(([name, on]) => on && !(ADMIN_PRIVILEGES as readonly string[]).includes(name))
    .map(([name]) => name);
  const rows: [string, ReactNode][] = [
    ['Display name', project.display_name],
    ['Description', project.description || '—'],
    ['Project admins may', [...granted, ...others].join(', ') || 'nothing beyond the project'],
    ['Storage quota', formatQuota(project.storage_quota_bytes)],
    ['Block deployments at the quota', project.storage_quota_bytes < 0 ? 'no quota' : yesNo(!project.soft_limit)],
    ['E-mail at 75% / 95%', yesNo(project.storage_quota_email_notification)],
  ];
  return (
    <Box>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '230px 1fr', columnGap: 2, rowGap: 0.75, m: 0, mb: 2 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid={`project-field-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}>
              {value}
            </Typography>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <GuardedButton size="small" variant="outlined" blockedReason={blockedReason} onClick={() => setDialog('edit')} data-testid="project-edit">
          Edit
        </GuardedButton>
        <GuardedButton size="small" variant="outlined" color="error" blockedReason={blockedReason} onClick={() => setDialog('delete')} data-testid="project-delete">
          Delete project
        </GuardedButton>
        <CurlButton call="projects.get" input={() => ({ key: project.project_key })} label="cURL: get" />
        <CurlButton call="projects.delete" input={() => ({ key: project.project_key })} label="cURL: delete" />
      </Box>
      {dialog === 'edit' && <ProjectFormDialog instanceId={instanceId} project={project} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />}
      {dialog === 'delete' && <DeleteProjectDialog instanceId={instanceId} project={project} onClose={() => setDialog(null)} onDeleted={onDeleted} />}
    </Box>
  );
}
