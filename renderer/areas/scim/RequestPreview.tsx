// The exact request a SCIM action sends (method, path, content type, body), from the same
// mapping the handler sends and "Copy as cURL" prints; or why it cannot be sent yet.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { requestFor, type MappedCallName, type RequestInput } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/errors';
import { CodeViewer } from '../../components/code/CodeViewer';

interface Props<K extends MappedCallName> {
  call: K;
  input: RequestInput<K>;
  /** Why the form cannot be sent; shown instead of the body. */
  problem?: string;
}

export function RequestPreview<K extends MappedCallName>({ call, input, problem }: Props<K>) {
  if (problem) {
    return (
      <Alert severity="warning" variant="outlined" data-testid="scim-problem">
        {problem}
      </Alert>
    );
  }
  let req;
  try {
    req = requestFor(call, input);
  } catch (error) {
    return (
      <Alert severity="warning" data-testid="scim-problem">
        {error instanceof ApiFailure ? error.error.message : String(error)}
      </Alert>
    );
  }
  const query = req.query ? `?${new URLSearchParams(Object.entries(req.query).map(([k, v]) => [k, String(v)])).toString()}` : '';
  return (
    <Box data-testid="scim-preview">
      <Typography variant="caption" component="div" sx={{ fontFamily: 'monospace', mb: 0.5 }} data-testid="scim-preview-line">
        {req.method} {req.path}
        {query}
        {req.json !== undefined ? ` · Content-Type: ${req.contentType ?? 'application/json'}` : ''}
      </Typography>
      {req.json !== undefined && <CodeViewer text={JSON.stringify(req.json, null, 2)} language="plain" label="SCIM body" maxHeight={260} />}
    </Box>
  );
}
