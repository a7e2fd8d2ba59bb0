// The details panel: fetched when opened (users.get), never kept for 100,000 users.
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useEffect, type ReactNode } from 'react';
import type { UserDetails } from '../../../shared/areas/users/model';
import { useUserDetails } from './api';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { StatusChip } from './StatusChip';
import { adminText } from './user-admin';
import { UserActions } from './UserActions';
import { UserGroupsEditor } from './UserGroupsEditor';
import { UserProjects } from '../projects/UserProjects';

interface Props {
  instanceId: string;
  username: string;
  locked: boolean;
  blockedReason?: string;
  onClose: () => void;
  onOpenGroup: (name: string) => void;
  onLoaded: (user: UserDetails) => void;
  onDeleted: (username: string) => void;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

export function UserDetailsDrawer({ instanceId, username, locked, blockedReason, onClose, onOpenGroup, onLoaded, onDeleted }: Props) {
  const details = useUserDetails(instanceId, username);
  const user = details.data;
  const rows: [string, ReactNode][] = user
    ? [
        ['Email', user.email || '—'],
        ['Realm', user.realm],
        ['Status', <StatusChip key="s" status={locked ? 'locked' : user.status} />],
        ['Admin', adminText(user)],
        ['Profile updatable', yesNo(user.profile_updatable)],
        ['Internal password disabled', yesNo(user.internal_password_disabled)],
        ['UI access disabled', yesNo(user.disable_ui_access)],
      ]
    : [];
  // Tell the list what the details showed (admin flag, current status).
  useEffect(() => {
    if (user) onLoaded(user);
  }, [user, onLoaded]);
  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 540 }, p: 2 } } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }} data-testid="user-details" data-username={username}>
        <Typography variant="h6" sx={{ flex: 1, fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {username}
        </Typography>
        <IconButton onClick={onClose} aria-label="Close details">
          <CloseIcon />
        </IconButton>
      </Box>
      {details.isLoading && <LoadingState label="Loading the user…" />}
      {details.error && <ErrorState error={details.error} title="Could not load the user" onRetry={() => void details.refetch()} />}
      {user && (
        <>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '200px 1fr', columnGap: 2, rowGap: 0.75, m: 0, mb: 2 }}>
            {rows.map(([label, value]) => (
              <Box key={label} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid={`user-field-${label.toLowerCase().replace(/ /g, '-')}`}>
                  {value}
                </Typography>
              </Box>
            ))}
          </Box>
          <UserActions instanceId={instanceId} user={user} locked={locked} blockedReason={blockedReason} onDeleted={onDeleted} />
          <Divider sx={{ my: 2 }} />
          <UserGroupsEditor key={user.groups.join(',')} instanceId={instanceId} username={username} groups={user.groups} blockedReason={blockedReason} onOpenGroup={onOpenGroup} />
          <UserProjects instanceId={instanceId} username={username} groups={user.groups} />
        </>
      )}
    </Drawer>
  );
}
