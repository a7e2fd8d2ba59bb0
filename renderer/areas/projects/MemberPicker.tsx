// Picks a user or a group of the instance for a project. Users are searched in the users
// already loaded for the instance (a substring scan over the precomputed lower-case names,
// capped), groups in the group list: a few thousand names never become DOM nodes.
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import type { MemberKind } from '../../../shared/areas/projects/model';
import { useGroupNames } from '../groups/api';
import { useUserTable } from '../users/api';

const LIMIT = 50;

interface Props {
  instanceId: string;
  kind: MemberKind;
  value: string | null;
  onChange: (name: string | null) => void;
  exclude: ReadonlySet<string>;
  error?: string;
}

/** Case-insensitive substring matches, at most `limit`, skipping `exclude`. */
export function matchNames(names: readonly string[], lower: readonly string[], text: string, exclude: ReadonlySet<string>, limit = LIMIT): string[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const out: string[] = [];
  for (let i = 0; i < names.length && out.length < limit; i++) if (lower[i].includes(needle) && !exclude.has(names[i])) out.push(names[i]);
  return out;
}

export function MemberPicker(props: Props) {
  return props.kind === 'users' ? <UserField {...props} /> : <GroupField {...props} />;
}

function UserField({ instanceId, value, onChange, exclude, error }: Props) {
  const { table, version } = useUserTable(instanceId);
  const [text, setText] = useState('');
  const options = useMemo(
    () => (table ? matchNames(table.names, table.lower, text, exclude) : []),
    // version: the table is mutable and grows while users stream in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, version, text, exclude],
  );
  return (
    <Autocomplete
      options={options}
      filterOptions={(o) => o}
      value={value}
      inputValue={text}
      onInputChange={(_, next) => setText(next)}
      onChange={(_, next) => onChange(next)}
      loading={!table?.done}
      noOptionsText={text ? 'No user of the instance matches' : 'Type part of a username'}
      renderInput={(params) => (
        <TextField
          {...params}
          label="User"
          error={Boolean(error)}
          helperText={error ?? (table && !table.done ? `Searching ${table.count.toLocaleString('en-US')} users loaded so far…` : undefined)}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'member-name' } }}
        />
      )}
    />
  );
}

function GroupField({ instanceId, value, onChange, exclude, error }: Props) {
  const groups = useGroupNames(instanceId);
  const [text, setText] = useState('');
  const names = useMemo(() => groups.data ?? [], [groups.data]);
  const lower = useMemo(() => names.map((name) => name.toLowerCase()), [names]);
  const options = useMemo(() => matchNames(names, lower, text, exclude), [names, lower, text, exclude]);
  return (
    <Autocomplete
      options={options}
      filterOptions={(o) => o}
      value={value}
      inputValue={text}
      onInputChange={(_, next) => setText(next)}
      onChange={(_, next) => onChange(next)}
      loading={groups.isLoading}
      noOptionsText={text ? 'No group of the instance matches' : 'Type part of a group name'}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Group"
          error={Boolean(error) || groups.isError}
          helperText={error ?? (groups.isError ? 'Could not load the groups' : undefined)}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'member-name' } }}
        />
      )}
    />
  );
}
