// Writes the platform's scope syntax for the admin: user, admin, groups (picked, names
// with spaces quoted), project roles (project and roles picked), and raw text for every
// other scope. The scope it makes is shown as sent, with its length against the limit.
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { buildScope, SCOPE_MAX, type ScopeParts } from '../../../shared/areas/tokens/scope';
import { PROJECT_KEY } from '../../../shared/areas/tokens/model';
import { useGroupNames } from '../groups/api';

/** The roles every project has; custom roles can be typed. */
export const PROJECT_ROLES = ['Project Admin', 'Developer', 'Contributor', 'Viewer', 'Release Manager', 'Security Manager'];

interface Props {
  instanceId: string;
  value: ScopeParts;
  onChange: (next: ScopeParts) => void;
  error?: string;
}

export function ScopeBuilder({ instanceId, value, onChange, error }: Props) {
  const groups = useGroupNames(instanceId);
  const set = (patch: Partial<ScopeParts>) => onChange({ ...value, ...patch });
  const scope = buildScope(value);
  const over = scope.length > SCOPE_MAX;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }} data-testid="scope-builder">
      <Typography variant="subtitle2">Scope</Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <FormControlLabel
          control={<Checkbox checked={value.user} onChange={(e) => set({ user: e.target.checked })} data-testid="scope-user" />}
          label="The user's own permissions (applied-permissions/user)"
        />
        <FormControlLabel
          control={<Checkbox checked={value.admin} onChange={(e) => set({ admin: e.target.checked })} data-testid="scope-admin" />}
          label="Administrator (applied-permissions/admin)"
        />
      </Box>
      <Autocomplete
        multiple
        freeSolo
        options={groups.data ?? []}
        value={value.groups}
        onChange={(_event, next) => set({ groups: next })}
        filterSelectedOptions
        renderInput={(params) => (
          <TextField
            {...params}
            label="Groups (applied-permissions/groups)"
            placeholder="Pick or type a group"
            helperText={groups.error ? 'Could not read the group names: type them' : 'Names with spaces are quoted for you'}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'scope-groups' } }}
          />
        )}
      />
      {value.roles.map((entry, index) => {
        const projectBad = entry.project !== '' && !PROJECT_KEY.test(entry.project);
        const update = (patch: Partial<(typeof value.roles)[number]>) => set({ roles: value.roles.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
        return (
          <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }} data-testid="scope-roles-entry">
            <TextField
              label="Project key"
              value={entry.project}
              onChange={(e) => update({ project: e.target.value.trim() })}
              error={projectBad}
              helperText={projectBad ? 'Lower-case letters, digits and -' : ' '}
              sx={{ width: 180 }}
              slotProps={{ htmlInput: { 'data-testid': 'scope-project' } }}
            />
            <Autocomplete
              multiple
              freeSolo
              options={PROJECT_ROLES}
              value={entry.roles}
              onChange={(_event, roles) => update({ roles })}
              sx={{ flex: 1 }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Roles in the project"
                  helperText=" "
                  slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'scope-project-roles' } }}
                />
              )}
            />
            <IconButton aria-label="Remove these project roles" onClick={() => set({ roles: value.roles.filter((_, i) => i !== index) })} sx={{ mt: 1 }}>
              ×
            </IconButton>
          </Box>
        );
      })}
      <Box>
        <Button size="small" onClick={() => set({ roles: [...value.roles, { project: '', roles: [] }] })} data-testid="scope-add-roles">
          Add project roles (applied-permissions/roles)
        </Button>
      </Box>
      <TextField
        label="Other scopes (raw)"
        value={value.extra}
        onChange={(e) => set({ extra: e.target.value })}
        helperText="Anything else, as the platform writes it, e.g. system:metrics:r or artifact:libs-release:r"
        slotProps={{ htmlInput: { 'data-testid': 'scope-extra', spellCheck: false } }}
      />
      <Box>
        <Typography variant="caption" color={over ? 'error' : 'text.secondary'} data-testid="scope-length">
          {scope.length} / {SCOPE_MAX} characters
        </Typography>
        <Box
          component="pre"
          data-testid="scope-preview"
          sx={{ m: 0, mt: 0.5, p: 1, fontSize: 12, fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-all', bgcolor: 'action.hover', borderRadius: 1 }}
        >
          {scope || '(choose at least one scope)'}
        </Box>
        {error && (
          <Typography variant="caption" color="error" data-testid="scope-error">
            {error}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
