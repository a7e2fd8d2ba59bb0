// Members of a group: pending additions (picker) and removals (list) go out in one
// groups.updateMembers call; pasted names go out once checked.
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';
import { useGroupMutation } from './api';
import { useInstance } from '../../app/active-instance';
import { needsTypedName } from '../../app/environment';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useUserTable } from '../users/api';
import { ErrorState } from '../../components/ErrorState';
import { CurlButton } from '../../components/CurlButton';
import { GuardedButton } from '../../components/GuardedButton';
import { matchingMembers } from './group-summary';
import { MemberList } from './MemberList';
import { PasteMembers } from './PasteMembers';
import { UserPicker } from './UserPicker';

/** Groups with more members than this get a search field. */
const SEARCH_FROM = 8;

interface Props {
  instanceId: string;
  group: string;
  members: string[];
  blockedReason?: string;
  onSaved?: () => void;
  onOpenUser: (username: string) => void;
}

export function MembersEditor({ instanceId, group, members, blockedReason, onSaved, onOpenUser }: Props) {
  const { table, version } = useUserTable(instanceId);
  const memberSet = useMemo(() => new Set(members), [members]);
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<ReadonlySet<string>>(new Set());
  const save = useGroupMutation(instanceId, 'groups.updateMembers', () => {
    setAdd([]);
    setRemove(new Set());
    onSaved?.();
  });
  const toggleRemove = (name: string) =>
    setRemove((prev) => {
      const next = new Set(prev);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  const pending = add.length + remove.size;
  // A large group (an auto-join group holds every user) is searched, not scrolled.
  const [search, setSearch] = useState('');
  const needle = useDeferredValue(search);
  const shown = useMemo(() => matchingMembers(members, needle), [members, needle]);
  const searchable = members.length > SEARCH_FROM;
  const instance = useInstance(instanceId);
  const [confirming, setConfirming] = useState(false);
  const send = () => save.mutate({ name: group, add, remove: [...remove] }, { onSettled: () => setConfirming(false) });
  // Removing members is destructive: a guarded instance asks for its name first.
  const onSave = () => (remove.size > 0 && instance && needsTypedName(instance) ? setConfirming(true) : send());
  return (
    <Box data-testid="group-members">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        Members ({members.length.toLocaleString('en-US')})
      </Typography>
      {searchable && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
          <TextField
            size="small"
            label="Search members"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            sx={{ flex: 1 }}
            slotProps={{ htmlInput: { 'data-testid': 'member-search', spellCheck: false } }}
          />
          <Typography variant="body2" color="text.secondary" data-testid="member-search-count" sx={{ whiteSpace: 'nowrap' }}>
            {shown.length.toLocaleString('en-US')} of {members.length.toLocaleString('en-US')}
          </Typography>
        </Box>
      )}
      <MemberList
        members={shown}
        removing={remove}
        blockedReason={blockedReason}
        onToggleRemove={toggleRemove}
        onOpenUser={onOpenUser}
        emptyText={needle.trim() ? `No member matches “${needle.trim()}”.` : undefined}
      />
      <Box sx={{ mt: 1.5 }}>
        <UserPicker table={table} version={version} exclude={memberSet} value={add} onChange={setAdd} disabled={Boolean(blockedReason)} />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, mt: 1, alignItems: 'center' }}>
        <GuardedButton size="small" variant="contained" blockedReason={blockedReason} disabled={pending === 0 || save.isPending} onClick={onSave} data-testid="members-save">
          Save members{pending ? ` (+${add.length} −${remove.size})` : ''}
        </GuardedButton>
        <CurlButton call="groups.updateMembers" input={() => ({ name: group, add, remove: [...remove] })} />
      </Box>
      {save.error && (
        <Box sx={{ mt: 1 }}>
          <ErrorState error={save.error} title="The members were not changed" />
        </Box>
      )}
      <ConfirmDialog
        open={confirming}
        title="Remove members"
        message={`Remove ${remove.size.toLocaleString('en-US')} member${remove.size === 1 ? '' : 's'} from ${group}${add.length ? ` and add ${add.length.toLocaleString('en-US')}` : ''}?`}
        confirmLabel="Save members"
        destructive
        instance={instance}
        busy={save.isPending}
        onConfirm={send}
        onClose={() => setConfirming(false)}
      />
      <PasteMembers table={table} members={memberSet} blockedReason={blockedReason} busy={save.isPending} onAdd={(names) => save.mutate({ name: group, add: names, remove: [] })} />
    </Box>
  );
}
