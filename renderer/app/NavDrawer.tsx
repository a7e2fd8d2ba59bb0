import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import { useActiveInstance } from './active-instance';
import { isScreenEnabled, visibleScreens } from './nav';
import { navigate } from './router';
import { NAV_SECTIONS } from './screen-types';

export const NAV_WIDTH = 220;

export function NavDrawer({ route }: { route: string }) {
  const active = useActiveInstance();
  const items = visibleScreens(active);
  return (
    <Box component="nav" aria-label="Screens" sx={{ width: NAV_WIDTH, flexShrink: 0, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', overflowY: 'auto' }}>
      <List dense sx={{ px: 1, py: 1.5 }}>
        {items.map((screen, index) => {
          const Icon = screen.icon;
          const Badge = screen.badge;
          const enabled = isScreenEnabled(screen, active);
          const firstOfSection = index === 0 || items[index - 1].section !== screen.section;
          return [
            firstOfSection && (
              <ListSubheader
                key={`section-${screen.section}`}
                disableSticky
                sx={{ lineHeight: '28px', mt: index === 0 ? 0 : 1, bgcolor: 'transparent', fontSize: 11, textTransform: 'uppercase', letterSpacing: 0.6 }}
              >
                {NAV_SECTIONS[screen.section]}
              </ListSubheader>
            ),
            <ListItemButton
              key={screen.id}
              selected={route === screen.id}
              disabled={!enabled}
              onClick={() => navigate(screen.id)}
              aria-current={route === screen.id ? 'page' : undefined}
              // The screen's name alone: a badge speaks for itself (role=status), not in the name.
              aria-label={screen.label}
              title={enabled ? (index < 9 ? `Alt+${index + 1}` : undefined) : 'Add or select an instance first'}
              sx={{ borderRadius: 1.5, mb: 0.25 }}
            >
              <ListItemIcon sx={{ minWidth: 36 }}>
                <Icon />
              </ListItemIcon>
              <ListItemText primary={screen.label} />
              {Badge && enabled && <Badge />}
            </ListItemButton>,
          ];
        })}
      </List>
      {!active && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', px: 2.5 }}>
          Instance screens unlock once you add an instance.
        </Typography>
      )}
    </Box>
  );
}
