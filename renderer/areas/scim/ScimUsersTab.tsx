// SCIM users: look up by user name (the filter as the platform receives it), open one to
// see the resource, change it; create a new one.
import Box from '@mui/material/Box';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import type { ScimFilterOperator } from '../../../shared/areas/scim/filter';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { LoadingState } from '../../components/LoadingState';
import { useScimUser, useScimUserSearch } from './api';
import { LookupBar } from './LookupBar';
import { ResultList } from './ResultList';
import { ScimUserDialog } from './ScimUserDialog';
import { ScimUserPanel } from './ScimUserPanel';

interface Props {
  instance: InstanceView;
  blockedReason?: string;
}

export function ScimUsersTab({ instance, blockedReason }: Props) {
  const [search, setSearch] = useState<{ operator: ScimFilterOperator; value: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useScimUserSearch(instance.id, search);
  const lookup = useScimUser(instance.id, selected);
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1 }}>
          <LookupBar
            attribute="userName"
            label="User name"
            testId="scim-users"
            onSearch={(next) => {
              setSearch(next);
              // "is exactly" opens the user itself: a missing one shows the platform's "not found".
              setSelected(next.operator === 'eq' && next.value ? next.value : null);
            }}
          />
        </Box>
        <GuardedButton variant="contained" blockedReason={blockedReason} onClick={() => setCreating(true)} data-testid="scim-user-create">
          New SCIM user
        </GuardedButton>
      </Box>
      {!search && (
        <EmptyState title="Look up a user" description="Search by user name as the identity provider does (userName eq, sw or co). The platform answers at most 20 users." />
      )}
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
              testId="scim-users"
              names={list.data.resources.map((u) => ({ name: u.userName, secondary: u.active ? 'active' : 'inactive' }))}
              totalResults={list.data.totalResults}
              selected={selected}
              onOpen={setSelected}
            />
          )}
          <Box sx={{ flex: 1, minWidth: 0 }}>
            {selected && <ScimUserPanel key={selected} instance={instance} userName={selected} lookup={lookup} blockedReason={blockedReason} onDeleted={() => setSelected(null)} />}
          </Box>
        </Box>
      )}
      {creating && (
        <ScimUserDialog
          instanceId={instance.id}
          onClose={() => setCreating(false)}
          onSaved={(user) => {
            setCreating(false);
            setSearch({ operator: 'eq', value: user.userName });
            setSelected(user.userName);
          }}
        />
      )}
    </Box>
  );
}
