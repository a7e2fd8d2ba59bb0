// Federation between saved instances: pick a source and a target, the target's Access URL
// is filled in from its base URL, validate the circle of trust from the source, register
// it there, and see the circle of trust of every saved instance at once.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { InstanceView } from '../../../shared/areas/instances/model';
import { federationCreateSchema, FEDERATION_ENTITIES, type FederationEntity } from '../../../shared/areas/trust/model';
import { apiErrorOf } from '../../api/bridge';
import { useInstances } from '../../app/active-instance';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { GuardedButton } from '../../components/GuardedButton';
import { useAllFederations, useCreateFederation, useValidateFederation } from './api';
import { targetNameFor } from './federation-form';
import { accessUrlOf, buildTrustGraph } from './trust-graph';
import { TrustGraphView } from './TrustGraphView';

export function InstancesFederationPanel({ active }: { active: InstanceView }) {
  const instances = useInstances().data ?? [];
  const [sourceId, setSourceId] = useState(active.id);
  const source = instances.find((i) => i.id === sourceId) ?? active;
  const others = instances.filter((i) => i.id !== source.id);
  const [targetId, setTargetId] = useState<string>('');
  const target = others.find((i) => i.id === targetId);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [entities, setEntities] = useState<FederationEntity[]>(['users', 'groups', 'permissions']);
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const validate = useValidateFederation(source.id);
  const create = useCreateFederation(source.id);
  const all = useAllFederations(instances);
  // A handful of instances: cheap to rebuild on every render.
  const graph = buildTrustGraph(
    instances,
    all.map((q) => q.data),
    all.map((q) => Boolean(q.error)),
  );
  const blocked = source.readOnly ? `${source.name} is read-only: changes are disabled` : undefined;

  const pickTarget = (id: string) => {
    setTargetId(id);
    const picked = others.find((i) => i.id === id);
    if (picked) {
      setUrl(accessUrlOf(picked.baseUrl));
      setName(targetNameFor(picked.name));
    }
    setOutcome(null);
  };
  const input = () => ({ target: { name: name.trim(), url: url.trim(), entities, includePatterns: [], excludePatterns: [], active: true } });

  const runValidate = async () => {
    setOutcome(null);
    try {
      const result = await validate.mutateAsync({ url: url.trim() });
      setOutcome(
        result.valid
          ? { severity: 'success', text: `${target?.name ?? url} trusts ${source.name}: ${result.message}` }
          : { severity: 'error', text: `HTTP ${result.status}: ${result.message}` },
      );
    } catch (error) {
      setOutcome({ severity: 'error', text: apiErrorOf(error)?.message ?? String(error) });
    }
  };
  const register = async () => {
    const checked = federationCreateSchema.safeParse(input().target);
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Check the fields');
      return;
    }
    setProblem(null);
    setOutcome(null);
    try {
      await create.mutateAsync({ target: checked.data });
      setOutcome({ severity: 'success', text: `${source.name} now federates ${entities.join(', ')} to ${target?.name ?? url}.` });
    } catch {
      // Shown below.
    }
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        The web UI sees one platform at a time; here every saved instance is in view. Validation asks the target whether it trusts the source&apos;s root certificate.
      </Typography>
      <Stack direction="row" spacing={1.5}>
        <TextField
          select
          label="Source"
          value={source.id}
          onChange={(e) => setSourceId(e.target.value)}
          sx={{ width: 260, flexShrink: 0 }}
          slotProps={{ htmlInput: { 'data-testid': 'federation-source' } }}
        >
          {instances.map((i) => (
            <MenuItem key={i.id} value={i.id}>
              {i.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Target"
          value={targetId}
          onChange={(e) => pickTarget(e.target.value)}
          sx={{ width: 260, flexShrink: 0 }}
          helperText={others.length ? undefined : 'Save another instance first'}
        >
          {others.map((i) => (
            <MenuItem key={i.id} value={i.id}>
              {i.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Stack direction="row" spacing={1.5}>
        <TextField label="Target name" value={name} onChange={(e) => setName(e.target.value)} sx={{ width: 260, flexShrink: 0 }} />
        <TextField label="Target Access URL" value={url} onChange={(e) => setUrl(e.target.value)} sx={{ flex: 1, minWidth: 320 }} />
      </Stack>
      <Stack direction="row">
        {FEDERATION_ENTITIES.map((entity) => (
          <FormControlLabel
            key={entity}
            label={entity}
            control={
              <Checkbox checked={entities.includes(entity)} onChange={(e) => setEntities(e.target.checked ? [...entities, entity] : entities.filter((x) => x !== entity))} />
            }
          />
        ))}
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={!url.trim() || validate.isPending} onClick={() => void runValidate()}>
          Validate
        </Button>
        <GuardedButton variant="contained" blockedReason={blocked} disabled={!url.trim() || create.isPending} onClick={() => void register()}>
          Register on {source.name}
        </GuardedButton>
        <CurlButton call="trust.federationCreate" input={() => input()} />
      </Stack>
      {problem ? <Alert severity="error">{problem}</Alert> : null}
      {outcome ? (
        <Alert severity={outcome.severity} data-testid="instances-federation-outcome">
          {outcome.text}
        </Alert>
      ) : null}
      {create.error ? <ErrorState error={create.error} title="The target was not registered" /> : null}
      <Typography variant="h6" component="h2">
        Circle of trust
      </Typography>
      <TrustGraphView graph={graph} />
    </Stack>
  );
}
