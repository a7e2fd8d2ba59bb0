// Add a user or a group to a project with roles, or change one member's roles. The roles
// are checked with the contract's schema before sending; a refusal keeps the choices.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import { memberRolesSchema, type MemberKind, type ProjectRole } from '../../../shared/areas/projects/model';
import { CurlButton } from '../../components/CurlButton';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { useProjectMutation } from './api';
import { MemberPicker } from './MemberPicker';
import { RolesField } from './RolesField';

interface Props {
  instanceId: string;
  projectKey: string;
  roles: readonly ProjectRole[];
  /** Present: change this member's roles. Absent: add a member. */
  member?: { kind: MemberKind; name: string; roles: string[] };
  /** Names already members, by kind (not offered again). */
  members: Record<MemberKind, ReadonlySet<string>>;
  onClose: () => void;
}

export function MemberDialog({ instanceId, projectKey, roles, member, members, onClose }: Props) {
  const [kind, setKind] = useState<MemberKind>(member?.kind ?? 'users');
  const [name, setName] = useState<string | null>(member?.name ?? null);
  const [chosen, setChosen] = useState<string[]>(member?.roles ?? []);
  const [problems, setProblems] = useState<{ name?: string; roles?: string }>({});
  const save = useProjectMutation(instanceId, 'projects.setMember', onClose);
  const dirty = member ? chosen.join('\n') !== member.roles.join('\n') : Boolean(name) || chosen.length > 0;
  const submit = () => {
    const found: typeof problems = {};
    if (!name) found.name = kind === 'users' ? 'Choose a user' : 'Choose a group';
    const parsed = memberRolesSchema.safeParse(chosen);
    if (!parsed.success) found.roles = parsed.error.issues[0].message;
    setProblems(found);
    if (!found.name && !found.roles && name) save.mutate({ key: projectKey, kind, name, roles: chosen });
  };
  return (
    <FormDialog dirty={dirty} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="member-dialog-title">
      <DialogTitle id="member-dialog-title">{member ? `Roles of ${member.name}` : `Add a member to ${projectKey}`}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id="member-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}
          data-testid="member-dialog"
        >
          {!member && (
            <>
              <ToggleButtonGroup
                exclusive
                size="small"
                value={kind}
                onChange={(_, next: MemberKind | null) => {
                  if (next) {
                    setKind(next);
                    setName(null);
                  }
                }}
                aria-label="Member kind"
              >
                <ToggleButton value="users" data-testid="member-kind-users">
                  User
                </ToggleButton>
                <ToggleButton value="groups" data-testid="member-kind-groups">
                  Group
                </ToggleButton>
              </ToggleButtonGroup>
              <MemberPicker key={kind} instanceId={instanceId} kind={kind} value={name} onChange={setName} exclude={members[kind]} error={problems.name} />
            </>
          )}
          <RolesField roles={roles} value={chosen} onChange={setChosen} error={problems.roles} />
          {save.error && <ErrorState error={save.error} title="The platform refused the member" />}
        </Box>
      </DialogContent>
      <DialogActions>
        <CurlButton call="projects.setMember" input={() => ({ key: projectKey, kind, name: name ?? (kind === 'users' ? 'username' : 'group'), roles: chosen })} />
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="member-form" variant="contained" disabled={save.isPending || (Boolean(member) && !dirty)} data-testid="member-save">
          {member ? 'Save roles' : 'Add member'}
        </Button>
      </DialogActions>
    </FormDialog>
  );
}
