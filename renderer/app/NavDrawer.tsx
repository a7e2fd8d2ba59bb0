import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { useActiveInstance } from './active-instance';
import { isScreenEnabled, visibleScreens } from './nav';
import { navigate } from './router';
import { NAV_SECTIONS, type ScreenDef } from './screen-types';

export const NAV_WIDTH = 220;

export function NavDrawer({ route }: { route: string }) {
  const active = useActiveInstance();
  const items = visibleScreens(active);
  return (
    <Box component="nav" aria-label="Screens" sx={{ width: NAV_WIDTH, flexShrink: 0, borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', overflowY: 'auto' }}>
      <List dense sx={{ px: 1, py: 1.5 }}>
        {items.map((screen, index) => (
          <NavItem
            key={screen.id}
            screen={screen}
            index={index}
            selected={route === screen.id}
            enabled={isScreenEnabled(screen, active)}
            firstOfSection={index === 0 || items[index - 1].section !== screen.section}
          />
        ))}
      </List>
      {!active && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', px: 2.5 }}>
          Instance screens unlock once you add an instance.
        </Typography>
      )}
    </Box>
  );
}

interface NavItemProps {
  screen: ScreenDef;
  index: number;
  selected: boolean;
  enabled: boolean;
  firstOfSection: boolean;
}

/** One entry (memo: a route change re-renders only the entries it selects and unselects). */
const NavItem = memo(function NavItem({ screen, index, selected, enabled, firstOfSection }: NavItemProps) {
  const Icon = screen.icon;
  const Badge = screen.badge;
  return (
    <>
      {firstOfSection && (
        <ListSubheader disableSticky sx={{ lineHeight: '28px', mt: index === 0 ? 0 : 1, bgcolor: 'transparent', fontSize: 11, textTransform: 'uppercase', letterSpacing: 0.6 }}>
          {NAV_SECTIONS[screen.section]}
        </ListSubheader>
      )}
      <ListItemButton
        selected={selected}
        disabled={!enabled}
        onClick={() => navigate(screen.id)}
        // The pointer (or focus) on an entry usually comes a moment before the click: the code starts then.
        onPointerEnter={enabled ? screen.component.preload : undefined}
        onFocus={enabled ? screen.component.preload : undefined}
        aria-current={selected ? 'page' : undefined}
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
      </ListItemButton>
    </>
  );
});
