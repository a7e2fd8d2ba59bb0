import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { SystemOverview } from '../../../shared/areas/system/model';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box sx={{ mb: 1.25 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div" data-testid={testId} sx={{ fontWeight: 500 }}>
        {children}
      </Typography>
    </Box>
  );
}

/** `knownPlatform`: what "Test connection" detected, used when the overview could not tell. */
export function VersionCard({ overview, knownPlatform }: { overview: SystemOverview; knownPlatform?: SystemOverview['platform'] }) {
  const { version } = overview;
  const platform = overview.platform === 'unknown' && knownPlatform ? knownPlatform : overview.platform;
  return (
    <Card sx={{ p: 2.5 }} data-testid="version-card">
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        Artifactory
      </Typography>
      <Fact label="Version" testId="artifactory-version">
        {version.version}
      </Fact>
      <Fact label="Revision">{version.revision || '—'}</Fact>
      <Fact label="Platform">{platform === 'cloud' ? 'JFrog Cloud' : platform === 'self-hosted' ? 'Self-hosted' : 'Not detected'}</Fact>
      <Fact label={`Add-ons (${version.addons.length})`}>
        {version.addons.length ? (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
            {version.addons.map((addon) => (
              <Chip key={addon} size="small" label={addon} variant="outlined" sx={{ height: 20, fontSize: 11 }} />
            ))}
          </Box>
        ) : (
          'None'
        )}
      </Fact>
    </Card>
  );
}

export function LicenseCard({ overview }: { overview: SystemOverview }) {
  const { license } = overview;
  return (
    <Card sx={{ p: 2.5 }} data-testid="license-card">
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        License
      </Typography>
      {license ? (
        <>
          <Fact label="Type">{license.type}</Fact>
          <Fact label="Valid through">{license.validThrough || '—'}</Fact>
          <Fact label="Licensed to">{license.licensedTo || '—'}</Fact>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {overview.licenseNote ?? (overview.platform === 'cloud' ? 'JFrog Cloud licenses are managed by JFrog.' : 'No license details available.')}
        </Typography>
      )}
    </Card>
  );
}

export function ProbesCard({ overview }: { overview: SystemOverview }) {
  return (
    <Card sx={{ p: 2.5 }} data-testid="probes-card">
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        Probes
      </Typography>
      {overview.probes.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No probes answered.
        </Typography>
      )}
      {overview.probes.map((probe) => (
        <Box key={probe.name} data-testid={`probe-${probe.name}`} data-state={probe.state} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1 }}>
          {probe.state === 'ok' ? <CheckCircle color="success" fontSize="small" /> : <ErrorIcon color="error" fontSize="small" />}
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 500, textTransform: 'capitalize' }}>
              {probe.name}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
              {probe.detail}
            </Typography>
          </Box>
        </Box>
      ))}
    </Card>
  );
}
