// The active instance's colour frames the window: a thin bar across the top for every
// instance; for a guarded one (labelled as production, or set to ask for its name) a
// labelled band and a border round the whole window, above dialogs too, so a production
// window cannot be mistaken for another.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useActiveInstance } from './active-instance';
import { isProductionInstance, needsTypedName } from './environment';

export function InstanceFrame() {
  const active = useActiveInstance();
  const theme = useTheme();
  if (!active) return null;
  const guarded = needsTypedName(active) || isProductionInstance(active);
  const ink = theme.palette.getContrastText(active.color);
  const label = active.environment.trim().toUpperCase() || 'GUARDED';
  return (
    <>
      <Box
        data-testid="instance-frame-bar"
        data-color={active.color}
        data-guarded={String(guarded)}
        sx={{
          bgcolor: active.color,
          color: ink,
          flexShrink: 0,
          height: guarded ? 26 : 4,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          gap: 1,
          overflow: 'hidden',
        }}
      >
        {guarded && (
          <Typography variant="caption" component="span" sx={{ fontWeight: 700, letterSpacing: 0.6, whiteSpace: 'nowrap' }}>
            {label} · {active.name}
            <Box component="span" sx={{ fontWeight: 400, ml: 1 }}>
              destructive actions ask for the instance name
            </Box>
          </Typography>
        )}
      </Box>
      {guarded && (
        <Box
          aria-hidden
          data-testid="instance-frame-border"
          sx={{ position: 'fixed', inset: 0, border: `4px solid ${active.color}`, pointerEvents: 'none', zIndex: theme.zIndex.tooltip + 1 }}
        />
      )}
    </>
  );
}
