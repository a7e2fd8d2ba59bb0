// The general reverse proxy fields: provider, names, internal ports, HTTP/HTTPS.
import { Box, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { SnippetProblem } from '../../../../shared/snippets/errors';
import { messagesFor, type PortField } from './form-model';
import type { SnippetFormApi } from './use-snippet-form';

interface Props {
  api: SnippetFormApi;
  problems: SnippetProblem[];
}

/** A row that wraps on narrow columns instead of squeezing its fields. */
function Row({ children }: { children: ReactNode }) {
  return <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>{children}</Box>;
}

const PROVIDERS = [
  { value: 'NGINX', label: 'NGINX' },
  { value: 'APACHE', label: 'Apache HTTP Server' },
  { value: 'DIRECT', label: 'Embedded Tomcat (no reverse proxy)' },
] as const;

export function SettingsFields({ api, problems }: Props) {
  const { form } = api;
  const s = form.settings;
  const help = (field: string, hint?: string) => {
    const messages = messagesFor(problems, `settings.${field}`);
    return { error: messages.length > 0, helperText: messages.length > 0 ? messages.join(' ') : hint };
  };
  const text = (
    field: 'serverName' | 'artifactoryServerName' | 'sslCertificate' | 'sslKey' | 'artifactoryAppContext' | 'publicAppContext',
    label: string,
    hint?: string,
    required = false,
    basis = '240px',
  ) => (
    <TextField
      size="small"
      label={label}
      required={required}
      sx={{ flex: `1 1 ${basis}`, minWidth: 0 }}
      value={s[field] ?? ''}
      onChange={(event) => api.setSetting(field, event.target.value)}
      {...help(field, hint)}
    />
  );
  const port = (field: PortField, label: string, hint?: string, disabled = false) => (
    <TextField
      size="small"
      label={label}
      value={form.ports[field]}
      disabled={disabled}
      onChange={(event) => api.setPort(field, event.target.value)}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      sx={{ flex: '0 1 170px', minWidth: 140 }}
      {...help(field === 'httpsPort' ? form.httpsPortNames[0] : field, hint)}
    />
  );

  return (
    <Stack spacing={2}>
      <Row>
        <TextField
          select
          size="small"
          label="Server provider"
          value={s.webServerType ?? 'NGINX'}
          onChange={(event) => api.setSetting('webServerType', event.target.value as 'NGINX' | 'APACHE' | 'DIRECT')}
          sx={{ flex: '0 1 220px', minWidth: 180 }}
        >
          {PROVIDERS.map((p) => (
            <MenuItem key={p.value} value={p.value}>
              {p.label}
            </MenuItem>
          ))}
        </TextField>
        {/* The longest value of the form: it takes what the provider leaves, and a row of its own when narrow. */}
        {text('serverName', 'Public server name', 'The name clients use, e.g. artifactory.example.com', true, '320px')}
      </Row>

      <Typography variant="subtitle2">Where the proxy forwards to</Typography>
      <Row>
        {text('artifactoryServerName', 'Internal host name', 'localhost when the proxy runs on the same machine')}
        {port('artifactoryPort', 'Internal Artifactory port', 'Default 8081')}
        {port('routerPort', 'Internal router port', 'Default 8082; offline snippets only')}
      </Row>
      <Row>
        {text('artifactoryAppContext', 'Artifactory context', 'Path on the internal port, usually artifactory')}
        {text('publicAppContext', 'Public context', 'Path clients use; empty = same as above')}
      </Row>

      <Typography variant="subtitle2">What the proxy listens on</Typography>
      <Row>
        <FormControlLabel
          sx={{ minWidth: 120 }}
          control={<Switch checked={s.useHttp === true} onChange={(event) => api.setSetting('useHttp', event.target.checked)} />}
          label="HTTP"
        />
        {port('httpPort', 'HTTP port', 'Default 80', s.useHttp !== true)}
        {messagesFor(problems, 'settings.useHttp').map((message) => (
          <Typography key={message} variant="body2" color="error" role="alert">
            {message}
          </Typography>
        ))}
      </Row>
      <Row>
        <FormControlLabel
          sx={{ minWidth: 120 }}
          control={<Switch checked={s.useHttps === true} onChange={(event) => api.setSetting('useHttps', event.target.checked)} />}
          label="HTTPS"
        />
        {port('httpsPort', 'HTTPS port', 'Default 443', s.useHttps !== true)}
      </Row>
      {s.useHttps === true && (
        <Row>
          {text('sslCertificate', 'SSL certificate path', 'On the proxy machine, e.g. /etc/ssl/certs/example.crt')}
          {text('sslKey', 'SSL key path', 'e.g. /etc/ssl/private/example.key')}
        </Row>
      )}
      {s.useHttp === true && s.useHttps === true && (
        <FormControlLabel
          control={<Switch checked={s.httpToHttpsRedirect === true} onChange={(event) => api.setSetting('httpToHttpsRedirect', event.target.checked)} />}
          label="Redirect HTTP to HTTPS (offline snippets only; the platform does not store this)"
        />
      )}
    </Stack>
  );
}
