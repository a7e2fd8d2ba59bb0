// Picks group names from every group of the instance. Only the first matches are listed
// so a few thousand groups never become a few thousand DOM nodes.
import Autocomplete, { createFilterOptions, type AutocompleteRenderInputParams } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useGroupNames } from '../groups/api';

const filter = createFilterOptions<string>({ limit: 100 });

interface Single {
  multiple?: false;
  value: string | null;
  onChange: (value: string | null) => void;
}
interface Multiple {
  multiple: true;
  value: string[];
  onChange: (value: string[]) => void;
}

type Props = (Single | Multiple) & {
  instanceId: string | undefined;
  label: string;
  exclude?: readonly string[];
  testId?: string;
  disabled?: boolean;
  /** Read the group names only when the picker is first used (a picker that stays on screen). */
  lazy?: boolean;
};

export function GroupPicker(props: Props) {
  const [used, setUsed] = useState(!props.lazy);
  const groups = useGroupNames(used ? props.instanceId : undefined);
  const use = () => setUsed(true);
  const excluded = new Set(props.exclude ?? []);
  const options = (groups.data ?? []).filter((name) => !excluded.has(name));
  const input = (params: AutocompleteRenderInputParams) => (
    <TextField
      {...params}
      label={props.label}
      size="small"
      helperText={groups.isError ? 'Could not load the groups' : undefined}
      onFocus={use}
      slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': props.testId } }}
    />
  );
  if (props.multiple) {
    return (
      <Autocomplete
        multiple
        options={options}
        filterOptions={filter}
        loading={groups.isLoading}
        onOpen={use}
        value={props.value}
        disabled={props.disabled}
        onChange={(_, value) => props.onChange(value)}
        renderInput={input}
      />
    );
  }
  return (
    <Autocomplete
      options={options}
      filterOptions={filter}
      loading={groups.isLoading}
      onOpen={use}
      value={props.value}
      disabled={props.disabled}
      onChange={(_, value) => props.onChange(value)}
      renderInput={input}
    />
  );
}
