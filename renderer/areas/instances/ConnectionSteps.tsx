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

/** "Connected · Artifactory 7.x · Self-hosted", or "Connection failed". */
function headline(report: ConnectionReport): string {
  if (!report.ok) return 'Connection failed';
  const version = report.version ? ` · Artifactory ${report.version}` : '';
  const kind = report.platform && report.platform !== 'unknown' ? ` · ${report.platform === 'cloud' ? 'JFrog Cloud' : 'Self-hosted'}` : '';
  return `Connected${version}${kind}`;
}

/** The steps of "Test connection" (URL, reach, TLS, JFrog, sign-in, Access, version, platform), each with its plain detail, and the fix first. */
export function ConnectionSteps({ report }: { report: ConnectionReport }) {
  const warned = report.ok && report.steps.some((step) => step.state === 'warn');
  return (
    <Alert
      severity={report.ok ? (warned && report.fix ? 'warning' : 'success') : 'error'}
      variant="outlined"
      icon={false}
      data-testid="connection-report"
      sx={{ '& .MuiAlert-message': { width: '100%' } }}
    >
      <strong>{headline(report)}</strong>
      {report.fix && (
        <Alert severity={report.ok ? 'warning' : 'info'} sx={{ mt: 1 }} data-testid="connection-fix">
          <strong>How to fix: </strong>
          {report.fix}
        </Alert>
      )}
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
