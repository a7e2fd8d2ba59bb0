// One SCIM user: the resource and its raw JSON, and the changes (patch, replace, delete).
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { ScimLookup, ScimUser } from '../../../shared/areas/scim/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useScimMutation } from './api';
import { chips, ScimResourceView } from './ScimResourceView';
import { ScimUserDialog } from './ScimUserDialog';
import { ScimUserPatchDialog } from './ScimUserPatchDialog';
import type { ActiveChoice } from './scim-forms';

interface Props {
  instance: InstanceView;
  userName: string;
  lookup: { data?: ScimLookup<ScimUser>; error: unknown; isLoading: boolean; refetch: () => unknown };
  blockedReason?: string;
  onDeleted: () => void;
}

export function ScimUserPanel({ instance, userName, lookup, blockedReason, onDeleted }: Props) {
  const [patching, setPatching] = useState<ActiveChoice | 'form' | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useScimMutation(instance.id, 'scim.deleteUser', () => {
    setDeleting(false);
    onDeleted();
  });
  if (lookup.isLoading) return <LoadingState label={`Looking up ${userName}…`} />;
  if (lookup.error) return <ErrorState error={lookup.error} title={`Could not read ${userName}`} onRetry={() => void lookup.refetch()} />;
  if (!lookup.data) return null;
  if (!lookup.data.found) {
    return (
      <Alert severity="warning" variant="outlined" data-testid="scim-not-found">
        <strong>Not found:</strong> SCIM has no user “{userName}”. The platform said: {lookup.data.detail} (answered HTTP {lookup.data.status} with a SCIM error body).
      </Alert>
    );
  }
  const user = lookup.data.resource;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="scim-user" data-username={user.userName}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" sx={{ mr: 1 }}>
          {user.userName}
        </Typography>
        <Chip size="small" color={user.active ? 'success' : 'default'} label={user.active ? 'active' : 'inactive'} data-testid="scim-user-active" />
        <Box sx={{ flex: 1 }} />
        <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setPatching(user.active ? 'inactive' : 'active')} data-testid="scim-user-toggle">
          {user.active ? 'Deactivate' : 'Activate'}
        </GuardedButton>
        <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setPatching('form')} data-testid="scim-user-patch">
          Patch…
        </GuardedButton>
        <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setReplacing(true)} data-testid="scim-user-replace">
          Replace…
        </GuardedButton>
        <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => setDeleting(true)} data-testid="scim-user-delete">
          Delete
        </GuardedButton>
        <CurlButton call="scim.getUser" input={() => ({ userName: user.userName })} label="cURL" />
      </Box>
      <ScimResourceView
        label={`SCIM user ${user.userName}`}
        raw={user.raw}
        fields={[
          { label: 'id', value: user.id },
          { label: 'userName', value: user.userName },
          { label: 'active', value: String(user.active), testId: 'scim-field-active' },
          { label: 'emails', value: user.emails.map((e) => `${e.value}${e.primary ? ' (primary)' : ''}`).join(', ') || '(none)', testId: 'scim-field-emails' },
          { label: 'groups', value: chips(user.groups), testId: 'scim-field-groups' },
          { label: 'schemas', value: user.schemas.join(', ') },
          {
            label: 'meta',
            value:
              Object.entries(user.meta)
                .map(([k, v]) => `${k}: ${v}`)
                .join(', ') || '(none)',
          },
        ]}
      />
      {patching && (
        <ScimUserPatchDialog
          instanceId={instance.id}
          user={user}
          preset={patching === 'form' ? undefined : patching}
          onClose={() => setPatching(null)}
          onSaved={() => setPatching(null)}
        />
      )}
      {replacing && <ScimUserDialog instanceId={instance.id} user={user} onClose={() => setReplacing(false)} onSaved={() => setReplacing(false)} />}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${user.userName}?`}
        message={
          <>
            <span>DELETE /access/api/v1/scim/v2/Users/{user.userName} removes the user from the platform (Access too). The identity provider may provision it again.</span>
            <Box sx={{ mt: 1 }}>
              <CurlButton call="scim.deleteUser" input={() => ({ userName: user.userName })} />
            </Box>
            {remove.error ? (
              <Box sx={{ mt: 1 }}>
                <ErrorState error={remove.error} title="The platform refused the delete" />
              </Box>
            ) : null}
          </>
        }
        confirmLabel="Delete"
        destructive
        instance={instance}
        busy={remove.isPending}
        onConfirm={() => remove.mutate({ userName: user.userName })}
        onClose={() => setDeleting(false)}
      />
    </Paper>
  );
}
