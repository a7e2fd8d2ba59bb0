// Add many members by pasting usernames. Every name is checked against the loaded users
// first; unknown names (and those already members) are listed before anything is sent.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { UserTable } from '../users/api';
import { GuardedButton } from '../../components/GuardedButton';

export interface PasteCheck {
  known: string[];
  unknown: string[];
  already: string[];
}

export function checkPasted(text: string, table: UserTable | undefined, members: ReadonlySet<string>): PasteCheck {
  const names = [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  const out: PasteCheck = { known: [], unknown: [], already: [] };
  for (const name of names) {
    if (members.has(name)) out.already.push(name);
    else if (table?.has(name)) out.known.push(name);
    else out.unknown.push(name);
  }
  return out;
}

interface Props {
  table: UserTable | undefined;
  members: ReadonlySet<string>;
  blockedReason?: string;
  busy: boolean;
  onAdd: (usernames: string[]) => void;
}

export function PasteMembers({ table, members, blockedReason, busy, onAdd }: Props) {
  const [text, setText] = useState('');
  const [check, setCheck] = useState<PasteCheck | null>(null);
  const usersStillLoading = table && !table.done;
  return (
    <Box sx={{ mt: 1 }}>
      <TextField
        multiline
        minRows={2}
        fullWidth
        size="small"
        label="Paste usernames (one per line, or separated by commas)"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setCheck(null);
        }}
        slotProps={{ htmlInput: { 'data-testid': 'paste-members' } }}
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
        <Button size="small" variant="outlined" disabled={!text.trim()} onClick={() => setCheck(checkPasted(text, table, members))} data-testid="paste-check">
          Check names
        </Button>
        {check && (
          <GuardedButton
            size="small"
            variant="contained"
            blockedReason={blockedReason}
            disabled={busy || check.known.length === 0}
            onClick={() => onAdd(check.known)}
            data-testid="paste-add"
          >
            Add {check.known.length} user{check.known.length === 1 ? '' : 's'}
          </GuardedButton>
        )}
      </Box>
      {check && (
        <Box sx={{ mt: 1, display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="paste-report">
          {check.unknown.length > 0 && (
            <Alert severity="warning" data-testid="paste-unknown">
              Unknown user{check.unknown.length === 1 ? '' : 's'} (not sent): {check.unknown.join(', ')}
              {usersStillLoading ? ' — users are still loading; check again when done.' : ''}
            </Alert>
          )}
          {check.already.length > 0 && <Alert severity="info">Already members (not sent): {check.already.join(', ')}</Alert>}
          {check.known.length > 0 && (
            <Alert severity="success">
              {check.known.length} user{check.known.length === 1 ? '' : 's'} ready to add.
            </Alert>
          )}
        </Box>
      )}
    </Box>
  );
}
