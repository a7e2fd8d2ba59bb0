// The criteria of a subscription, shaped by its domain (JFrog's provider's shapes): any
// local/remote/federated or picked repositories with patterns; any or selected builds;
// any or named release bundles; environments for v2 promotions; nothing for the rest.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { CRITERIA_KIND, type Criteria, type Domain } from '../../../shared/areas/webhooks/model';
import { ChipsField } from './ChipsField';

interface Props {
  domain: Domain;
  criteria: Required<Criteria>;
  onChange: (criteria: Required<Criteria>) => void;
  /** Problems by criteria field name. */
  problems: Record<string, string>;
  repositories: readonly string[];
  repositoriesNote?: string;
}

const ANT_HELP = 'ANT patterns without a leading slash: *, ** and ? (e.g. org/apache/**)';

export function CriteriaFields({ domain, criteria, onChange, problems, repositories, repositoriesNote }: Props) {
  const set = <K extends keyof Criteria>(key: K, value: Required<Criteria>[K]) => onChange({ ...criteria, [key]: value });
  const flag = (key: 'anyLocal' | 'anyRemote' | 'anyFederated' | 'anyBuild' | 'anyReleaseBundle', label: string) => (
    <FormControlLabel control={<Switch checked={criteria[key]} onChange={(e) => set(key, e.target.checked)} slotProps={{ input: { 'aria-label': label } }} />} label={label} />
  );
  const patternFields = (what: string) => (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
      <ChipsField
        label={`Include patterns (${what})`}
        value={criteria.includePatterns}
        onChange={(v) => set('includePatterns', v)}
        helperText={ANT_HELP}
        error={problems.includePatterns}
        testId="wh-include"
      />
      <ChipsField
        label={`Exclude patterns (${what})`}
        value={criteria.excludePatterns}
        onChange={(v) => set('excludePatterns', v)}
        helperText={ANT_HELP}
        error={problems.excludePatterns}
        testId="wh-exclude"
      />
    </Box>
  );
  const kind = CRITERIA_KIND[domain];
  if (kind === 'none')
    return (
      <Typography variant="body2" color="text.secondary" data-testid="wh-no-criteria">
        This domain takes no criteria: every event of the chosen types triggers the webhook.
      </Typography>
    );
  if (kind === 'repo') {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="wh-criteria-repo">
        <Box>
          {flag('anyLocal', 'Any local repository')}
          {flag('anyRemote', 'Any remote repository')}
          {flag('anyFederated', 'Any federated repository')}
        </Box>
        <ChipsField
          label="Repositories"
          value={criteria.repoKeys}
          onChange={(v) => set('repoKeys', v)}
          options={repositories}
          strict
          error={problems.repoKeys}
          helperText={repositoriesNote ?? 'Needed when none of the "any" switches is on; patterns alone do not select repositories'}
          testId="wh-repos"
        />
        {patternFields('artifact paths')}
      </Box>
    );
  }
  if (kind === 'build') {
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="wh-criteria-build">
        {flag('anyBuild', 'Any build')}
        <ChipsField
          label="Builds"
          value={criteria.selectedBuilds}
          onChange={(v) => set('selectedBuilds', v)}
          error={problems.selectedBuilds}
          helperText="Build names; type one and press Enter"
          testId="wh-builds"
        />
        {patternFields('build names')}
      </Box>
    );
  }
  if (kind === 'promotion') {
    return (
      <Box data-testid="wh-criteria-promotion">
        <ChipsField
          label="Environments"
          value={criteria.selectedEnvironments}
          onChange={(v) => set('selectedEnvironments', v)}
          options={['DEV', 'QA', 'STAGING', 'PROD']}
          error={problems.selectedEnvironments}
          helperText="Promotions into these environments trigger the webhook"
          testId="wh-environments"
        />
      </Box>
    );
  }
  const v2 = kind === 'releaseBundleV2';
  const field = v2 ? 'selectedReleaseBundles' : 'registeredReleaseBundlesNames';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="wh-criteria-rb">
      {flag('anyReleaseBundle', 'Any release bundle')}
      <ChipsField
        label="Release bundles"
        value={criteria[field]}
        onChange={(v) => set(field, v)}
        error={problems[field]}
        helperText="Release bundle names; type one and press Enter"
        testId="wh-bundles"
      />
      {v2 && (
        <Alert severity="info" variant="outlined">
          Sent as {'{"release-bundles-v2": […]}'}, the map the platform expects for v2 bundles.
        </Alert>
      )}
      {patternFields('release bundle names')}
    </Box>
  );
}
