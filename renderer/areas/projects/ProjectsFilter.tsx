// The projects filter keeps what is typed itself: a keystroke re-renders this field at once,
// and the screen (the table's rows for the new text) in a transition after it.
import TextField from '@mui/material/TextField';
import { memo, startTransition, useState } from 'react';

export const ProjectsFilter = memo(function ProjectsFilter({ onChange }: { onChange: (text: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      size="small"
      label="Filter by key, name or description"
      value={value}
      onChange={(event) => {
        const text = event.target.value;
        setValue(text);
        startTransition(() => onChange(text));
      }}
      fullWidth={false}
      sx={{ width: 320 }}
      slotProps={{ htmlInput: { 'data-testid': 'projects-filter' } }}
    />
  );
});
