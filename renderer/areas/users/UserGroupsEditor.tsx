// A user's groups: remove only what the user is in, add only what they are not in, and
// send both lists in one users.updateGroups call.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useUserMutation } from './api';
import { useInstance } from '../../app/active-instance';
import { needsTypedName } from '../../app/environment';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { CurlButton } from '../../components/CurlButton';
import { GroupPicker } from './GroupPicker';
import { GuardedButton } from '../../components/GuardedButton';

interface Props {
  instanceId: string;
  username: string;
  groups: string[];
  blockedReason?: string;
  onOpenGroup: (name: string) => void;
  onSaved?: () => void;
}

export function UserGroupsEditor({ instanceId, username, groups, blockedReason, onOpenGroup, onSaved }: Props) {
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const save = useUserMutation(instanceId, 'users.updateGroups', () => {
    setAdd([]);
    setRemove([]);
    onSaved?.();
  });
  const instance = useInstance(instanceId);
  const [confirming, setConfirming] = useState(false);
  const send = () => save.mutate({ username, add, remove }, { onSettled: () => setConfirming(false) });
  // Taking a user out of groups is destructive: a guarded instance asks for its name first.
  const onSave = () => (remove.length > 0 && instance && needsTypedName(instance) ? setConfirming(true) : send());
  const toggleRemove = (group: string) => setRemove((r) => (r.includes(group) ? r.filter((g) => g !== group) : [...r, group]));
  return (
    <Box data-testid="user-groups">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        Groups ({groups.length})
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mb: 1 }}>
        {groups.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            In no group.
          </Typography>
        )}
        {groups.map((group) => (
          <Chip
            key={group}
            size="small"
            label={group}
            data-testid="user-group-chip"
            onClick={() => onOpenGroup(group)}
            color={remove.includes(group) ? 'error' : 'default'}
            variant={remove.includes(group) ? 'outlined' : 'filled'}
            sx={remove.includes(group) ? { textDecoration: 'line-through' } : undefined}
            onDelete={blockedReason ? undefined : () => toggleRemove(group)}
            title={remove.includes(group) ? 'Will be removed: click × to keep' : 'Open the group'}
          />
        ))}
      </Box>
      <GroupPicker
        multiple
        instanceId={instanceId}
        label="Add to groups"
        exclude={groups}
        value={add}
        onChange={setAdd}
        disabled={Boolean(blockedReason)}
        testId="user-add-groups"
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 1, alignItems: 'center' }}>
        <GuardedButton
          size="small"
          variant="contained"
          blockedReason={blockedReason}
          disabled={(!add.length && !remove.length) || save.isPending}
          onClick={onSave}
          data-testid="user-groups-save"
        >
          Save groups{add.length || remove.length ? ` (+${add.length} −${remove.length})` : ''}
        </GuardedButton>
        <CurlButton call="users.updateGroups" input={() => ({ username, add, remove })} />
      </Box>
      {save.error && (
        <Box sx={{ mt: 1 }}>
          <ErrorState error={save.error} title="The groups were not changed" />
        </Box>
      )}
      <ConfirmDialog
        open={confirming}
        title="Remove from groups"
        message={`Remove ${username} from ${remove.join(', ')}${add.length ? ` and add to ${add.join(', ')}` : ''}?`}
        confirmLabel="Save groups"
        destructive
        instance={instance}
        busy={save.isPending}
        onConfirm={send}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
