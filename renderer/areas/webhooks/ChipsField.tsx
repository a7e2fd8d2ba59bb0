// A list of names or patterns as chips: type and press Enter (or pick a suggestion).
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';

interface Props {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  options?: readonly string[];
  /** Only the options may be picked (the repository picker). */
  strict?: boolean;
  error?: string;
  helperText?: string;
  testId: string;
  disabled?: boolean;
}

export function ChipsField({ label, value, onChange, options = [], strict = false, error, helperText, testId, disabled }: Props) {
  return (
    <Autocomplete
      multiple
      freeSolo={!strict}
      disabled={disabled}
      options={[...options]}
      value={value}
      onChange={(_event, next) => onChange([...new Set(next.map((item) => String(item).trim()).filter(Boolean))])}
      renderValue={(selected, getItemProps) => selected.map((option, index) => <Chip size="small" label={option} {...getItemProps({ index })} key={option} />)}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={Boolean(error)}
          helperText={error ?? helperText}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': testId } }}
        />
      )}
      data-testid={`${testId}-field`}
    />
  );
}
