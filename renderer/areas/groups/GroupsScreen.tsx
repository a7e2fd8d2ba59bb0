// Groups: every group through the cursor, filtered and sorted on the client, with a
// details panel for members and edits.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';
import { useGroupNames } from './api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { adminNeedOf, useInstanceAccess } from '../../app/instance-access';
import { NeedsAdminState } from '../../components/NeedsAdminState';
import { GuardedButton } from '../../components/GuardedButton';
import { openObject, useOpenObject } from '../../app/open-object';
import { GroupDetailsDrawer } from './GroupDetailsDrawer';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupsList } from './GroupsList';

const fmt = new Intl.NumberFormat('en-US');

export default function GroupsScreen() {
  const { instance, instanceId, blockedReason } = useInstanceAccess();
  const groups = useGroupNames(instanceId);
  const [text, setText] = useState('');
  const [descending, setDescending] = useState(false);
  const [creating, setCreating] = useState(false);
  const [openGroup, setOpenGroup] = useOpenObject('groups', instanceId);
  const needle = useDeferredValue(text.trim().toLowerCase());
  const sorted = useMemo(() => [...(groups.data ?? [])].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())), [groups.data]);
  const shown = useMemo(() => {
    const matching = needle ? sorted.filter((name) => name.toLowerCase().includes(needle)) : sorted;
    return descending ? [...matching].reverse() : matching;
  }, [sorted, needle, descending]);
  const openUser = (username: string) => instanceId && openObject('users', instanceId, username, 'groups');

  if (!instance) return <EmptyState title="No instance" description="Add a JFrog instance to manage its groups." />;
  const adminNeed = adminNeedOf({ error: groups.error, refused: 'list groups' });
  const forbidden = adminNeed !== null;
  const header = (
    <PageHeader
      title="Groups"
      subtitle={instance.name}
      actions={
        <>
          <Button onClick={() => void groups.refetch()} disabled={groups.isFetching}>
            Reload
          </Button>
          {!forbidden && (
            <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setCreating(true)} data-testid="group-create">
              New group
            </GuardedButton>
          )}
        </>
      }
    />
  );
  if (adminNeed)
    return (
      <>
        {header}
        <NeedsAdminState instanceName={instance.name} need={adminNeed} />
      </>
    );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 120px)', minHeight: 420 }}>
      {header}
      <ReadOnlyNotice instance={instance} />
      {groups.error && <ErrorState error={groups.error} title="Could not list groups" onRetry={() => void groups.refetch()} />}
      {groups.isLoading && <LoadingState label="Loading groups…" />}
      {groups.data && (
        <>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1.5 }}>
            <TextField
              size="small"
              label="Filter groups"
              value={text}
              onChange={(e) => setText(e.target.value)}
              fullWidth={false}
              sx={{ width: 280 }}
              slotProps={{ htmlInput: { 'data-testid': 'groups-filter' } }}
            />
            <Typography variant="body2" color="text.secondary" data-testid="groups-count">
              {fmt.format(shown.length)} of {fmt.format(sorted.length)}
            </Typography>
          </Box>
          <Box data-testid="groups-table" data-loaded-count={sorted.length} sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
            {instanceId && <GroupsList instanceId={instanceId} names={shown} descending={descending} onSort={() => setDescending((d) => !d)} onOpen={setOpenGroup} />}
          </Box>
        </>
      )}
      {openGroup && instanceId && (
        <GroupDetailsDrawer
          key={openGroup}
          instanceId={instanceId}
          name={openGroup}
          blockedReason={blockedReason}
          onClose={() => setOpenGroup(null)}
          onOpenUser={openUser}
          onDeleted={() => setOpenGroup(null)}
        />
      )}
      {creating && instanceId && (
        <GroupFormDialog
          instanceId={instanceId}
          onClose={() => setCreating(false)}
          onSaved={(group) => {
            setCreating(false);
            setOpenGroup(group.name);
          }}
        />
      )}
    </Box>
  );
}
