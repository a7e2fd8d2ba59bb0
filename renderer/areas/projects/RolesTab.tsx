// A project's roles: the predefined ones, read-only, and the custom ones, which can be
// created, edited and deleted. Each shows its environments and its actions by domain.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { useState, type ReactNode } from 'react';
import type { ProjectRole } from '../../../shared/areas/projects/model';
import { isForbidden } from '../../app/instance-access';
import { useActiveInstance } from '../../app/active-instance';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useGlobalEnvironments, useProjectEnvironments, useProjectMutation, useRoles } from './api';
import { environmentRows } from './environments';
import { ACTION_GROUPS, actionLabel, unknownActions } from './role-actions';
import { RoleDialog } from './RoleDialog';

interface Props {
  instanceId: string;
  projectKey: string;
  blockedReason?: string;
}

export function RolesTab({ instanceId, projectKey, blockedReason }: Props) {
  const instance = useActiveInstance();
  const roles = useRoles(instanceId, projectKey);
  const globals = useGlobalEnvironments(instanceId);
  const own = useProjectEnvironments(instanceId, projectKey);
  const [editing, setEditing] = useState<ProjectRole | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ProjectRole | null>(null);
  const remove = useProjectMutation(instanceId, 'projects.deleteRole', () => setDeleting(null));
  const environments = environmentRows(globals.data ?? [], own.data ?? []);

  if (roles.error && isForbidden(roles.error)) {
    return <EmptyState title="Needs admin permissions" description="The platform refuses to show this project's roles to this credential (HTTP 403)." />;
  }
  if (roles.error) return <ErrorState error={roles.error} title="Could not list the roles" onRetry={() => void roles.refetch()} />;
  if (roles.isLoading) return <LoadingState label="Loading the roles…" />;
  const list = roles.data ?? [];
  const custom = list.filter((role) => role.type !== 'PREDEFINED');
  const predefined = list.filter((role) => role.type === 'PREDEFINED');
  return (
    <Box data-testid="project-roles">
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          Custom roles ({custom.length})
        </Typography>
        <GuardedButton size="small" variant="contained" blockedReason={blockedReason} onClick={() => setEditing('new')} data-testid="role-create">
          New role
        </GuardedButton>
      </Box>
      {(globals.error || own.error) && <ErrorState error={globals.error ?? own.error} title="Could not list the environments a role may cover" />}
      {custom.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          No custom roles: members can hold the predefined ones below.
        </Typography>
      )}
      {custom.map((role) => (
        <RoleRow
          key={role.name}
          role={role}
          actions={
            <>
              <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setEditing(role)} data-testid="role-edit">
                Edit
              </GuardedButton>
              <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => setDeleting(role)} data-testid="role-delete">
                Delete
              </GuardedButton>
            </>
          }
        />
      ))}
      <Typography variant="subtitle2" sx={{ mt: 3, mb: 1 }}>
        Predefined roles ({predefined.length}, read-only)
      </Typography>
      {predefined.map((role) => (
        <RoleRow key={role.name} role={role} actions={<Chip size="small" label="predefined" variant="outlined" />} />
      ))}
      <Box sx={{ mt: 1 }}>
        <CurlButton call="projects.roles" input={() => ({ key: projectKey })} label="cURL: list roles" />
      </Box>
      {editing && (
        <RoleDialog instanceId={instanceId} projectKey={projectKey} environments={environments} role={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the role ${deleting?.name ?? ''}`}
        instance={instance}
        destructive
        confirmLabel="Delete role"
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ key: projectKey, name: deleting.name })}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        message={
          <>
            Members holding {deleting?.name} lose what it grants in {projectKey}.
            {remove.error && (
              <Box sx={{ mt: 1 }}>
                <ErrorState error={remove.error} title="The platform refused" />
              </Box>
            )}
            {deleting && (
              <Box sx={{ mt: 1 }}>
                <CurlButton call="projects.deleteRole" input={() => ({ key: projectKey, name: deleting.name })} />
              </Box>
            )}
          </>
        }
      />
    </Box>
  );
}

function RoleRow({ role, actions }: { role: ProjectRole; actions: ReactNode }) {
  const [open, setOpen] = useState(false);
  const chosen = new Set(role.actions);
  const extra = unknownActions(role.actions);
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mb: 1 }} data-testid="role-row" data-role={role.name} data-type={role.type}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1, py: 0.5 }}>
        <IconButton size="small" onClick={() => setOpen((o) => !o)} aria-label={`${open ? 'Hide' : 'Show'} the actions of ${role.name}`} aria-expanded={open}>
          <ExpandMore fontSize="small" sx={{ transform: open ? 'rotate(180deg)' : undefined, transition: 'transform 120ms' }} />
        </IconButton>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {role.name}
          </Typography>
          {role.description && (
            <Typography variant="caption" color="text.secondary">
              {role.description}
            </Typography>
          )}
        </Box>
        <Box sx={{ display: 'flex', gap: 0.5 }} data-testid="role-environments-shown">
          {role.environments.map((env) => (
            <Chip key={env} size="small" label={env} color="info" variant="outlined" />
          ))}
        </Box>
        <Typography variant="caption" color="text.secondary" sx={{ width: 80, textAlign: 'right' }}>
          {role.actions.length} actions
        </Typography>
        {actions}
      </Box>
      <Collapse in={open} unmountOnExit>
        <Box sx={{ px: 2, pb: 1, display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 1 }}>
          {ACTION_GROUPS.filter((group) => group.actions.some((action) => chosen.has(action))).map((group) => (
            <Box key={group.id}>
              <Typography variant="caption" sx={{ fontWeight: 600 }}>
                {group.label}
              </Typography>
              <Typography variant="body2">
                {group.actions
                  .filter((action) => chosen.has(action))
                  .map(actionLabel)
                  .join(', ')}
              </Typography>
            </Box>
          ))}
          {extra.length > 0 && <Typography variant="body2">Other: {extra.join(', ')}</Typography>}
        </Box>
      </Collapse>
    </Box>
  );
}
