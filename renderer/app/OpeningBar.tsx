// The thin bar shown while the next screen's code loads. MUI's indeterminate progress animates
// `left` and `right`, which costs the main thread a layout and a paint every frame, exactly
// while it renders the next screen; this one moves by `transform` and `opacity` only, which
// the compositor animates on its own. It shows only after a moment, so a quick opening does
// not flash it.
import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;
const appear = keyframes`
  from { opacity: 0; }
  to { opacity: 1; }
`;

export function OpeningBar() {
  return (
    <Box
      role="progressbar"
      aria-label="Opening the screen"
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: 2,
        overflow: 'hidden',
        opacity: 0,
        animation: `${appear} 150ms linear 150ms forwards`,
        '@media (prefers-reduced-motion: reduce)': { animation: 'none', opacity: 1 },
      }}
    >
      <Box
        sx={{
          width: '40%',
          height: '100%',
          bgcolor: 'primary.main',
          animation: `${slide} 1.1s ease-in-out infinite`,
          '@media (prefers-reduced-motion: reduce)': { animation: 'none', width: '100%', opacity: 0.6 },
        }}
      />
    </Box>
  );
}
