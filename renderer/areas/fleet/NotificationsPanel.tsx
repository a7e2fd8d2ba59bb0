import DoneAll from '@mui/icons-material/DoneAll';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { FleetNotification, FleetRow } from '../../../shared/areas/fleet/model';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { dateTime } from '../../components/time-format';
import { useFleetNotifications, useMarkRead, useSetMuted } from './api';

const KIND: Record<FleetNotification['kind'], { label: string; color: 'error' | 'warning' | 'success' }> = {
  unreachable: { label: 'Unreachable', color: 'error' },
  unhealthy: { label: 'Unhealthy', color: 'error' },
  degraded: { label: 'Peer unhealthy', color: 'warning' },
  recovered: { label: 'Recovered', color: 'success' },
};

/** Every change of state the poller saw, newest first, and the per-instance mute of OS notifications. */
export function NotificationsPanel({ rows }: { rows: FleetRow[] }) {
  const notifications = useFleetNotifications();
  const markRead = useMarkRead();
  const setMuted = useSetMuted();
  if (notifications.isPending) return <LoadingState label="Reading notifications…" />;
  if (notifications.isError) return <ErrorState title="Could not read notifications" error={notifications.error} onRetry={() => void notifications.refetch()} />;
  const { items, unread, muted, osNotifications } = notifications.data;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, alignItems: 'start' }}>
      <Card sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            Changes of state
          </Typography>
          <Button size="small" startIcon={<DoneAll />} disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate({})}>
            Mark all read
          </Button>
        </Box>
        {items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Nothing has changed yet. When an instance turns unhealthy, becomes unreachable or recovers, it is listed here.
          </Typography>
        ) : (
          <List dense data-testid="fleet-notifications" disablePadding>
            {items.map((item) => (
              <ListItem
                key={item.id}
                data-testid="fleet-notification"
                data-kind={item.kind}
                data-instance={item.instanceName}
                divider
                sx={{ alignItems: 'flex-start', bgcolor: item.read ? undefined : 'action.hover' }}
              >
                <ListItemText
                  primary={
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                      <Chip size="small" label={KIND[item.kind].label} color={KIND[item.kind].color} variant="outlined" />
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {item.instanceName}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {dateTime(item.at)}
                        {item.shown ? ' · notified' : ''}
                      </Typography>
                    </Box>
                  }
                  secondary={item.message}
                  slotProps={{ secondary: { sx: { wordBreak: 'break-word' } } }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Card>
      <Card sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          OS notifications
        </Typography>
        {!osNotifications && (
          <Alert severity="info" sx={{ mb: 1.5 }}>
            The desktop app shows a system notification for each change (at most one per instance every 2 minutes, 5 a minute in all). Here, in the browser, the list is all there
            is.
          </Alert>
        )}
        {rows.map((row) => (
          <FormControlLabel
            key={row.instanceId}
            sx={{ display: 'flex', ml: 0, justifyContent: 'space-between' }}
            labelPlacement="start"
            label={row.name}
            control={
              <Switch
                checked={!muted.includes(row.instanceId)}
                onChange={(event) => setMuted.mutate({ instanceId: row.instanceId, muted: !event.target.checked })}
                slotProps={{ input: { 'aria-label': `Notify about ${row.name}` } }}
              />
            }
          />
        ))}
      </Card>
    </Box>
  );
}
