import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { AUTH_KINDS, AUTH_KIND_LABELS, CONFIRM_POLICIES, CONFIRM_POLICY_LABELS, instanceInputSchema, type InstanceView } from '../../../shared/areas/instances/model';
import { apiErrorOf } from '../../api/bridge';
import { useConnectionTest, useSaveInstance } from './api';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { CaCertField } from './CaCertField';
import { ColorPicker } from './ColorPicker';
import { ConnectionSteps } from './ConnectionSteps';
import { affectsConnection, emptyForm, fieldErrorsOf, formFromInstance, inputFromForm, isFormDirty, type FieldErrors, type FormValues } from './form-model';

interface Props {
  /** The instance being edited; undefined to add a new one. */
  instance?: InstanceView;
  onClose: () => void;
  onSaved: (saved: InstanceView, isNew: boolean) => void;
}

/** Add or edit an instance. Mounted only while open, so each opening starts from the instance. */
export function InstanceFormDialog({ instance, onClose, onSaved }: Props) {
  const [initial] = useState<FormValues>(() => (instance ? formFromInstance(instance) : emptyForm()));
  const [form, setForm] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [otherIssues, setOtherIssues] = useState<string[]>([]);
  const save = useSaveInstance();
  const test = useConnectionTest();
  const editing = Boolean(instance);
  const secretLabel = form.authKind === 'basic-password' ? 'Password' : 'Access token';

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key]: undefined }));
    if (affectsConnection(key)) test.reset();
  };

  /** Validates in the renderer first, so obvious mistakes never cross the bridge. */
  const validInput = () => {
    const input = inputFromForm(form);
    const parsed = instanceInputSchema.safeParse(input);
    if (!parsed.success) {
      const { fields, other } = fieldErrorsOf(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
      setErrors(fields);
      setOtherIssues(other);
      return null;
    }
    setErrors({});
    setOtherIssues([]);
    return input;
  };

  /** Main's validation (e.g. "enter the password again" for a changed host) points at its field. */
  const showFieldErrors = (error: unknown) => {
    const apiError = apiErrorOf(error);
    if (apiError?.kind === 'validation' && apiError.issues) {
      const { fields, other } = fieldErrorsOf(apiError.issues);
      setErrors(fields);
      setOtherIssues(other);
    }
  };

  const onSubmit = () => {
    const input = validInput();
    if (!input) return;
    save.mutate(input, { onSuccess: (saved) => onSaved(saved, !editing), onError: showFieldErrors });
  };

  const onTest = () => {
    const input = validInput();
    if (input) test.run(input, showFieldErrors);
  };
  const testing = test.state.status === 'running';
  // The result sits below the fields: bring it into view when it changes.
  const testArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (test.state.status !== 'idle') testArea.current?.scrollIntoView?.({ block: 'nearest' });
  }, [test.state]);

  const saveError = apiErrorOf(save.error);
  return (
    <FormDialog dirty={isFormDirty(initial, form)} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="instance-form-title" scroll="paper">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        style={{ display: 'contents' }}
      >
        <DialogTitle id="instance-form-title">{editing ? `Edit ${instance?.name}` : 'Add instance'}</DialogTitle>
        <DialogContent dividers>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, pt: 0.5 }}>
            <TextField
              label="Name"
              required
              autoFocus
              value={form.name}
              onChange={(e) => set('name', e.target.value)}
              error={Boolean(errors.name)}
              helperText={errors.name ?? 'How this instance appears in Lilypad'}
            />
            <TextField
              label="Base URL"
              required
              placeholder="https://acme.jfrog.io"
              value={form.baseUrl}
              onChange={(e) => set('baseUrl', e.target.value)}
              error={Boolean(errors.baseUrl)}
              helperText={errors.baseUrl ?? 'The platform URL, without /artifactory'}
            />
            <TextField
              select
              label="Authentication"
              value={form.authKind}
              onChange={(e) => set('authKind', e.target.value as FormValues['authKind'])}
              error={Boolean(errors.authKind)}
              helperText={errors.authKind}
            >
              {AUTH_KINDS.map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {AUTH_KIND_LABELS[kind]}
                </MenuItem>
              ))}
            </TextField>
            {form.authKind !== 'token' ? (
              <TextField
                label="Username"
                required
                autoComplete="off"
                value={form.username}
                onChange={(e) => set('username', e.target.value)}
                error={Boolean(errors.username)}
                helperText={errors.username}
              />
            ) : (
              <Box />
            )}
            <TextField
              label={secretLabel}
              type="password"
              autoComplete="new-password"
              value={form.secret}
              onChange={(e) => set('secret', e.target.value)}
              error={Boolean(errors.secret)}
              helperText={
                errors.secret ??
                (editing && instance?.hasSecret ? `Leave empty to keep the stored ${secretLabel.toLowerCase()}` : 'Kept by Lilypad\u2019s main process, never shown again')
              }
              sx={{ gridColumn: { sm: '1 / -1' } }}
            />
          </Box>

          <Divider sx={{ my: 2.5 }} />
          <Typography variant="subtitle2" sx={{ mb: 1.5 }}>
            Appearance and safety
          </Typography>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, alignItems: 'start' }}>
            <ColorPicker value={form.color} error={errors.color} onChange={(color) => set('color', color)} />
            <TextField
              label="Environment label"
              placeholder="PROD, STAGING, DEV…"
              value={form.environment}
              onChange={(e) => set('environment', e.target.value)}
              error={Boolean(errors.environment)}
              helperText={errors.environment ?? 'Shown as a chip; PROD is red, STAGING amber, DEV blue'}
              slotProps={{ htmlInput: { maxLength: 16 } }}
            />
            <TextField
              select
              label="Confirm destructive actions"
              value={form.confirmPolicy}
              onChange={(e) => set('confirmPolicy', e.target.value as FormValues['confirmPolicy'])}
              error={Boolean(errors.confirmPolicy)}
              helperText={errors.confirmPolicy ?? 'Deletes, bulk changes, saving settings: how Lilypad asks first'}
              sx={{ gridColumn: { sm: '1 / -1' } }}
            >
              {CONFIRM_POLICIES.map((policy) => (
                <MenuItem key={policy} value={policy}>
                  {CONFIRM_POLICY_LABELS[policy]}
                </MenuItem>
              ))}
            </TextField>
            <FormControlLabel
              control={<Switch checked={form.readOnly} onChange={(e) => set('readOnly', e.target.checked)} />}
              label="Read-only: Lilypad refuses every change to this instance"
              sx={{ gridColumn: { sm: '1 / -1' } }}
            />
          </Box>

          <Divider sx={{ my: 2.5 }} />
          <Typography variant="subtitle2" sx={{ mb: 1.5 }}>
            Connection
          </Typography>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <CaCertField
              pem={form.caCertPem}
              fileName={form.caCertName}
              error={errors.caCertPem}
              onChange={(pem, name) => {
                set('caCertPem', pem);
                set('caCertName', name);
              }}
            />
            <FormControlLabel
              control={<Switch checked={form.skipVerify} onChange={(e) => set('skipVerify', e.target.checked)} color="warning" />}
              label="Skip TLS certificate verification"
            />
            {form.skipVerify && (
              <Alert severity="warning" data-testid="skip-verify-warning">
                Certificates will not be checked: anyone on the network path could read or change the traffic, including your credentials. Use only for a short test.
              </Alert>
            )}
            <TextField
              label="Request timeout (seconds)"
              type="number"
              value={form.timeoutSeconds}
              onChange={(e) => set('timeoutSeconds', e.target.value)}
              error={Boolean(errors.timeoutSeconds)}
              helperText={errors.timeoutSeconds ?? '1 to 600'}
              slotProps={{ htmlInput: { min: 1, max: 600 } }}
              sx={{ maxWidth: 260 }}
            />
          </Box>

          {otherIssues.length > 0 && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {otherIssues.join(' · ')}
            </Alert>
          )}
          <Box ref={testArea} data-testid="connection-test-area">
            {testing && (
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 2 }} role="status" data-testid="connection-testing">
                <CircularProgress size={18} /> Testing connection…
                <Button size="small" onClick={test.cancel} data-testid="cancel-test">
                  Stop test
                </Button>
              </Box>
            )}
            {test.state.status === 'cancelled' && (
              <Alert severity="info" variant="outlined" sx={{ mt: 2 }} data-testid="test-cancelled">
                Test stopped. Nothing was saved; run it again when ready.
              </Alert>
            )}
            {test.state.status === 'done' && (
              <Box sx={{ mt: 2 }}>
                <ConnectionSteps report={test.state.report} />
              </Box>
            )}
            {test.state.status === 'failed' && (
              <Box sx={{ mt: 2 }}>
                <ErrorState title="Could not test the connection" error={test.state.error} />
              </Box>
            )}
          </Box>
          {save.error && saveError?.kind !== 'validation' && (
            <Box sx={{ mt: 2 }}>
              <ErrorState title="Could not save the instance" error={save.error} />
            </Box>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          <Button onClick={onTest} disabled={testing} data-testid="test-connection">
            Test connection
          </Button>
          <Box sx={{ flex: 1 }} />
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {editing ? 'Save changes' : 'Add instance'}
          </Button>
        </DialogActions>
      </form>
    </FormDialog>
  );
}
