// A project's members: users and groups with their roles. Add one (pickers over the
// instance's users and groups), paste a list, change roles, remove; several at once with a
// result per member. A member's name opens it on the users or groups screen.
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import GroupOutlined from '@mui/icons-material/GroupOutlined';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlineOutlined';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { isForbidden } from '../../app/instance-access';
import { openObject } from '../../app/open-object';
import { CurlButton } from '../../components/CurlButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useMembers, useRoles } from './api';
import { MemberBulkDialog, type BulkMode, type MemberRef } from './MemberBulkDialog';
import { MemberDialog } from './MemberDialog';
import { SortHeader } from './SortHeader';
import { nextSort, type SortState } from './sorting';
import { sortMembers, type MemberRow, type MemberSortKey } from './tab-rows';

interface Props {
  instanceId: string;
  projectKey: string;
  blockedReason?: string;
}

const ROW = 44;

export function MembersTab({ instanceId, projectKey, blockedReason }: Props) {
  const users = useMembers(instanceId, projectKey, 'users');
  const groups = useMembers(instanceId, projectKey, 'groups');
  const roles = useRoles(instanceId, projectKey);
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<MemberRow | 'new' | null>(null);
  const [bulk, setBulk] = useState<BulkMode | null>(null);
  const [sort, setSort] = useState<SortState<MemberSortKey>>({ key: 'member', descending: false });
  const scrollRef = useRef<HTMLDivElement>(null);

  const rows = useMemo<MemberRow[]>(
    () => [
      ...(users.data ?? []).map((m) => ({ kind: 'users' as const, name: m.name, roles: m.roles, id: `users/${m.name}` })),
      ...(groups.data ?? []).map((m) => ({ kind: 'groups' as const, name: m.name, roles: m.roles, id: `groups/${m.name}` })),
    ],
    [users.data, groups.data],
  );
  const sorted = useMemo(() => sortMembers(rows, sort.key, sort.descending), [rows, sort]);
  const needle = text.trim().toLowerCase();
  const shown = useMemo(
    () => (needle ? sorted.filter((row) => row.name.toLowerCase().includes(needle) || row.roles.some((role) => role.toLowerCase().includes(needle))) : sorted),
    [sorted, needle],
  );
  const onSort = (key: MemberSortKey) => setSort((current) => nextSort(current, key));
  const memberSets = useMemo(() => ({ users: new Set((users.data ?? []).map((m) => m.name)), groups: new Set((groups.data ?? []).map((m) => m.name)) }), [users.data, groups.data]);
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 6 });

  const error = users.error ?? groups.error;
  if (error && isForbidden(error)) {
    return (
      <EmptyState
        title="Needs admin permissions"
        description="The platform refuses to show this project's members to this credential (HTTP 403): it needs the platform administrator, or a project admin allowed to manage members."
      />
    );
  }
  if (error)
    return (
      <ErrorState
        error={error}
        title="Could not list the members"
        onRetry={() => {
          void users.refetch();
          void groups.refetch();
        }}
      />
    );
  if (users.isLoading || groups.isLoading) return <LoadingState label="Loading the members…" />;

  const selectedRefs = rows.filter((row) => selected.has(row.id));
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const openMember = (row: MemberRef) => openObject(row.kind, instanceId, row.name, 'projects');
  const roleList = roles.data ?? [];

  return (
    <Box data-testid="project-members">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1.5 }}>
        <TextField
          size="small"
          label="Filter members or roles"
          value={text}
          onChange={(e) => setText(e.target.value)}
          sx={{ width: 240 }}
          slotProps={{ htmlInput: { 'data-testid': 'members-filter' } }}
        />
        <Typography variant="body2" color="text.secondary" data-testid="members-count">
          {users.data?.length ?? 0} users, {groups.data?.length ?? 0} groups
        </Typography>
        <Box sx={{ flex: 1 }} />
        <GuardedButton size="small" variant="contained" blockedReason={blockedReason} onClick={() => setEditing('new')} data-testid="member-add">
          Add member
        </GuardedButton>
        <GuardedButton size="small" variant="outlined" blockedReason={blockedReason} onClick={() => setBulk('paste')} data-testid="member-paste">
          Paste a list
        </GuardedButton>
      </Box>
      {selected.size > 0 && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 1 }} data-testid="members-selection">
          <Typography variant="body2">{selected.size} selected</Typography>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => setBulk('set-roles')} data-testid="members-set-roles">
            Set roles
          </GuardedButton>
          <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => setBulk('remove')} data-testid="members-remove">
            Remove
          </GuardedButton>
          <Link component="button" type="button" onClick={() => setSelected(new Set())}>
            Clear
          </Link>
        </Box>
      )}
      {roles.error && <ErrorState error={roles.error} title="Could not list the project's roles (needed to give roles)" />}
      {rows.length === 0 ? (
        <EmptyState title="No members yet" description="Add users or groups and give them roles: a role grants its actions in the environments it covers." />
      ) : (
        <Box role="table" aria-label="Members" sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Box
            role="row"
            sx={{
              display: 'grid',
              gridTemplateColumns: GRID,
              alignItems: 'center',
              px: 1,
              height: 40,
              borderBottom: 1,
              borderColor: 'divider',
              bgcolor: 'action.hover',
              fontSize: 14,
              fontWeight: 600,
            }}
          >
            <Checkbox
              size="small"
              checked={shown.length > 0 && shown.every((row) => selected.has(row.id))}
              indeterminate={shown.some((row) => selected.has(row.id)) && !shown.every((row) => selected.has(row.id))}
              onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((row) => row.id)) : new Set())}
              slotProps={{ input: { 'aria-label': 'Select every member shown' } }}
            />
            <SortHeader column="member" label="Member" sort={sort} onSort={onSort} />
            <SortHeader column="roles" label="Roles" sort={sort} onSort={onSort} />
            <span />
          </Box>
          <Box ref={scrollRef} sx={{ maxHeight: 420, overflow: 'auto' }}>
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = shown[item.index];
                return (
                  <Box
                    key={row.id}
                    role="row"
                    data-testid="member-row"
                    data-kind={row.kind}
                    data-name={row.name}
                    sx={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: ROW,
                      transform: `translateY(${item.start}px)`,
                      display: 'grid',
                      gridTemplateColumns: GRID,
                      alignItems: 'center',
                      px: 1,
                      borderBottom: 1,
                      borderColor: 'divider',
                      fontSize: 14,
                    }}
                  >
                    <Checkbox size="small" checked={selected.has(row.id)} onChange={() => toggle(row.id)} slotProps={{ input: { 'aria-label': `Select ${row.name}` } }} />
                    <Box role="cell" sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minWidth: 0 }}>
                      {row.kind === 'users' ? <PersonOutlined fontSize="small" titleAccess="User" /> : <GroupOutlined fontSize="small" titleAccess="Group" />}
                      <Link
                        component="button"
                        type="button"
                        onClick={() => openMember(row)}
                        sx={{ fontFamily: 'monospace', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                        title={`Open ${row.name} on the ${row.kind} screen`}
                        data-testid="member-open"
                      >
                        {row.name}
                      </Link>
                    </Box>
                    <Box role="cell" sx={{ display: 'flex', gap: 0.5, overflow: 'hidden' }}>
                      {row.roles.map((role) => (
                        <Chip key={role} size="small" label={role} />
                      ))}
                    </Box>
                    <Box role="cell" sx={{ display: 'flex', justifyContent: 'flex-end' }}>
                      <Tooltip title={blockedReason ?? 'Change roles'}>
                        <span>
                          <IconButton size="small" disabled={Boolean(blockedReason)} onClick={() => setEditing(row)} aria-label={`Change roles of ${row.name}`}>
                            <EditOutlined fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <Tooltip title={blockedReason ?? 'Remove from the project'}>
                        <span>
                          <IconButton
                            size="small"
                            disabled={Boolean(blockedReason)}
                            onClick={() => {
                              setSelected(new Set([row.id]));
                              setBulk('remove');
                            }}
                            aria-label={`Remove ${row.name}`}
                          >
                            <RemoveCircleOutline fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                    </Box>
                  </Box>
                );
              })}
            </div>
          </Box>
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 0.5, mt: 1 }}>
        <CurlButton call="projects.members" input={() => ({ key: projectKey, kind: 'users' as const })} label="cURL: list users" />
        <CurlButton call="projects.members" input={() => ({ key: projectKey, kind: 'groups' as const })} label="cURL: list groups" />
      </Box>
      {editing && (
        <MemberDialog
          instanceId={instanceId}
          projectKey={projectKey}
          roles={roleList}
          member={editing === 'new' ? undefined : editing}
          members={memberSets}
          onClose={() => setEditing(null)}
        />
      )}
      {bulk && (
        <MemberBulkDialog
          instanceId={instanceId}
          projectKey={projectKey}
          mode={bulk}
          roles={roleList}
          members={memberSets}
          selected={bulk === 'paste' ? undefined : selectedRefs}
          blockedReason={blockedReason}
          onClose={() => setBulk(null)}
          onFinished={(done) => setSelected((prev) => new Set([...prev].filter((id) => !done.some((ref) => `${ref.kind}/${ref.name}` === id))))}
        />
      )}
    </Box>
  );
}

const GRID = '44px minmax(180px, 1fr) minmax(200px, 1.4fr) 84px';
