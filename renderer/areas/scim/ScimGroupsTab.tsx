// SCIM groups: look up by display name, open one to see its members, change it.
import Box from '@mui/material/Box';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { ScimFilterOperator } from '../../../shared/areas/scim/filter';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useScimGroup, useScimGroupSearch } from './api';
import { LookupBar } from './LookupBar';
import { ResultList } from './ResultList';
import { ScimGroupDialog } from './ScimGroupDialog';
import { ScimGroupPanel } from './ScimGroupPanel';

export function ScimGroupsTab({ instance, blockedReason }: { instance: InstanceView; blockedReason?: string }) {
  const [search, setSearch] = useState<{ operator: ScimFilterOperator; value: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useScimGroupSearch(instance.id, search);
  const lookup = useScimGroup(instance.id, selected);
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1 }}>
          <LookupBar
            attribute="displayName"
            label="Display name"
            testId="scim-groups"
            onSearch={(next) => {
              setSearch(next);
              setSelected(next.operator === 'eq' && next.value ? next.value : null);
            }}
          />
        </Box>
        <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setCreating(true)} data-testid="scim-group-create">
          New SCIM group
        </GuardedButton>
      </Box>
      {!search && <EmptyState title="Look up a group" description="Search by display name (displayName eq, sw or co); an empty search lists the first 20 groups." />}
      {search && (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          {list.isLoading && <LoadingState label="Searching…" />}
          {list.error && (
            <Box sx={{ width: 280 }}>
              <ErrorState error={list.error} title="The search failed" onRetry={() => void list.refetch()} />
            </Box>
          )}
          {list.data && (
            <ResultList
              testId="scim-groups"
              names={list.data.resources.map((g) => ({ name: g.displayName, secondary: `${g.members.length} members` }))}
              totalResults={list.data.totalResults}
              selected={selected}
              onOpen={setSelected}
            />
          )}
          <Box sx={{ flex: 1, minWidth: 0 }}>
            {selected && (
              <ScimGroupPanel key={selected} instance={instance} displayName={selected} lookup={lookup} blockedReason={blockedReason} onDeleted={() => setSelected(null)} />
            )}
          </Box>
        </Box>
      )}
      {creating && (
        <ScimGroupDialog
          instanceId={instance.id}
          onClose={() => setCreating(false)}
          onSaved={(group) => {
            setCreating(false);
            setSearch({ operator: 'eq', value: group.displayName });
            setSelected(group.displayName);
          }}
        />
      )}
    </Box>
  );
}
