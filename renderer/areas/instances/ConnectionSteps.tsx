import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlined';
import Warning from '@mui/icons-material/Warning';
import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { ConnectionReport, ConnectionStepState } from '../../../shared/areas/instances/model';

const ICONS: Record<ConnectionStepState, { icon: React.ReactNode; label: string }> = {
  ok: { icon: <CheckCircle color="success" fontSize="small" />, label: 'OK' },
  warn: { icon: <Warning color="warning" fontSize="small" />, label: 'Warning' },
  fail: { icon: <ErrorIcon color="error" fontSize="small" />, label: 'Failed' },
  skipped: { icon: <RemoveCircleOutline color="disabled" fontSize="small" />, label: 'Skipped' },
};

/** The steps of "Test connection" (reach, TLS, auth, version, platform), each with its plain detail. */
export function ConnectionSteps({ report }: { report: ConnectionReport }) {
  return (
    <Alert severity={report.ok ? 'success' : 'error'} variant="outlined" icon={false} data-testid="connection-report" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <strong>{report.ok ? `Connected${report.version ? ` · Artifactory ${report.version}` : ''}${report.platform && report.platform !== 'unknown' ? ` · ${report.platform === 'cloud' ? 'JFrog Cloud' : 'Self-hosted'}` : ''}` : 'Connection failed'}</strong>
      <List dense disablePadding sx={{ mt: 0.5 }}>
        {report.steps.map((step) => (
          <ListItem key={step.id} disableGutters data-testid={`step-${step.id}`} data-state={step.state} sx={{ alignItems: 'flex-start', py: 0.25 }}>
            <ListItemIcon sx={{ minWidth: 30, mt: 0.25 }} aria-label={ICONS[step.state].label}>
              {ICONS[step.state].icon}
            </ListItemIcon>
            <ListItemText primary={step.label} secondary={step.detail} slotProps={{ secondary: { sx: { wordBreak: 'break-word' } } }} />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
