// Snippet tabs: the platform's own NGINX snippet (when there is an instance), the offline
// NGINX and Apache snippets of the form as typed, and a diff of the two NGINX texts.
import { Alert, Box, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { CodeViewer } from '../../../components/code/CodeViewer';
import { DiffView } from '../../../components/code/DiffView';
import { SnippetActions } from '../../../components/code/SnippetActions';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import type { Generated } from './snippets';

export interface PlatformSnippetState {
  loading: boolean;
  error: unknown;
  text: string | undefined;
  /** Shown under the platform tab: the platform's snippet reflects saved settings only. */
  note?: string;
}

type TabId = 'platform' | 'nginx' | 'apache' | 'diff';

/** A file name from whatever was typed as the server name. */
const safeStem = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '') || 'artifactory';

export function SnippetPreview({ generated, platform, fileStem: typedStem }: { generated: Generated; platform?: PlatformSnippetState; fileStem: string }) {
  const fileStem = safeStem(typedStem);
  const [tab, setTab] = useState<TabId>(platform ? 'platform' : 'nginx');
  const notReady = (
    <Alert severity="info" variant="outlined">
      Fix the problems listed above and the snippet appears here.
    </Alert>
  );
  const offline = (text: string | null, language: 'nginx' | 'apache', label: string, fileName: string): ReactNode =>
    text === null ? (
      notReady
    ) : (
      <Stack spacing={1}>
        <SnippetActions text={text} fileName={fileName} />
        <CodeViewer text={text} language={language} label={label} />
      </Stack>
    );

  let body: ReactNode;
  if (tab === 'platform' && platform) {
    body = platform.loading ? (
      <LoadingState label="Loading the platform's snippet…" />
    ) : platform.text === undefined ? (
      <ErrorState error={platform.error} title="The platform's snippet could not be loaded" />
    ) : (
      <Stack spacing={1}>
        {platform.note && (
          <Typography variant="body2" color="text.secondary">
            {platform.note}
          </Typography>
        )}
        <SnippetActions text={platform.text} fileName={`${fileStem}-platform.conf`} />
        <CodeViewer text={platform.text} language="nginx" label="NGINX snippet (platform)" />
      </Stack>
    );
  } else if (tab === 'diff' && platform) {
    body =
      platform.text === undefined ? (
        platform.loading ? (
          <LoadingState />
        ) : (
          <ErrorState error={platform.error} title="Nothing to compare: the platform's snippet could not be loaded" />
        )
      ) : generated.nginx === null ? (
        notReady
      ) : (
        <DiffView oldText={platform.text} newText={generated.nginx} oldLabel="Platform NGINX" newLabel="Offline NGINX" />
      );
  } else if (tab === 'apache') {
    body = offline(generated.apache, 'apache', 'Apache snippet (offline)', `${fileStem}-apache.conf`);
  } else {
    body = offline(generated.nginx, 'nginx', 'NGINX snippet (offline)', `${fileStem}-nginx.conf`);
  }

  return (
    <Paper variant="outlined" component="section" aria-label="Snippet preview">
      <Tabs
        value={tab}
        onChange={(_e, value: TabId) => setTab(value)}
        variant="scrollable"
        scrollButtons="auto"
        aria-label="Snippet preview tabs"
        sx={{ borderBottom: 1, borderColor: 'divider', px: 1, '& .MuiTab-root': { textTransform: 'none', minWidth: 0, px: 1.5 } }}
      >
        {platform && <Tab value="platform" label="Platform NGINX" />}
        <Tab value="nginx" label="Offline NGINX" />
        <Tab value="apache" label="Offline Apache" />
        {platform && <Tab value="diff" label="Diff" title="The platform's NGINX snippet against the offline one" />}
      </Tabs>
      <Box sx={{ p: 2 }} role="tabpanel" aria-label={`${tab} snippet`}>
        {body}
      </Box>
    </Paper>
  );
}
