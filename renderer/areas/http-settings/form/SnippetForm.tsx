// The whole settings form, shared by the HTTP settings screen and the offline generator.
import { Divider, Paper, Stack } from '@mui/material';
import type { SnippetProblem } from '../../../../shared/snippets/errors';
import { DockerMethodField } from './DockerMethodField';
import { DockerReposTable } from './DockerReposTable';
import { HaNodesTable } from './HaNodesTable';
import { SettingsFields } from './SettingsFields';
import type { SnippetFormApi } from './use-snippet-form';

export function SnippetForm({ api, problems }: { api: SnippetFormApi; problems: SnippetProblem[] }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Reverse proxy settings">
      <Stack spacing={2.5} divider={<Divider flexItem />}>
        <SettingsFields api={api} problems={problems} />
        <DockerMethodField value={api.form.settings.dockerReverseProxyMethod} onChange={(value) => api.setSetting('dockerReverseProxyMethod', value)} />
        <DockerReposTable api={api} problems={problems} />
        <HaNodesTable api={api} problems={problems} />
      </Stack>
    </Paper>
  );
}
