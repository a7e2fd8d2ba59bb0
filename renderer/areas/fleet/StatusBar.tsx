import { useTheme } from '@mui/material/styles';
import { FLEET_STATE_LABEL, type StatusSlice } from '../../../shared/areas/fleet/model';
import { fillOf } from './fleet-style';
import { clockTime } from '../../components/time-format';

/**
 * The last 24 h in equal slices, oldest left, like a public status page. One SVG per row with
 * a native tooltip per slice: 50 rows × 48 slices stay cheap to render.
 */
export function StatusBar({ slices, label }: { slices: StatusSlice[]; label: string }) {
  const theme = useTheme();
  const bad = slices.filter((slice) => slice.state !== 'none' && slice.state !== 'healthy').length;
  const width = 3;
  const gap = 1;
  return (
    <svg
      role="img"
      aria-label={`${label}: last 24 hours, ${bad} of ${slices.length} periods with trouble`}
      data-testid="status-bar"
      width={slices.length * (width + gap)}
      height={18}
      style={{ display: 'block' }}
    >
      {slices.map((slice, index) => (
        <rect
          key={slice.from}
          data-state={slice.state}
          x={index * (width + gap)}
          y={0}
          width={width}
          height={18}
          rx={1}
          fill={fillOf(theme, slice.state)}
          opacity={slice.state === 'none' ? 0.5 : 1}
        >
          <title>{`${clockTime(slice.from)}–${clockTime(slices[index + 1]?.from ?? slice.from + 1_800_000)}: ${slice.state === 'none' ? 'not checked' : FLEET_STATE_LABEL[slice.state]}`}</title>
        </rect>
      ))}
    </svg>
  );
}
