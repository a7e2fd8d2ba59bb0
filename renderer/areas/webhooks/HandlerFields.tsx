// One handler of a subscription: a "webhook" (URL, secret sent as a header or used to sign
// the payload, proxy, custom headers) or a "custom webhook" (URL, method, named secrets,
// headers, a payload template with a preview from sample data).
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useDeferredValue } from 'react';
import { CUSTOM_METHODS, type Domain } from '../../../shared/areas/webhooks/model';
import { HeaderRows } from './HeaderRows';
import { renderPreview, templateVariables } from './payload-preview';
import { emptyHandler, type HandlerForm } from './webhook-form';

interface Props {
  index: number;
  handler: HandlerForm;
  domain: Domain;
  subscriptionKey: string;
  onChange: (handler: HandlerForm) => void;
  onRemove?: () => void;
  /** Problems of this handler, by path under it ('url', 'secrets.0.name', …). */
  problems: Record<string, string>;
}

const under = (problems: Record<string, string>, prefix: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(problems)
      .filter(([path]) => path.startsWith(`${prefix}.`))
      .map(([path, message]) => [path.slice(prefix.length + 1), message]),
  );

export function HandlerFields({ index, handler, domain, subscriptionKey, onChange, onRemove, problems }: Props) {
  const set = (patch: Partial<HandlerForm>) => onChange({ ...handler, ...patch });
  const label = `Handler ${index + 1}`;
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid={`wh-handler-${index}`} aria-label={label} role="group">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {label}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={handler.kind}
          onChange={(_e, kind: HandlerForm['kind'] | null) => kind && onChange({ ...emptyHandler(kind), url: handler.url, proxy: handler.proxy })}
          aria-label={`${label} kind`}
        >
          <ToggleButton value="webhook">Webhook</ToggleButton>
          <ToggleButton value="custom-webhook">Custom webhook</ToggleButton>
        </ToggleButtonGroup>
        {onRemove && (
          <IconButton aria-label={`Remove ${label.toLowerCase()}`} onClick={onRemove}>
            <DeleteOutline />
          </IconButton>
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5 }}>
        {handler.kind === 'custom-webhook' && (
          <TextField select size="small" label="Method" value={handler.method} onChange={(e) => set({ method: e.target.value })} sx={{ width: 120 }}>
            {CUSTOM_METHODS.map((method) => (
              <MenuItem key={method} value={method}>
                {method}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          size="small"
          label="URL"
          value={handler.url}
          onChange={(e) => set({ url: e.target.value })}
          error={Boolean(problems.url)}
          helperText={problems.url ?? 'Where the platform sends the event'}
          fullWidth
          slotProps={{ htmlInput: { 'data-testid': `wh-url-${index}` } }}
        />
      </Box>
      {handler.kind === 'webhook' ? (
        <WebhookPart index={index} handler={handler} set={set} problems={problems} />
      ) : (
        <CustomPart index={index} handler={handler} domain={domain} subscriptionKey={subscriptionKey} set={set} problems={problems} />
      )}
      <TextField
        size="small"
        label="Proxy (optional)"
        value={handler.proxy}
        onChange={(e) => set({ proxy: e.target.value })}
        error={Boolean(problems.proxy)}
        helperText={problems.proxy ?? 'The key of a proxy configured in Artifactory, not a URL'}
      />
    </Paper>
  );
}

function WebhookPart({ index, handler, set, problems }: { index: number; handler: HandlerForm; set: (patch: Partial<HandlerForm>) => void; problems: Record<string, string> }) {
  const stored = handler.storedSecret && !handler.clearSecret;
  return (
    <>
      <TextField
        size="small"
        type="password"
        autoComplete="new-password"
        label="Secret (optional)"
        value={handler.secret}
        placeholder={stored ? '•••••••• stored: type to replace' : undefined}
        onChange={(e) => set({ secret: e.target.value })}
        error={Boolean(problems.secret)}
        helperText={problems.secret ?? (stored ? 'A secret is stored. Left empty, it is kept; it is never shown.' : 'Write-only: it is never shown again once saved.')}
        slotProps={{ inputLabel: { shrink: stored || handler.secret !== '' ? true : undefined }, htmlInput: { 'data-testid': `wh-secret-${index}` } }}
      />
      {handler.storedSecret && (
        <FormControlLabel
          control={<Checkbox checked={handler.clearSecret} onChange={(e) => set({ clearSecret: e.target.checked, secret: '' })} />}
          label="Remove the stored secret"
        />
      )}
      <FormControl>
        <FormLabel id={`wh-sign-label-${index}`}>How the secret reaches the receiver</FormLabel>
        <RadioGroup aria-labelledby={`wh-sign-label-${index}`} value={handler.sign ? 'sign' : 'header'} onChange={(e) => set({ sign: e.target.value === 'sign' })}>
          <FormControlLabel
            value="sign"
            control={<Radio />}
            label="Sign the payload: X-JFrog-Event-Auth carries an HMAC-SHA256 of the body made with the secret; the secret itself is never sent, and the receiver can tell the body was not changed"
            data-testid={`wh-sign-${index}`}
          />
          <FormControlLabel
            value="header"
            control={<Radio />}
            label="Send the secret as a header: X-JFrog-Event-Auth carries the secret as is (a shared token; anyone who sees the request sees it)"
          />
        </RadioGroup>
      </FormControl>
      <HeaderRows
        title="Custom HTTP headers"
        rows={handler.headers}
        onChange={(headers) => set({ headers })}
        make={() => ({ name: '', value: '' })}
        problems={under(problems, 'custom_http_headers')}
        testId={`wh-headers-${index}`}
      />
    </>
  );
}

function CustomPart({
  index,
  handler,
  domain,
  subscriptionKey,
  set,
  problems,
}: {
  index: number;
  handler: HandlerForm;
  domain: Domain;
  subscriptionKey: string;
  set: (patch: Partial<HandlerForm>) => void;
  problems: Record<string, string>;
}) {
  const names = handler.secrets.map((s) => s.name).filter(Boolean);
  const payload = useDeferredValue(handler.payload);
  const preview = renderPreview(payload, domain, subscriptionKey, names);
  return (
    <>
      <HeaderRows
        title="Secrets"
        hint="Use them in headers or the payload as {{.secrets.name}}. Names start with a letter or _ and hold letters, digits and _. Values are write-only."
        rows={handler.secrets}
        onChange={(secrets) => set({ secrets })}
        make={() => ({ name: '', value: '', stored: false })}
        valueLabel="Secret value"
        secret={(row) => ({ stored: row.stored })}
        problems={under(problems, 'secrets')}
        testId={`wh-secrets-${index}`}
      />
      <HeaderRows
        title="HTTP headers"
        rows={handler.headers}
        onChange={(headers) => set({ headers })}
        make={() => ({ name: '', value: '' })}
        problems={under(problems, 'http_headers')}
        testId={`wh-cheaders-${index}`}
      />
      <TextField
        label="Payload template"
        multiline
        minRows={3}
        value={handler.payload}
        onChange={(e) => set({ payload: e.target.value })}
        error={Boolean(problems.payload)}
        helperText={
          problems.payload ??
          `Variables: ${templateVariables(domain, names)
            .map((v) => `{{${v}}}`)
            .join(' ')}`
        }
        slotProps={{ htmlInput: { 'data-testid': `wh-payload-${index}`, style: { fontFamily: 'monospace' } } }}
      />
      {handler.payload !== '' && (
        <Box>
          <Typography variant="caption" color="text.secondary">
            Preview with sample data (secrets as placeholders)
          </Typography>
          <Box
            component="pre"
            data-testid={`wh-preview-${index}`}
            sx={{ m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          >
            {preview.text}
          </Box>
          {preview.unknown.length > 0 && (
            <Alert severity="warning" variant="outlined" sx={{ mt: 1 }}>
              The sample has no value for {preview.unknown.join(', ')}.
            </Alert>
          )}
        </Box>
      )}
    </>
  );
}
