// The Docker access method, with what each one means and what it needs from the admin.
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Typography } from '@mui/material';
import type { DockerMethod } from '../../../../shared/areas/http-settings/model';

export const DOCKER_METHOD_INFO: Record<DockerMethod, { label: string; explains: string; needs: string }> = {
  SUBDOMAIN: {
    label: 'Subdomain',
    explains: 'Each Docker repository is its own host: docker pull <repository>.<server name>/image.',
    needs: 'Needs a wildcard DNS entry and a wildcard certificate (*.<server name>) covering every subdomain level you use.',
  },
  REPOPATHPREFIX: {
    label: 'Repository path',
    explains: 'Clients use the main host with the repository in the path: docker pull <server name>/<repository>/image.',
    needs: 'Needs nothing extra: no subdomains, no ports.',
  },
  PORTPERREPO: {
    label: 'Port per repository',
    explains: 'Each Docker repository listens on its own port of the server name: docker pull <server name>:<port>/image.',
    needs: 'Needs a unique port for every Docker repository below, open on the proxy machine.',
  },
};

export function DockerMethodField({ value, onChange }: { value: DockerMethod | undefined; onChange: (value: DockerMethod) => void }) {
  return (
    <FormControl>
      <FormLabel id="docker-method-label">Docker access method</FormLabel>
      <RadioGroup aria-labelledby="docker-method-label" value={value ?? ''} onChange={(event) => onChange(event.target.value as DockerMethod)}>
        {(Object.keys(DOCKER_METHOD_INFO) as DockerMethod[]).map((method) => {
          const info = DOCKER_METHOD_INFO[method];
          return (
            <FormControlLabel
              key={method}
              value={method}
              control={<Radio size="small" />}
              sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { pt: 0.25 } }}
              label={
                <span>
                  <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                    {info.label}
                  </Typography>
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                    {info.explains} {info.needs}
                  </Typography>
                </span>
              }
            />
          );
        })}
      </RadioGroup>
    </FormControl>
  );
}
