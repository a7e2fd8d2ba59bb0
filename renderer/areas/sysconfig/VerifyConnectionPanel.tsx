// "Verify connection": the platform itself tries to reach an endpoint and says what the
// other side answered. The password goes to main with the call and is cleared here
// right after sending; the cURL shows a placeholder for it.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { verifyConnectionSchema, type VerifyConnectionResult } from '../../../shared/areas/sysconfig/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { useVerifyConnection } from './api';

export function VerifyConnectionPanel({ instanceId }: { instanceId: string }) {
  const [endpoint, setEndpoint] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<VerifyConnectionResult | null>(null);
  const verify = useVerifyConnection(instanceId);

  const input = () => ({ endpoint: endpoint.trim(), ...(username ? { username } : {}), ...(password ? { password } : {}) });

  const send = async () => {
    const checked = verifyConnectionSchema.safeParse(input());
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? 'Check the fields');
      return;
    }
    setProblem(null);
    setResult(null);
    const sent = checked.data;
    // Not kept in the page once sent.
    setPassword('');
    try {
      setResult(await verify.mutateAsync(sent));
    } catch {
      // Shown below.
    }
  };

  return (
    <Stack spacing={1.5} sx={{ maxWidth: 720 }}>
      <Typography variant="body2">
        Ask the platform to connect to another product (Xray, a remote Artifactory, a proxy target). It succeeds when the other side answers 200; otherwise it shows what the other
        side said.
      </Typography>
      <TextField
        label="Endpoint URL"
        value={endpoint}
        onChange={(event) => setEndpoint(event.target.value)}
        error={problem !== null}
        helperText={problem ?? 'For example https://xray.example.com'}
      />
      <Stack direction="row" spacing={1}>
        <TextField label="Username (optional)" value={username} onChange={(event) => setUsername(event.target.value)} sx={{ flex: 1 }} autoComplete="off" />
        <TextField
          label="Password (optional)"
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          sx={{ flex: 1 }}
          autoComplete="new-password"
        />
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => void send()} disabled={verify.isPending}>
          Verify connection
        </Button>
        <CurlButton call="sysconfig.verifyConnection" input={input} />
      </Stack>
      {result ? (
        <Alert severity={result.ok ? 'success' : 'error'} data-testid="verify-result">
          <strong>{result.ok ? 'Connected' : `The platform could not connect (HTTP ${result.status})`}</strong>: {result.message}
        </Alert>
      ) : null}
      {verify.error ? <ErrorState error={verify.error} title="The platform could not run the check" /> : null}
    </Stack>
  );
}
