import Chip from '@mui/material/Chip';
import { environmentTone } from '../app/environment';

export function EnvironmentChip({ label }: { label: string }) {
  if (!label.trim()) return null;
  return (
    <Chip size="small" label={label.toUpperCase()} color={environmentTone(label)} data-testid="env-chip" sx={{ fontWeight: 700, letterSpacing: 0.5, height: 20, fontSize: 11 }} />
  );
}

export function ColorDot({ color, size = 10 }: { color: string; size?: number }) {
  return (
    <span
      data-testid="color-dot"
      data-color={color}
      aria-hidden
      style={{ display: 'inline-block', width: size, height: size, borderRadius: '50%', background: color, flexShrink: 0, boxShadow: '0 0 0 1px rgba(0,0,0,0.2)' }}
    />
  );
}
