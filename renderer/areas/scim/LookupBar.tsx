// The lookup of one SCIM resource type: an operator and a value, with the filter shown as
// the platform receives it (quoted and escaped).
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { SCIM_FILTER_OPERATOR_LABELS, SCIM_FILTER_OPERATORS, scimFilter, type ScimFilterAttribute, type ScimFilterOperator } from '../../../shared/areas/scim/filter';
import { scimFilterValueSchema } from '../../../shared/areas/scim/model';
import { firstProblem } from './scim-forms';

interface Props {
  attribute: ScimFilterAttribute;
  label: string;
  onSearch: (search: { operator: ScimFilterOperator; value: string }) => void;
  testId: string;
}

export function LookupBar({ attribute, label, onSearch, testId }: Props) {
  const [operator, setOperator] = useState<ScimFilterOperator>('eq');
  const [value, setValue] = useState('');
  const problem = firstProblem(scimFilterValueSchema, value);
  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) onSearch({ operator, value: value.trim() });
      }}
      sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}
    >
      <TextField
        select
        size="small"
        label={attribute}
        value={operator}
        onChange={(e) => setOperator(e.target.value as ScimFilterOperator)}
        sx={{ width: 150 }}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-operator` } }}
      >
        {SCIM_FILTER_OPERATORS.map((op) => (
          <MenuItem key={op} value={op}>
            {SCIM_FILTER_OPERATOR_LABELS[op]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={label}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={Boolean(problem)}
        helperText={problem ?? (value.trim() ? undefined : 'Empty lists the first 20')}
        sx={{ width: 280 }}
        slotProps={{ htmlInput: { 'data-testid': `${testId}-value` } }}
      />
      <Button type="submit" variant="outlined" data-testid={`${testId}-search`}>
        Look up
      </Button>
      <Typography variant="caption" sx={{ fontFamily: 'monospace', alignSelf: 'center' }} data-testid={`${testId}-filter`}>
        {value.trim() ? `filter=${scimFilter(attribute, operator, value.trim())}` : 'no filter'}
      </Typography>
    </Box>
  );
}
