import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { InstanceSwitcher } from './InstanceSwitcher';
import { useResolvedMode } from './theme';
import { useUiStore } from './ui-store';

export function TopBar() {
  const mode = useResolvedMode();
  const setThemeMode = useUiStore((s) => s.setThemeMode);
  const next = mode === 'dark' ? 'light' : 'dark';
  return (
    <AppBar position="static" color="default" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
      <Toolbar variant="dense" sx={{ gap: 2, minHeight: 52 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, width: 188 }}>
          <Logo />
          <Typography variant="subtitle1" component="span" sx={{ fontWeight: 700, letterSpacing: 0.3 }}>
            Lilypad
          </Typography>
        </Box>
        <InstanceSwitcher />
        <Box sx={{ flex: 1 }} />
        <Tooltip title={`Switch to ${next} theme`}>
          <IconButton onClick={() => setThemeMode(next)} aria-label={`Switch to ${next} theme`} data-testid="theme-toggle">
            {mode === 'dark' ? <LightModeOutlined /> : <DarkModeOutlined />}
          </IconButton>
        </Tooltip>
      </Toolbar>
    </AppBar>
  );
}

/** A lily pad: a green disc with a notch. Inline SVG, no asset request. */
function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden>
      <path d="M12 2a10 10 0 1 0 9.2 6.1L12 12l3.4-9.4A10 10 0 0 0 12 2z" fill="#43a047" />
    </svg>
  );
}
