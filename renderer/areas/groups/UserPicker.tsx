// Picks users from the users already loaded for the instance: a plain substring scan over
// the precomputed lower-case names, capped, so it answers instantly at 100,000 users.
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import type { UserTable } from '../users/api';

const LIMIT = 50;

interface Props {
  table: UserTable | undefined;
  version: number;
  exclude: ReadonlySet<string>;
  value: string[];
  onChange: (value: string[]) => void;
  disabled?: boolean;
}

export function UserPicker({ table, version, exclude, value, onChange, disabled }: Props) {
  const [text, setText] = useState('');
  const options = useMemo(() => {
    if (!table || !text.trim()) return [];
    const needle = text.trim().toLowerCase();
    const out: string[] = [];
    for (let i = 0; i < table.count && out.length < LIMIT; i++) {
      if (table.lower[i].includes(needle) && !exclude.has(table.names[i])) out.push(table.names[i]);
    }
    return out;
    // version: the table is mutable and changes while users stream in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [table, version, text, exclude]);
  return (
    <Autocomplete
      multiple
      options={options}
      filterOptions={(o) => o}
      value={value}
      disabled={disabled}
      inputValue={text}
      onInputChange={(_, next) => setText(next)}
      onChange={(_, next) => onChange(next)}
      noOptionsText={text ? 'No loaded user matches' : 'Type part of a username'}
      renderInput={(params) => (
        <TextField {...params} size="small" label="Add members" slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'member-picker' } }} />
      )}
    />
  );
}
