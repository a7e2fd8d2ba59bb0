// One SCIM group: the resource, its members and raw JSON, and the changes.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { ScimGroup, ScimLookup } from '../../../shared/areas/scim/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useScimMutation } from './api';
import { chips, ScimResourceView } from './ScimResourceView';
import { ScimGroupDialog } from './ScimGroupDialog';
import { ScimMembersDialog } from './ScimMembersDialog';

interface Props {
  instance: InstanceView;
  displayName: string;
  lookup: { data?: ScimLookup<ScimGroup>; error: unknown; isLoading: boolean; refetch: () => unknown };
  blockedReason?: string;
  onDeleted: () => void;
}

export function ScimGroupPanel({ instance, displayName, lookup, blockedReason, onDeleted }: Props) {
  const [members, setMembers] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useScimMutation(instance.id, 'scim.deleteGroup', () => {
    setDeleting(false);
    onDeleted();
  });
  if (lookup.isLoading) return <LoadingState label={`Looking up ${displayName}…`} />;
  if (lookup.error) return <ErrorState error={lookup.error} title={`Could not read ${displayName}`} onRetry={() => void lookup.refetch()} />;
  if (!lookup.data) return null;
  if (!lookup.data.found) {
    return (
      <Alert severity="warning" variant="outlined" data-testid="scim-not-found">
        <strong>Not found:</strong> SCIM has no group “{displayName}”. The platform said: {lookup.data.detail} (HTTP {lookup.data.status}).
      </Alert>
    );
  }
  const group = lookup.data.resource;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="scim-group" data-group={group.displayName}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" sx={{ mr: 1 }}>
          {group.displayName}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {group.members.length} members
        </Typography>
        <Box sx={{ flex: 1 }} />
        <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setMembers(true)} data-testid="scim-group-members-edit">
          Add / remove members…
        </GuardedButton>
        <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setReplacing(true)} data-testid="scim-group-replace">
          Replace…
        </GuardedButton>
        <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => setDeleting(true)} data-testid="scim-group-delete">
          Delete
        </GuardedButton>
        <CurlButton call="scim.getGroup" input={() => ({ displayName: group.displayName })} label="cURL" />
      </Box>
      <ScimResourceView
        label={`SCIM group ${group.displayName}`}
        raw={group.raw}
        fields={[
          { label: 'id', value: group.id },
          { label: 'displayName', value: group.displayName },
          { label: 'members', value: chips(group.members.map((m) => m.value)), testId: 'scim-field-members' },
          { label: 'schemas', value: group.schemas.join(', ') },
          {
            label: 'meta',
            value:
              Object.entries(group.meta)
                .map(([k, v]) => `${k}: ${v}`)
                .join(', ') || '(none)',
          },
        ]}
      />
      {members && <ScimMembersDialog instanceId={instance.id} group={group} onClose={() => setMembers(false)} onSaved={() => setMembers(false)} />}
      {replacing && <ScimGroupDialog instanceId={instance.id} group={group} onClose={() => setReplacing(false)} onSaved={() => setReplacing(false)} />}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${group.displayName}?`}
        message={
          <>
            <span>DELETE /access/api/v1/scim/v2/Groups/{group.displayName} removes the group from the platform; its members stay.</span>
            <Box sx={{ mt: 1 }}>
              <CurlButton call="scim.deleteGroup" input={() => ({ displayName: group.displayName })} />
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
        onConfirm={() => remove.mutate({ displayName: group.displayName })}
        onClose={() => setDeleting(false)}
      />
    </Paper>
  );
}
