// The one-user actions of the details panel: edit, password, expire, unlock, delete, on
// one line. Unlock is the first, filled button only for a locked user; for the others it
// waits in the "more" menu (the locked list can lag behind the platform).
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import MoreVert from '@mui/icons-material/MoreVert';
import { useState } from 'react';
import type { UserDetails } from '../../../shared/areas/users/model';
import { useUserMutation } from './api';
import { useInstance } from '../../app/active-instance';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { CurlButton } from '../../components/CurlButton';
import { EditUserDialog } from './EditUserDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { PasswordDialog } from './PasswordDialog';

type Simple = 'users.expirePassword' | 'users.unlock' | 'users.delete';
const CONFIRM: Record<Simple, { title: string; label: string; message: (u: string) => string }> = {
  'users.expirePassword': { title: 'Expire password', label: 'Expire', message: (u) => `${u} must choose a new password at the next sign-in.` },
  'users.unlock': { title: 'Unlock user', label: 'Unlock', message: (u) => `Unlock ${u} after failed sign-ins?` },
  'users.delete': { title: 'Delete user', label: 'Delete', message: (u) => `Delete the user ${u}? This cannot be undone.` },
};

interface Props {
  instanceId: string;
  user: UserDetails;
  locked: boolean;
  blockedReason?: string;
  onChanged?: (user?: UserDetails) => void;
  onDeleted: (username: string) => void;
}

export function UserActions({ instanceId, user, locked, blockedReason, onChanged, onDeleted }: Props) {
  const [dialog, setDialog] = useState<'edit' | 'password' | Simple | null>(null);
  const instance = useInstance(instanceId);
  const username = user.username;
  const done = () => {
    setDialog(null);
    onChanged?.();
  };
  const mutations = {
    'users.delete': useUserMutation(instanceId, 'users.delete', () => {
      setDialog(null);
      onDeleted(username);
    }),
    'users.unlock': useUserMutation(instanceId, 'users.unlock', done),
    'users.expirePassword': useUserMutation(instanceId, 'users.expirePassword', done),
  };
  const simple = dialog === 'users.delete' || dialog === 'users.unlock' || dialog === 'users.expirePassword' ? dialog : null;
  const run = mutations[simple ?? 'users.delete'];
  return (
    <Box>
      <Box
        sx={{ display: 'flex', gap: 0.75, flexWrap: 'nowrap', alignItems: 'center', '& > *': { flexShrink: 0 }, '& .MuiButton-root': { whiteSpace: 'nowrap' } }}
        data-testid="user-actions"
      >
        {locked && (
          <GuardedButton size="small" variant="contained" color="warning" blockedReason={blockedReason} onClick={() => setDialog('users.unlock')} data-testid="user-unlock">
            Unlock
          </GuardedButton>
        )}
        <GuardedButton size="small" variant="outlined" blockedReason={blockedReason} onClick={() => setDialog('edit')} data-testid="user-edit">
          Edit
        </GuardedButton>
        <GuardedButton
          size="small"
          variant="outlined"
          blockedReason={blockedReason ?? (user.internal_password_disabled ? 'The internal password is disabled: this user signs in through SSO' : undefined)}
          onClick={() => setDialog('password')}
        >
          Change password
        </GuardedButton>
        <GuardedButton size="small" variant="outlined" blockedReason={blockedReason} onClick={() => setDialog('users.expirePassword')}>
          Expire password
        </GuardedButton>
        <Box sx={{ flex: 1 }} />
        <GuardedButton size="small" variant="outlined" color="error" blockedReason={blockedReason} onClick={() => setDialog('users.delete')} data-testid="user-delete">
          Delete
        </GuardedButton>
        {!locked && <MoreActions blockedReason={blockedReason} onUnlock={() => setDialog('users.unlock')} />}
      </Box>
      <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
        <CurlButton call="users.get" input={() => ({ username })} label="cURL: get" />
        <CurlButton call="users.expirePassword" input={() => ({ username })} label="cURL: expire" />
        <CurlButton call="users.unlock" input={() => ({ username })} label="cURL: unlock" />
        <CurlButton call="users.delete" input={() => ({ username })} label="cURL: delete" />
      </Box>
      {run.error && !simple && (
        <Box sx={{ mt: 1 }}>
          <ErrorState error={run.error} title="The action failed" />
        </Box>
      )}
      {dialog === 'edit' && (
        <EditUserDialog
          instanceId={instanceId}
          user={user}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            onChanged?.(saved);
          }}
        />
      )}
      {dialog === 'password' && <PasswordDialog instanceId={instanceId} username={username} onClose={() => setDialog(null)} />}
      {simple && (
        <ConfirmDialog
          open
          title={CONFIRM[simple].title}
          message={
            <>
              {CONFIRM[simple].message(username)}
              {run.error && (
                <Box sx={{ mt: 1 }}>
                  <ErrorState error={run.error} title="The platform refused" />
                </Box>
              )}
            </>
          }
          confirmLabel={CONFIRM[simple].label}
          destructive={simple === 'users.delete'}
          // Deleting and expiring are destructive: a guarded instance asks for its name. Unlocking only helps the user.
          instance={simple === 'users.unlock' ? undefined : instance}
          busy={run.isPending}
          onConfirm={() => run.mutate({ username })}
          onClose={() => {
            run.reset();
            setDialog(null);
          }}
        />
      )}
    </Box>
  );
}

/** Actions an unlocked user rarely needs, out of the way. */
function MoreActions({ blockedReason, onUnlock }: { blockedReason?: string; onUnlock: () => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <IconButton size="small" aria-label="More actions" onClick={(event) => setAnchor(event.currentTarget)} data-testid="user-more">
        <MoreVert fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem
          disabled={Boolean(blockedReason)}
          title={blockedReason ?? 'The platform does not list this user as locked; unlocking does no harm.'}
          onClick={() => {
            setAnchor(null);
            onUnlock();
          }}
          data-testid="user-unlock"
        >
          Unlock
        </MenuItem>
      </Menu>
    </>
  );
}
