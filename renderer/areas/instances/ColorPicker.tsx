import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { PALETTE } from './form-model';

interface Props {
  value: string;
  error?: string;
  onChange: (color: string) => void;
}

/** A few distinct swatches plus a native colour input for anything else. */
export function ColorPicker({ value, error, onChange }: Props) {
  return (
    <Box role="group" aria-label="Colour">
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.75 }}>
        Colour
      </Typography>
      <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', alignItems: 'center' }}>
        {PALETTE.map((color) => (
          <Box
            key={color}
            component="button"
            type="button"
            aria-label={`Colour ${color}`}
            aria-pressed={value.toLowerCase() === color}
            onClick={() => onChange(color)}
            sx={{
              width: 24,
              height: 24,
              borderRadius: '50%',
              bgcolor: color,
              cursor: 'pointer',
              p: 0,
              border: 2,
              borderColor: value.toLowerCase() === color ? 'text.primary' : 'transparent',
              outlineOffset: 2,
              '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
            }}
          />
        ))}
        <Box
          component="input"
          type="color"
          aria-label="Custom colour"
          value={value}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          sx={{ width: 32, height: 26, p: 0, border: 0, bgcolor: 'transparent', cursor: 'pointer' }}
        />
      </Box>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
