// Docker repositories and their ports; pre-filled from the platform, editable here.
import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import type { SnippetProblem } from '../../../../shared/snippets/errors';
import { messagesFor } from './form-model';
import type { SnippetFormApi } from './use-snippet-form';

export function DockerReposTable({ api, problems }: { api: SnippetFormApi; problems: SnippetProblem[] }) {
  const { form } = api;
  const portsMatter = form.settings.dockerReverseProxyMethod === 'PORTPERREPO';
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2">Docker repositories</Typography>
      <Typography variant="body2" color="text.secondary">
        {portsMatter
          ? 'Each repository needs its own port: the proxy opens one server per repository.'
          : 'Ports are only used by the port per repository method; the list is kept for when you switch.'}
      </Typography>
      <Table size="small" aria-label="Docker repositories" sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell>Repository key</TableCell>
            <TableCell sx={{ width: 150 }}>Port</TableCell>
            <TableCell sx={{ width: 56 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {form.repos.length === 0 && (
            <TableRow>
              <TableCell colSpan={3}>
                <Typography variant="body2" color="text.secondary">
                  No Docker repositories. Add one to include it in the snippets.
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {form.repos.map((row, i) => {
            const keyProblems = messagesFor(problems, `dockerRepos[${i}].key`);
            const portProblems = messagesFor(problems, `dockerRepos[${i}].port`);
            return (
              <TableRow key={row.id}>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <TextField
                    size="small"
                    fullWidth
                    value={row.key}
                    placeholder="docker-local"
                    onChange={(event) => api.setRepo(row.id, { key: event.target.value })}
                    slotProps={{ htmlInput: { 'aria-label': `Repository key ${i + 1}` } }}
                    error={keyProblems.length > 0}
                    helperText={keyProblems.join(' ') || undefined}
                  />
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <TextField
                    size="small"
                    fullWidth
                    value={row.port}
                    placeholder={portsMatter ? 'required' : 'optional'}
                    onChange={(event) => api.setRepo(row.id, { port: event.target.value })}
                    slotProps={{ htmlInput: { 'aria-label': `Port of ${row.key || `repository ${i + 1}`}`, inputMode: 'numeric' } }}
                    error={portProblems.length > 0}
                    helperText={portProblems.join(' ') || undefined}
                  />
                </TableCell>
                <TableCell sx={{ verticalAlign: 'top' }}>
                  <IconButton aria-label={`Remove ${row.key || `repository ${i + 1}`}`} onClick={() => api.removeRepo(row.id)}>
                    <DeleteOutline fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={api.addRepo}>
          Add repository
        </Button>
      </div>
    </Stack>
  );
}
