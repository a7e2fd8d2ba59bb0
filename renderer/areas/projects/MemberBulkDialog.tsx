// Changes to many members at once, each a call of its own with at most 8 in flight and a
// result per member: add pasted names with chosen roles (unknown names are reported
// before anything is sent), set the roles of the selected members, or remove them.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { memberRolesSchema, type MemberKind, type ProjectRole } from '../../../shared/areas/projects/model';
import { describeApiError } from '../../../shared/errors';
import { apiErrorOf } from '../../api/bridge';
import { callInstance, invalidateCalls } from '../../api/hooks';
import { useActiveInstance } from '../../app/active-instance';
import { BulkResults } from '../../components/bulk/BulkResults';
import { DEFAULT_CONCURRENCY, runBulk, type BulkItemResult, type BulkProgress } from '../../components/bulk/run-bulk';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CurlButton } from '../../components/CurlButton';
import { FormDialog } from '../../components/FormDialog';
import { GuardedButton } from '../../components/GuardedButton';
import { useGroupNames } from '../groups/api';
import { useUserTable } from '../users/api';
import { checkPasted, type PasteCheck } from './paste-members';
import { RolesField } from './RolesField';

export interface MemberRef {
  kind: MemberKind;
  name: string;
}

export type BulkMode = 'paste' | 'set-roles' | 'remove';

interface Props {
  instanceId: string;
  projectKey: string;
  mode: BulkMode;
  roles: readonly ProjectRole[];
  members: Record<MemberKind, ReadonlySet<string>>;
  /** The selected members (set-roles, remove). */
  selected?: MemberRef[];
  blockedReason?: string;
  onClose: () => void;
  /** After a run, with what succeeded (the screen clears those from its selection). */
  onFinished?: (done: MemberRef[]) => void;
}

const TITLES: Record<BulkMode, string> = { paste: 'Add members from a list', 'set-roles': 'Set roles', remove: 'Remove members' };
const label = (ref: MemberRef) => `${ref.kind === 'users' ? 'user' : 'group'} ${ref.name}`;
const describe = (error: unknown) => {
  const apiError = apiErrorOf(error);
  return apiError
    ? describeApiError(apiError) + (apiError.platformMessage && apiError.platformMessage !== apiError.message ? ` — ${apiError.platformMessage}` : '')
    : String(error);
};
const fmt = new Intl.NumberFormat('en-US');
/** The run as the activity log names it. */
const runLabel = (mode: BulkMode, count: number, projectKey: string) => {
  const members = `${fmt.format(count)} member${count === 1 ? '' : 's'}`;
  return mode === 'paste' ? `Add ${members} to ${projectKey}` : mode === 'set-roles' ? `Set roles of ${members} in ${projectKey}` : `Remove ${members} from ${projectKey}`;
};

export function MemberBulkDialog({ instanceId, projectKey, mode, roles, members, selected = [], blockedReason, onClose, onFinished }: Props) {
  const client = useQueryClient();
  const instance = useActiveInstance();
  const [kind, setKind] = useState<MemberKind>('users');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [rolesProblem, setRolesProblem] = useState<string | undefined>();
  const [check, setCheck] = useState<PasteCheck | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [results, setResults] = useState<BulkItemResult[] | null>(null);
  const abort = useRef<AbortController | null>(null);
  const { table } = useUserTable(mode === 'paste' && kind === 'users' ? instanceId : undefined);
  const groups = useGroupNames(mode === 'paste' && kind === 'groups' ? instanceId : undefined);
  const groupSet = useMemo(() => new Set(groups.data ?? []), [groups.data]);
  const namesLoading = kind === 'users' ? !table?.done : groups.isLoading;
  const running = progress !== null && results === null;

  /** What the run acts on: the checked names (paste) or the selection. */
  const targets: MemberRef[] = mode === 'paste' ? (check?.toAdd ?? []).map((name) => ({ kind, name })) : selected;
  const needsRoles = mode !== 'remove';

  const runCheck = () => {
    const exists = kind === 'users' ? (name: string) => Boolean(table?.has(name)) : (name: string) => groupSet.has(name);
    setCheck(checkPasted(text, exists, members[kind]));
  };

  const start = async () => {
    if (needsRoles) {
      const parsed = memberRolesSchema.safeParse(chosen);
      setRolesProblem(parsed.success ? undefined : parsed.error.issues[0].message);
      if (!parsed.success) return;
    }
    const controller = new AbortController();
    abort.current = controller;
    const byLabel = new Map(targets.map((ref) => [label(ref), ref]));
    setProgress({ done: 0, failed: 0, total: targets.length, inFlight: 0, peakInFlight: 0 });
    const out = await runBulk(
      [...byLabel.keys()],
      // The run's tags make the activity log show it as one entry with its members.
      (item, tags) => {
        const ref = byLabel.get(item)!;
        return mode === 'remove'
          ? callInstance(instanceId, 'projects.removeMember', { key: projectKey, kind: ref.kind, name: ref.name }, tags)
          : callInstance(instanceId, 'projects.setMember', { key: projectKey, kind: ref.kind, name: ref.name, roles: chosen }, tags);
      },
      { concurrency: DEFAULT_CONCURRENCY, signal: controller.signal, onProgress: setProgress, describeError: describe, label: runLabel(mode, byLabel.size, projectKey) },
    );
    setResults(out);
    await invalidateCalls(client, instanceId, ['projects.members']);
    onFinished?.(out.filter((result) => result.outcome === 'ok').map((result) => byLabel.get(result.item)!));
  };

  const first = targets[0] ?? { kind, name: kind === 'users' ? 'username' : 'group' };
  const dirty = !results && (text.trim() !== '' || chosen.length > 0);
  return (
    <FormDialog dirty={dirty || running} onClose={running ? () => undefined : onClose} maxWidth="sm" fullWidth aria-labelledby="member-bulk-title">
      <DialogTitle id="member-bulk-title">
        {TITLES[mode]}
        {mode !== 'paste' ? `: ${fmt.format(selected.length)} member${selected.length === 1 ? '' : 's'}` : ''}
      </DialogTitle>
      <DialogContent>
        {!progress && (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }} data-testid="member-bulk">
            {mode === 'paste' && (
              <>
                <ToggleButtonGroup
                  exclusive
                  size="small"
                  value={kind}
                  onChange={(_, next: MemberKind | null) => {
                    if (next) {
                      setKind(next);
                      setCheck(null);
                    }
                  }}
                  aria-label="Member kind"
                >
                  <ToggleButton value="users">Users</ToggleButton>
                  <ToggleButton value="groups">Groups</ToggleButton>
                </ToggleButtonGroup>
                <TextField
                  multiline
                  minRows={4}
                  maxRows={12}
                  label={`Paste ${kind === 'users' ? 'usernames' : 'group names'} (one per line, or separated by commas)`}
                  value={text}
                  onChange={(e) => {
                    setText(e.target.value);
                    setCheck(null);
                  }}
                  slotProps={{ htmlInput: { 'data-testid': 'paste-names' } }}
                />
              </>
            )}
            {mode !== 'paste' && (
              <Typography variant="body2">
                {selected.slice(0, 6).map(label).join(', ')}
                {selected.length > 6 ? ` and ${fmt.format(selected.length - 6)} more` : ''}
              </Typography>
            )}
            {needsRoles && <RolesField roles={roles} value={chosen} onChange={setChosen} error={rolesProblem} testId="bulk-roles" />}
            {mode === 'paste' && check && (
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="paste-report">
                {check.unknown.length > 0 && (
                  <Alert severity="warning" data-testid="paste-unknown">
                    Not {kind === 'users' ? 'users' : 'groups'} of this instance (not sent): {check.unknown.join(', ')}
                    {namesLoading ? ` — the ${kind} are still loading; check again when they are in.` : ''}
                  </Alert>
                )}
                {check.already.length > 0 && (
                  <Alert severity="info" data-testid="paste-already">
                    Already members (not sent; change their roles from the list): {check.already.join(', ')}
                  </Alert>
                )}
                <Alert severity={check.toAdd.length ? 'success' : 'info'} data-testid="paste-ready">
                  {fmt.format(check.toAdd.length)} ready to add.
                </Alert>
              </Box>
            )}
          </Box>
        )}
        {progress && (
          <Box sx={{ mb: 2 }} data-testid="member-bulk-progress" data-done={progress.done} data-total={progress.total} data-peak={progress.peakInFlight}>
            <LinearProgress variant="determinate" value={progress.total ? (progress.done / progress.total) * 100 : 100} />
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {fmt.format(progress.done)} of {fmt.format(progress.total)} done, {fmt.format(progress.failed)} failed
              {running ? ` · ${progress.inFlight} in flight (at most ${DEFAULT_CONCURRENCY})` : ''}
            </Typography>
          </Box>
        )}
        {results && <BulkResults results={results} noun="members" />}
      </DialogContent>
      <DialogActions>
        {!progress &&
          (mode === 'remove' ? (
            <CurlButton call="projects.removeMember" input={() => ({ key: projectKey, kind: first.kind, name: first.name })} label="cURL for one member" />
          ) : (
            <CurlButton call="projects.setMember" input={() => ({ key: projectKey, kind: first.kind, name: first.name, roles: chosen })} label="cURL for one member" />
          ))}
        <Box sx={{ flex: 1 }} />
        {!progress && <Button onClick={onClose}>Cancel</Button>}
        {!progress && mode === 'paste' && (
          <Button variant="outlined" disabled={!text.trim()} onClick={runCheck} data-testid="paste-check">
            Check names
          </Button>
        )}
        {!progress && (
          <GuardedButton
            variant="contained"
            color={mode === 'remove' ? 'error' : 'primary'}
            blockedReason={blockedReason}
            disabled={targets.length === 0}
            onClick={() => (mode === 'remove' ? setConfirming(true) : void start())}
            data-testid="member-bulk-start"
          >
            {mode === 'paste' ? `Add ${fmt.format(targets.length)}` : mode === 'remove' ? `Remove ${fmt.format(targets.length)}` : `Set roles of ${fmt.format(targets.length)}`}
          </GuardedButton>
        )}
        {running && (
          <Button color="warning" onClick={() => abort.current?.abort()} data-testid="member-bulk-cancel">
            Cancel remaining
          </Button>
        )}
        {results && (
          <Button variant="contained" onClick={onClose} data-testid="member-bulk-close">
            Close
          </Button>
        )}
      </DialogActions>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${fmt.format(targets.length)} member${targets.length === 1 ? '' : 's'} from ${projectKey}`}
        message="They lose the roles they hold in this project. Users and groups themselves are not deleted."
        instance={instance}
        destructive
        confirmLabel="Remove"
        onConfirm={() => {
          setConfirming(false);
          void start();
        }}
        onClose={() => setConfirming(false)}
      />
    </FormDialog>
  );
}
