// The activity filters: instance, action (an area or one call), result, and a search in targets.
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ActivityFilter, ActivityPage } from '../../../shared/areas/activity/model';
import { actionChoices } from './activity-view';

export interface FilterValues {
  instanceId: string;
  call: string;
  result: 'all' | 'ok' | 'failed';
  search: string;
}

/** A select whose empty value means "every …": show that choice, with the label above it. */
const SHOW_EMPTY = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

export const NO_FILTERS: FilterValues = { instanceId: '', call: '', result: 'all', search: '' };

/** The form's values as the call's filter (empty means any). */
export function toFilter(values: FilterValues): ActivityFilter {
  return {
    ...(values.instanceId ? { instanceId: values.instanceId } : {}),
    ...(values.call ? { call: values.call } : {}),
    result: values.result,
    ...(values.search.trim() ? { search: values.search.trim() } : {}),
  };
}

interface Props {
  values: FilterValues;
  facets: ActivityPage['facets'] | undefined;
  onChange: (patch: Partial<FilterValues>) => void;
}

export function ActivityFilters({ values, facets, onChange }: Props) {
  const instances = facets?.instances ?? [];
  const actions = actionChoices(facets?.calls ?? []);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '200px 240px 150px 1fr' }, gap: 1.5, mb: 2 }}>
      <TextField select size="small" label="Instance" value={values.instanceId} onChange={(e) => onChange({ instanceId: e.target.value })} slotProps={SHOW_EMPTY}>
        <MenuItem value="">Every instance</MenuItem>
        {instances.map((instance) => (
          <MenuItem key={instance.id} value={instance.id}>
            {instance.name}
            {instance.environment ? ` (${instance.environment.toUpperCase()})` : ''}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label="Action" value={values.call} onChange={(e) => onChange({ call: e.target.value })} slotProps={SHOW_EMPTY}>
        <MenuItem value="">Every action</MenuItem>
        {actions.map((choice) => (
          <MenuItem key={choice.value} value={choice.value} sx={choice.value.endsWith('.') ? { fontWeight: 600 } : { pl: 4, fontFamily: 'monospace', fontSize: 13 }}>
            {choice.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label="Result" value={values.result} onChange={(e) => onChange({ result: e.target.value as FilterValues['result'] })}>
        <MenuItem value="all">Any result</MenuItem>
        <MenuItem value="ok">Succeeded</MenuItem>
        <MenuItem value="failed">Failed</MenuItem>
      </TextField>
      <TextField
        size="small"
        label="Search targets"
        placeholder="A user, a group…"
        value={values.search}
        onChange={(e) => onChange({ search: e.target.value })}
        slotProps={{ htmlInput: { 'data-testid': 'activity-search', maxLength: 200 } }}
      />
    </Box>
  );
}
