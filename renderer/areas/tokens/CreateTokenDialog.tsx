// New token: the scope builder, subject, expiry (with the persistency warning), refreshable,
// audience, description, reference token, force revocable. Checked with the contract's
// schema before anything is sent; a refusal keeps the form as typed. The answer goes
// straight to the screen (the one-time reveal), never into a cache.
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { PERSISTENCY_THRESHOLD_SECONDS, tokenCreateSchema, type CreatedToken, type TokenCreate } from '../../../shared/areas/tokens/model';
import { buildScope, EMPTY_SCOPE, type ScopeParts } from '../../../shared/areas/tokens/scope';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { useUserTable } from '../users/api';
import { useSecretMutation } from './api';
import { EXPIRY_PRESETS, expirySeconds, isBelowPersistency, type CustomUnit } from './expiry-presets';
import { ScopeBuilder } from './ScopeBuilder';

interface Props {
  instanceId: string;
  /** Users who already own tokens: offered even when the user list cannot be read. */
  knownUsers: readonly string[];
  blockedReason?: string;
  onClose: () => void;
  onCreated: (created: CreatedToken) => void;
}

interface Form {
  scope: ScopeParts;
  username: string;
  preset: string;
  customAmount: string;
  customUnit: CustomUnit;
  refreshable: boolean;
  audience: string;
  description: string;
  includeReference: boolean;
  forceRevocable: boolean;
}

const EMPTY: Form = {
  scope: { ...EMPTY_SCOPE, user: true },
  username: '',
  preset: '30d',
  customAmount: '',
  customUnit: 'days',
  refreshable: false,
  audience: '',
  description: '',
  includeReference: false,
  forceRevocable: false,
};

/** The create input the form stands for (undefined fields are left out of the body). */
export function createInputOf(form: Form): TokenCreate {
  const seconds = expirySeconds(form.preset, form.customAmount, form.customUnit);
  return {
    ...(form.username.trim() ? { username: form.username.trim() } : {}),
    scope: buildScope(form.scope),
    ...(seconds !== undefined ? { expires_in: seconds } : {}),
    ...(form.refreshable ? { refreshable: true } : {}),
    ...(form.description ? { description: form.description } : {}),
    ...(form.audience.trim() ? { audience: form.audience.trim() } : {}),
    ...(form.includeReference ? { include_reference_token: true } : {}),
    ...(form.forceRevocable ? { force_revocable: true } : {}),
  };
}

export function CreateTokenDialog({ instanceId, knownUsers, blockedReason, onClose, onCreated }: Props) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [acknowledged, setAcknowledged] = useState(false);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const { table } = useUserTable(instanceId);
  const userOptions = useMemo(() => [...new Set([...(table?.names ?? []).slice(0, 5000), ...knownUsers])].sort(), [table, knownUsers]);
  const create = useSecretMutation(instanceId, 'tokens.create', (created) => onCreated(created));
  const seconds = expirySeconds(form.preset, form.customAmount, form.customUnit);
  const notStored = isBelowPersistency(seconds);

  const submit = () => {
    const input = createInputOf(form);
    const problems: Record<string, string> = {};
    if (Number.isNaN(seconds)) problems.expires_in = 'Enter a whole number above zero';
    const parsed = tokenCreateSchema.safeParse(input);
    if (!parsed.success) for (const issue of parsed.error.issues) problems[String(issue.path[0])] ??= issue.message;
    if (notStored && !acknowledged) problems.acknowledge = 'Confirm that you understand this token will not be listed';
    setErrors(problems);
    if (Object.keys(problems).length === 0) create.mutate({ token: input }, { onSuccess: () => create.reset() });
  };

  const dirty = JSON.stringify(form) !== JSON.stringify(EMPTY);
  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="create-token-title">
      <DialogTitle id="create-token-title">New access token</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="create-token"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
        >
          <ScopeBuilder instanceId={instanceId} value={form.scope} onChange={(scope) => set({ scope })} error={errors.scope} />
          <Autocomplete
            freeSolo
            options={userOptions}
            inputValue={form.username}
            onInputChange={(_event, username) => set({ username })}
            renderInput={(params) => (
              <TextField
                {...params}
                label="Subject (username)"
                error={Boolean(errors.username)}
                helperText={errors.username ?? 'Empty: the user of this instance’s credential'}
                slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'token-username' } }}
              />
            )}
          />
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField
              select
              label="Expires"
              value={form.preset}
              onChange={(e) => set({ preset: e.target.value })}
              sx={{ minWidth: 220 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'token-expiry-preset' } as object } }}
            >
              {EXPIRY_PRESETS.map((preset) => (
                <MenuItem key={preset.id} value={preset.id} data-testid={`expiry-${preset.id}`}>
                  {preset.label}
                </MenuItem>
              ))}
            </TextField>
            {form.preset === 'custom' && (
              <>
                <TextField
                  label="Amount"
                  value={form.customAmount}
                  onChange={(e) => set({ customAmount: e.target.value })}
                  error={Boolean(errors.expires_in)}
                  helperText={errors.expires_in}
                  sx={{ width: 120 }}
                  slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'token-expiry-amount' } }}
                />
                <TextField select label="Unit" value={form.customUnit} onChange={(e) => set({ customUnit: e.target.value as CustomUnit })} sx={{ width: 130 }}>
                  <MenuItem value="minutes">minutes</MenuItem>
                  <MenuItem value="hours">hours</MenuItem>
                  <MenuItem value="days">days</MenuItem>
                </TextField>
              </>
            )}
            {form.preset !== 'custom' && errors.expires_in && <Alert severity="error">{errors.expires_in}</Alert>}
          </Box>
          {notStored && (
            <Alert severity="warning" data-testid="persistency-warning">
              A token that expires in less than {PERSISTENCY_THRESHOLD_SECONDS / 3600} hours is not stored by the platform (its persistency threshold): it works, but it never
              appears in the list and cannot be revoked by id, only by its value.
              <FormControlLabel
                sx={{ display: 'block', mt: 1 }}
                control={<Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} data-testid="persistency-ack" />}
                label="I understand: create it anyway"
              />
              {errors.acknowledge && <Box sx={{ color: 'error.main' }}>{errors.acknowledge}</Box>}
            </Alert>
          )}
          <TextField
            label="Description"
            value={form.description}
            onChange={(e) => set({ description: e.target.value })}
            error={Boolean(errors.description)}
            helperText={errors.description ?? 'What the token is for: the list filters on it'}
            slotProps={{ htmlInput: { 'data-testid': 'new-token-description' } }}
          />
          <TextField
            label="Audience"
            value={form.audience}
            onChange={(e) => set({ audience: e.target.value })}
            error={Boolean(errors.audience)}
            helperText={errors.audience ?? 'Empty: every service (*@*). Or service ids such as jfrt@* jfxr@*'}
            slotProps={{ htmlInput: { 'data-testid': 'token-audience', spellCheck: false } }}
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <FormControlLabel
              control={<Switch checked={form.refreshable} onChange={(e) => set({ refreshable: e.target.checked })} data-testid="token-refreshable" />}
              label="Refreshable"
            />
            <FormControlLabel
              control={<Switch checked={form.includeReference} onChange={(e) => set({ includeReference: e.target.checked })} />}
              label="Include a reference token"
            />
            <FormControlLabel
              control={<Switch checked={form.forceRevocable} onChange={(e) => set({ forceRevocable: e.target.checked })} />}
              label="Force revocable (7.50.3 and later)"
            />
          </Box>
          {create.error && <ErrorState error={create.error} title="The platform refused the token" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="tokens.create" input={() => ({ token: createInputOf(form) })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <GuardedButton type="submit" form="create-token" variant="contained" disabled={create.isPending} blockedReason={blockedReason} data-testid="create-token-submit">
          Create token
        </GuardedButton>
      </DialogActions>
    </FormDialog>
  );
}
