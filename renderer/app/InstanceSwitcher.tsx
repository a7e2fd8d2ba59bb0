import Add from '@mui/icons-material/Add';
import Check from '@mui/icons-material/Check';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useEffect, useRef, useState } from 'react';
import { useActiveInstance, useInstances } from './active-instance';
import { InstanceBadges } from './InstanceBadges';
import { navigate } from './router';
import { useUiStore } from './ui-store';

/** The top bar's instance picker. Ctrl/Cmd+K opens it from anywhere. */
export function InstanceSwitcher() {
  const { data: instances = [] } = useInstances();
  const active = useActiveInstance();
  const setActive = useUiStore((s) => s.setActiveInstanceId);
  const anchor = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!active) {
    return (
      <Button color="inherit" startIcon={<Add />} onClick={() => navigate('instances/new')} data-testid="instance-switcher">
        Add instance
      </Button>
    );
  }

  return (
    <>
      <Button
        ref={anchor}
        color="inherit"
        onClick={() => setOpen(true)}
        endIcon={<ExpandMore />}
        data-testid="instance-switcher"
        data-platform={active.platform}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Active instance: ${active.name}. Switch instance (Ctrl+K)`}
        sx={{ maxWidth: 520, px: 1.5, border: 1, borderColor: 'divider', textTransform: 'none' }}
      >
        {/* Keyed so switching replaces the chips instead of animating one colour into the next. */}
        <InstanceBadges key={active.id} instance={active} />
      </Button>
      <Menu anchorEl={anchor.current} open={open} onClose={() => setOpen(false)} slotProps={{ list: { dense: true } }}>
        {instances.map((instance) => (
          <MenuItem
            key={instance.id}
            selected={instance.id === active.id}
            data-testid="switcher-item"
            onClick={() => {
              setActive(instance.id);
              setOpen(false);
            }}
          >
            <ListItemIcon>{instance.id === active.id ? <Check fontSize="small" /> : null}</ListItemIcon>
            <InstanceBadges instance={instance} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            setOpen(false);
            navigate('instances');
          }}
        >
          <ListItemIcon />
          Manage instances…
        </MenuItem>
      </Menu>
    </>
  );
}
