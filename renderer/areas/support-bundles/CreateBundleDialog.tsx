// New support bundle: name, description and what goes in (configuration, system, logs for
// a date range in the platform's YYYY-MM-DD, thread dumps with count and interval), with
// the platform's defaults. Checked with the contract's schema first; a refusal keeps the form.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { bundleCreateSchema, type BundleCreate } from '../../../shared/areas/support-bundles/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useCreateBundle } from './api';
import { defaultLogRange } from './bundle-view';

interface Props {
  instanceId: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}

interface Form {
  name: string;
  description: string;
  configuration: boolean;
  system: boolean;
  logs: boolean;
  start: string;
  end: string;
  dumps: string;
  interval: string;
}

function toInput(form: Form): BundleCreate {
  return {
    name: form.name.trim(),
    description: form.description,
    parameters: {
      configuration: form.configuration,
      system: form.system,
      logs: { include: form.logs, ...(form.logs && form.start ? { start_date: form.start } : {}), ...(form.logs && form.end ? { end_date: form.end } : {}) },
      thread_dump: { count: Number(form.dumps), interval: Number(form.interval) },
    },
  };
}

export function CreateBundleDialog({ instanceId, onClose, onCreated }: Props) {
  const initial = useMemo<Form>(() => {
    const range = defaultLogRange(new Date());
    return { name: '', description: '', configuration: true, system: true, logs: true, start: range.start_date, end: range.end_date, dumps: '1', interval: '0' };
  }, []);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateBundle(instanceId);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const dirty = form.name !== '' || form.description !== '';

  const submit = () => {
    const checked = bundleCreateSchema.safeParse(toInput(form));
    if (!checked.success) {
      const problems: Record<string, string> = {};
      for (const issue of checked.error.issues) problems[issue.path.join('.')] ??= issue.message;
      setErrors(problems);
      return;
    }
    setErrors({});
    create.mutate({ bundle: toInput(form) }, { onSuccess: ({ id }) => onCreated(id) });
  };

  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="create-bundle-title">
      <DialogTitle id="create-bundle-title">New support bundle</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="create-bundle"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
        >
          <TextField
            label="Name"
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
            autoFocus
            error={Boolean(errors.name)}
            helperText={errors.name ?? 'Letters, digits and . _ -'}
            slotProps={{ htmlInput: { 'data-testid': 'bundle-name' } }}
          />
          <TextField
            label="Description"
            value={form.description}
            onChange={(e) => set({ description: e.target.value })}
            error={Boolean(errors.description)}
            helperText={errors.description ?? 'Why it is made, e.g. the support case'}
            slotProps={{ htmlInput: { 'data-testid': 'bundle-description' } }}
          />
          <Stack direction="row" spacing={2}>
            <FormControlLabel control={<Switch checked={form.configuration} onChange={(e) => set({ configuration: e.target.checked })} />} label="Configuration" />
            <FormControlLabel control={<Switch checked={form.system} onChange={(e) => set({ system: e.target.checked })} />} label="System information" />
            <FormControlLabel control={<Switch checked={form.logs} onChange={(e) => set({ logs: e.target.checked })} />} label="Logs" />
          </Stack>
          {form.logs && (
            <Stack direction="row" spacing={2}>
              <TextField
                type="date"
                label="Logs from"
                value={form.start}
                onChange={(e) => set({ start: e.target.value })}
                error={Boolean(errors['parameters.logs.start_date'])}
                helperText={errors['parameters.logs.start_date']}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'logs-start' } }}
                fullWidth
              />
              <TextField
                type="date"
                label="Logs until"
                value={form.end}
                onChange={(e) => set({ end: e.target.value })}
                error={Boolean(errors['parameters.logs.end_date'])}
                helperText={errors['parameters.logs.end_date']}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'logs-end' } }}
                fullWidth
              />
            </Stack>
          )}
          <Stack direction="row" spacing={2}>
            <TextField
              type="number"
              label="Thread dumps"
              value={form.dumps}
              onChange={(e) => set({ dumps: e.target.value })}
              error={Boolean(errors['parameters.thread_dump.count'])}
              helperText={errors['parameters.thread_dump.count'] ?? 'How many times (0 for none)'}
              slotProps={{ htmlInput: { min: 0, 'data-testid': 'dump-count' } }}
              fullWidth
            />
            <TextField
              type="number"
              label="Interval (ms)"
              value={form.interval}
              onChange={(e) => set({ interval: e.target.value })}
              error={Boolean(errors['parameters.thread_dump.interval'])}
              helperText={errors['parameters.thread_dump.interval'] ?? 'Between two dumps'}
              slotProps={{ htmlInput: { min: 0, 'data-testid': 'dump-interval' } }}
              fullWidth
            />
          </Stack>
          {create.error && <ErrorState error={create.error} title="The platform did not create the bundle" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="supportBundles.create" input={() => ({ bundle: bundleCreateSchema.safeParse(toInput(form)).data ?? (toInput(form) as never) })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="create-bundle" variant="contained" disabled={create.isPending} data-testid="create-bundle-submit">
          Create
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
