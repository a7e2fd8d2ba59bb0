// Form on the left, preview on the right on wide windows; stacked on narrow ones. At
// 1440 px the form gets half the width (room for long server names); from 1536 px the
// preview gets a little more, for its long lines.
import { Box } from '@mui/material';
import type { ReactNode } from 'react';

export function TwoColumns({ left, right }: { left: ReactNode; right: ReactNode }) {
  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) minmax(0, 1fr)', xl: 'minmax(0, 5fr) minmax(0, 6fr)' }, alignItems: 'start' }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>{left}</Box>
      <Box sx={{ position: { lg: 'sticky' }, top: { lg: 16 }, minWidth: 0 }}>{right}</Box>
    </Box>
  );
}
