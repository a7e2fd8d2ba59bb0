// Create, edit or duplicate a subscription, in the platform's model: domain first, then
// only its event types and its criteria shape, then the handlers. The same schema main
// checks runs before anything is sent, each problem next to its field. A failed call keeps
// the form; a test's result (success or failure) is a report, not an error.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import {
  DOMAINS,
  DOMAIN_LABELS,
  EVENT_TYPES,
  subscriptionSchema,
  type Domain,
  type Subscription,
  type WebhookTestReport,
  type WebhookView,
} from '../../../shared/areas/webhooks/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { testWebhook, useRepositories, useSaveWebhook } from './api';
import { CriteriaFields } from './CriteriaFields';
import { HandlerFields } from './HandlerFields';
import { emptyHandler, formProblems, toSubscriptionInput, withDomain, type WebhookForm } from './webhook-form';

interface Props {
  instanceId: string;
  title: string;
  initial: WebhookForm;
  /** Set when editing: the key cannot change. */
  editingKey?: string;
  onClose: () => void;
  onSaved: (view: WebhookView) => void;
}

const under = (problems: Record<string, string>, prefix: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(problems)
      .filter(([path]) => path.startsWith(`${prefix}.`))
      .map(([path, message]) => [path.slice(prefix.length + 1), message]),
  );

/** What "Copy as cURL" prints: the parsed input when the form is valid, else the form as it stands. */
const curlSubscription = (form: WebhookForm): Subscription => {
  const parsed = subscriptionSchema.safeParse(toSubscriptionInput(form));
  return parsed.success ? parsed.data : (toSubscriptionInput(form) as Subscription);
};

export function WebhookFormDialog({ instanceId, title, initial, editingKey, onClose, onSaved }: Props) {
  const [form, setForm] = useState(initial);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [error, setError] = useState<{ action: 'save' | 'test'; error: unknown } | null>(null);
  const [report, setReport] = useState<WebhookTestReport | null>(null);
  const save = useSaveWebhook(instanceId);
  const repositories = useRepositories(instanceId);
  const problems = useMemo(() => (checked ? formProblems(form) : {}), [checked, form]);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);

  const ready = (): boolean => {
    setChecked(true);
    return Object.keys(formProblems(form)).length === 0;
  };
  const submit = async () => {
    if (!ready()) return;
    setBusy('save');
    setError(null);
    try {
      onSaved(await save(toSubscriptionInput(form), editingKey));
    } catch (caught) {
      setError({ action: 'save', error: caught });
    } finally {
      setBusy(null);
    }
  };
  const runTest = async () => {
    if (!ready()) return;
    setBusy('test');
    setError(null);
    setReport(null);
    try {
      setReport(await testWebhook(instanceId, toSubscriptionInput(form), editingKey));
    } catch (caught) {
      setError({ action: 'test', error: caught });
    } finally {
      setBusy(null);
    }
  };

  const repoKeys = (repositories.data ?? []).map((repo) => repo.key);
  const problemCount = Object.keys(problems).length;
  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="wh-form-title">
      <DialogTitle id="wh-form-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Box
          component="form"
          id="wh-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
        >
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
            <TextField
              label="Key"
              value={form.key}
              disabled={Boolean(editingKey)}
              onChange={(e) => setForm({ ...form, key: e.target.value })}
              error={Boolean(problems.key)}
              helperText={problems.key ?? (editingKey ? 'The key cannot change after creation' : '2–200 characters, no spaces')}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'wh-key' } }}
            />
            <FormControlLabel control={<Switch checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} />} label="Enabled" />
          </Box>
          <TextField
            label="Description"
            value={form.description}
            multiline
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            error={Boolean(problems.description)}
            helperText={problems.description ?? `${form.description.length} / 1,000`}
            slotProps={{ htmlInput: { 'data-testid': 'wh-description' } }}
          />
          <Divider textAlign="left">Events</Divider>
          <TextField
            select
            label="Domain"
            value={form.domain}
            onChange={(e) => setForm(withDomain(form, e.target.value as Domain))}
            helperText="Choose the domain first: its event types and criteria follow"
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'wh-domain' } as object } }}
          >
            {DOMAINS.map((domain) => (
              <MenuItem key={domain} value={domain}>
                {DOMAIN_LABELS[domain]}
              </MenuItem>
            ))}
          </TextField>
          <Box role="group" aria-label="Event types">
            <Typography variant="subtitle2">Event types</Typography>
            <FormGroup row>
              {EVENT_TYPES[form.domain].map((type) => (
                <FormControlLabel
                  key={type}
                  label={type}
                  control={
                    <Checkbox
                      checked={form.eventTypes.includes(type)}
                      onChange={(e) => setForm({ ...form, eventTypes: e.target.checked ? [...form.eventTypes, type] : form.eventTypes.filter((t) => t !== type) })}
                    />
                  }
                />
              ))}
            </FormGroup>
            {problems.event_types && (
              <FormHelperText error data-testid="wh-events-problem">
                {problems.event_types}
              </FormHelperText>
            )}
          </Box>
          <Divider textAlign="left">Criteria</Divider>
          <CriteriaFields
            domain={form.domain}
            criteria={form.criteria}
            onChange={(criteria) => setForm({ ...form, criteria })}
            problems={under(problems, 'criteria')}
            repositories={repoKeys}
            repositoriesNote={repositories.error ? 'Could not read the repositories of this instance; the picker is empty' : undefined}
          />
          <Divider textAlign="left">Handlers</Divider>
          {form.handlers.map((handler, index) => (
            <HandlerFields
              key={index}
              index={index}
              handler={handler}
              domain={form.domain}
              subscriptionKey={form.key}
              problems={under(problems, `handlers.${index}`)}
              onChange={(next) => setForm({ ...form, handlers: form.handlers.map((h, i) => (i === index ? next : h)) })}
              onRemove={form.handlers.length > 1 ? () => setForm({ ...form, handlers: form.handlers.filter((_, i) => i !== index) }) : undefined}
            />
          ))}
          {problems.handlers && <FormHelperText error>{problems.handlers}</FormHelperText>}
          <Box>
            <Button onClick={() => setForm({ ...form, handlers: [...form.handlers, emptyHandler()] })} data-testid="wh-add-handler">
              Add handler
            </Button>
          </Box>
          {problemCount > 0 && (
            <Alert severity="error" data-testid="wh-problems">
              {problemCount === 1 ? 'One field needs attention' : `${problemCount} fields need attention`}: nothing was sent.
            </Alert>
          )}
          {report && (
            <Alert severity={report.result === 'success' ? 'success' : 'warning'} data-testid="wh-test-report">
              Test {report.result === 'success' ? 'delivered' : 'failed'}: {report.message || report.result}
            </Alert>
          )}
          {error && <ErrorState error={error.error} title={error.action === 'test' ? 'The test call failed' : 'The platform refused the webhook'} />}
        </Box>
      </DialogContent>
      <DialogActions>
        {editingKey ? (
          <CurlButton call="webhooks.update" input={() => ({ key: editingKey, subscription: curlSubscription(form) })} />
        ) : (
          <CurlButton call="webhooks.create" input={() => ({ subscription: curlSubscription(form) })} />
        )}
        <CurlButton call="webhooks.test" label="Test as cURL" input={() => ({ subscription: curlSubscription(form) })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button onClick={() => void runTest()} disabled={busy !== null} data-testid="wh-test">
          {busy === 'test' ? 'Testing…' : 'Test'}
        </Button>
        <Button type="submit" form="wh-form" variant="contained" disabled={busy !== null} data-testid="wh-save">
          {editingKey ? 'Save' : 'Create'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
