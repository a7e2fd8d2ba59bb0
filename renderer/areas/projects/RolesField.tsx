// Chooses roles for a member from the project's roles (predefined and custom).
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import type { ProjectRole } from '../../../shared/areas/projects/model';

interface Props {
  roles: readonly ProjectRole[];
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string;
  testId?: string;
}

export function RolesField({ roles, value, onChange, error, testId = 'member-roles' }: Props) {
  const byName = new Map(roles.map((role) => [role.name, role]));
  return (
    <Autocomplete
      multiple
      options={roles.map((role) => role.name)}
      value={value}
      onChange={(_, next) => onChange(next)}
      groupBy={(name) => (byName.get(name)?.type === 'PREDEFINED' ? 'Predefined roles' : 'Custom roles')}
      renderValue={(selected, getItemProps) => selected.map((name, index) => <Chip size="small" label={name} {...getItemProps({ index })} key={name} />)}
      renderInput={(params) => (
        <TextField
          {...params}
          label="Roles"
          error={Boolean(error)}
          helperText={error ?? 'What the member may do in this project, in the environments each role covers'}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }}
        />
      )}
    />
  );
}
