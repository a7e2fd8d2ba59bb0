// Name/value rows (custom HTTP headers, a custom webhook's headers and named secrets).
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface Row {
  name: string;
  value: string;
}

interface Props<R extends Row> {
  title: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  make: () => R;
  valueLabel?: string;
  /** Secret values: a password field that says when a value is stored. */
  secret?: (row: R) => { stored: boolean };
  /** Problems by `${index}.name` / `${index}.value`. */
  problems: Record<string, string>;
  testId: string;
  hint?: ReactNode;
}

export function HeaderRows<R extends Row>({ title, rows, onChange, make, valueLabel = 'Value', secret, problems, testId, hint }: Props<R>) {
  const update = (index: number, patch: Partial<Row>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2">{title}</Typography>
      {hint && (
        <Typography variant="caption" color="text.secondary" component="div">
          {hint}
        </Typography>
      )}
      {rows.map((row, index) => {
        const stored = secret?.(row).stored ?? false;
        return (
          <Box key={index} sx={{ display: 'flex', gap: 1, mt: 1, alignItems: 'flex-start' }}>
            <TextField
              size="small"
              label="Name"
              value={row.name}
              onChange={(e) => update(index, { name: e.target.value })}
              error={Boolean(problems[`${index}.name`])}
              helperText={problems[`${index}.name`]}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': `${testId}-name-${index}` } }}
            />
            <TextField
              size="small"
              label={valueLabel}
              type={secret ? 'password' : 'text'}
              autoComplete={secret ? 'new-password' : 'off'}
              value={row.value}
              placeholder={stored ? '•••••••• stored: type to replace' : undefined}
              onChange={(e) => update(index, { value: e.target.value })}
              error={Boolean(problems[`${index}.value`])}
              helperText={problems[`${index}.value`] ?? (stored ? 'Stored; left empty it is kept' : undefined)}
              sx={{ flex: 2 }}
              slotProps={{ inputLabel: { shrink: stored || row.value !== '' ? true : undefined }, htmlInput: { 'data-testid': `${testId}-value-${index}` } }}
            />
            <IconButton aria-label={`Remove ${title.toLowerCase()} ${index + 1}`} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              <DeleteOutline />
            </IconButton>
          </Box>
        );
      })}
      <Button size="small" onClick={() => onChange([...rows, make()])} data-testid={`${testId}-add`}>
        Add
      </Button>
    </Box>
  );
}
