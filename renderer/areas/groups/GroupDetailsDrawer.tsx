// A group's panel: its fields, edit, delete, and the member editor.
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import { useState } from 'react';
import { useGroupDetails, useGroupMutation } from './api';
import { useInstance } from '../../app/active-instance';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { CurlButton } from '../../components/CurlButton';
import { GuardedButton } from '../../components/GuardedButton';
import { GroupFormDialog } from './GroupFormDialog';
import { MembersEditor } from './MembersEditor';

interface Props {
  instanceId: string;
  name: string;
  blockedReason?: string;
  onClose: () => void;
  onOpenUser: (username: string) => void;
  onDeleted: () => void;
}

export function GroupDetailsDrawer({ instanceId, name, blockedReason, onClose, onOpenUser, onDeleted }: Props) {
  const details = useGroupDetails(instanceId, name);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const instance = useInstance(instanceId);
  const remove = useGroupMutation(instanceId, 'groups.delete', () => {
    setDialog(null);
    onDeleted();
  });
  const group = details.data;
  const fields: [string, string][] = group
    ? [
        ['Description', group.description || '—'],
        ['Auto join', group.auto_join ? 'yes' : 'no'],
        ['Admin privileges', group.admin_privileges ? 'yes' : 'no'],
        ['Realm', group.realm || 'internal'],
        ['External ID', group.external_id || '—'],
      ]
    : [];
  return (
    <Drawer anchor="right" open onClose={onClose} slotProps={{ paper: { sx: { width: { xs: '100%', sm: 480 }, p: 2 } } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }} data-testid="group-details" data-group={name}>
        <Typography variant="h6" sx={{ flex: 1, wordBreak: 'break-all' }}>
          {name}
        </Typography>
        <IconButton onClick={onClose} aria-label="Close details">
          <CloseIcon />
        </IconButton>
      </Box>
      {details.isLoading && <LoadingState label="Loading the group…" />}
      {details.error && <ErrorState error={details.error} title="Could not load the group" onRetry={() => void details.refetch()} />}
      {group && (
        <>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '150px 1fr', columnGap: 2, rowGap: 0.75, m: 0, mb: 2 }}>
            {fields.map(([label, value]) => (
              <Box key={label} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {value}
                </Typography>
              </Box>
            ))}
          </Box>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <GuardedButton size="small" variant="outlined" blockedReason={blockedReason} onClick={() => setDialog('edit')} data-testid="group-edit">
              Edit
            </GuardedButton>
            <GuardedButton size="small" variant="outlined" color="error" blockedReason={blockedReason} onClick={() => setDialog('delete')} data-testid="group-delete">
              Delete
            </GuardedButton>
            <CurlButton call="groups.delete" input={() => ({ name })} label="cURL: delete" />
          </Box>
          <Divider sx={{ my: 2 }} />
          <MembersEditor key={group.members.length} instanceId={instanceId} group={name} members={group.members} blockedReason={blockedReason} onOpenUser={onOpenUser} />
          {dialog === 'edit' && <GroupFormDialog instanceId={instanceId} group={group} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />}
          <ConfirmDialog
            open={dialog === 'delete'}
            title="Delete group"
            message={
              <>
                Delete the group {name}? Its {group.members.length} members stay, without it.
                {remove.error && (
                  <Box sx={{ mt: 1 }}>
                    <ErrorState error={remove.error} title="The platform refused" />
                  </Box>
                )}
              </>
            }
            confirmLabel="Delete"
            destructive
            instance={instance}
            busy={remove.isPending}
            onConfirm={() => remove.mutate({ name })}
            onClose={() => {
              remove.reset();
              setDialog(null);
            }}
          />
        </>
      )}
    </Drawer>
  );
}
