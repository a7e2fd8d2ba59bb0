// Optional high-availability nodes: with any, the snippets load-balance across them.
import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Button, FormControlLabel, IconButton, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import type { SnippetProblem } from '../../../../shared/snippets/errors';
import { messagesFor, type NodeRow } from './form-model';
import type { SnippetFormApi } from './use-snippet-form';

export function HaNodesTable({ api, problems }: { api: SnippetFormApi; problems: SnippetProblem[] }) {
  const { form } = api;
  const listProblems = messagesFor(problems, 'haNodes');
  const cell = (row: NodeRow, i: number, field: 'host' | 'artifactoryPort' | 'routerPort', label: string) => {
    const messages = [...messagesFor(problems, `haNodes[${i}].${field}`), ...(field === 'host' ? messagesFor(problems, `haNodes[${i}]`) : [])];
    return (
      <TextField
        size="small"
        fullWidth
        value={row[field]}
        onChange={(event) => api.setNode(row.id, { [field]: event.target.value })}
        slotProps={{ htmlInput: { 'aria-label': `Node ${i + 1} ${label}`, inputMode: field === 'host' ? undefined : 'numeric' } }}
        error={messages.length > 0}
        helperText={messages.join(' ') || undefined}
      />
    );
  };
  return (
    <Stack spacing={1}>
      <FormControlLabel control={<Switch checked={form.ha} onChange={(event) => api.setHa(event.target.checked)} />} label="High availability: load-balance across several nodes" />
      {listProblems.map((message) => (
        <Typography key={message} variant="body2" color="error" role="alert">
          {message}
        </Typography>
      ))}
      {form.ha && (
        <>
          <Table size="small" aria-label="HA nodes" sx={{ tableLayout: 'fixed' }}>
            <TableHead>
              <TableRow>
                <TableCell>Node host</TableCell>
                <TableCell sx={{ width: 112 }}>Artifactory port</TableCell>
                <TableCell sx={{ width: 112 }}>Router port</TableCell>
                <TableCell sx={{ width: 56 }} />
              </TableRow>
            </TableHead>
            <TableBody>
              {form.nodes.map((row, i) => (
                <TableRow key={row.id}>
                  <TableCell sx={{ verticalAlign: 'top' }}>{cell(row, i, 'host', 'host')}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>{cell(row, i, 'artifactoryPort', 'Artifactory port')}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>{cell(row, i, 'routerPort', 'router port')}</TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    <IconButton aria-label={`Remove node ${i + 1}`} onClick={() => api.removeNode(row.id)}>
                      <DeleteOutline fontSize="small" />
                    </IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div>
            <Button size="small" startIcon={<AddIcon />} onClick={api.addNode}>
              Add node
            </Button>
          </div>
        </>
      )}
    </Stack>
  );
}
