import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { serviceDisplayName, type HealthState, type RouterHealth } from '../../../shared/areas/system/model';
import { HEALTH_COLOR, HEALTH_LABEL } from './health-style';

/** The router and every service behind it. A 503 from the platform is data here, not an error. */
export function RouterHealthCard({ health }: { health: RouterHealth }) {
  const unhealthy = health.services.filter((service) => service.state !== 'HEALTHY').length + (health.router.state === 'HEALTHY' ? 0 : 1);
  return (
    <Card data-testid="router-health" sx={{ p: 2.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          Router health
        </Typography>
        <Typography variant="caption" color="text.secondary">
          HTTP {health.httpStatus}
        </Typography>
      </Box>
      {unhealthy > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="health-banner">
          {unhealthy} service{unhealthy === 1 ? '' : 's'} unhealthy
        </Alert>
      ) : (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="health-banner">
          All services healthy
        </Alert>
      )}
      <Box
        role="table"
        aria-label="Services"
        sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, 1fr) auto minmax(0, 2fr)', columnGap: 2, rowGap: 1, alignItems: 'center' }}
      >
        <HealthRow name="Router" id={health.router.nodeId} state={health.router.state} message={health.router.message} />
        {health.services.map((service) => (
          <HealthRow
            key={`${service.serviceId}/${service.nodeId}`}
            name={serviceDisplayName(service.serviceId)}
            id={service.serviceId}
            state={service.state}
            message={service.message}
          />
        ))}
      </Box>
      {health.services.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }} data-testid="health-services-note">
          {health.unreadable
            ? "The answer was not the router's health report (a proxy may have answered), so the services behind it are unknown."
            : 'The router reported no services behind it.'}
        </Typography>
      )}
    </Card>
  );
}

function HealthRow({ name, id, state, message }: { name: string; id: string; state: HealthState; message: string }) {
  return (
    <Box role="row" data-testid="health-row" data-service={name} data-state={state} sx={{ display: 'contents' }}>
      <Box role="cell" sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {name}
        </Typography>
        <Typography
          variant="caption"
          color="text.secondary"
          sx={{ fontFamily: 'monospace', display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          title={id}
        >
          {id}
        </Typography>
      </Box>
      <Box role="cell">
        <Chip size="small" label={HEALTH_LABEL[state]} color={HEALTH_COLOR[state]} variant={state === 'HEALTHY' ? 'outlined' : 'filled'} data-testid="health-chip" />
      </Box>
      <Typography role="cell" variant="body2" color={state === 'HEALTHY' ? 'text.secondary' : 'text.primary'} sx={{ wordBreak: 'break-word' }}>
        {message || '—'}
      </Typography>
    </Box>
  );
}
