import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { GuardedButton } from '../../components/GuardedButton';
import type { BulkKind } from './bulk-actions';

interface Props {
  selected: number;
  matching: number;
  blockedReason?: string;
  onSelectAll: () => void;
  onClear: () => void;
  onBulk: (kind: BulkKind) => void;
  onExport: () => void;
}

const fmt = new Intl.NumberFormat('en-US');

const EXPORT_HINT =
  "The users the filters show, in this order: username, e-mail, realm, status, admin. E-mail and admin are filled for users whose details were read (the rows you have had in view); the platform's list does not carry them.";

export const SelectionBar = memo(function SelectionBar({ selected, matching, blockedReason, onSelectAll, onClear, onBulk, onExport }: Props) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1, minHeight: 36 }} data-testid="selection-bar">
      <Button size="small" variant="outlined" onClick={onSelectAll} disabled={matching === 0} data-testid="select-all-matching">
        Select all {fmt.format(matching)} matching
      </Button>
      <Tooltip title={EXPORT_HINT}>
        <span>
          <Button size="small" onClick={onExport} disabled={matching === 0} data-testid="users-export">
            Export CSV
          </Button>
        </span>
      </Tooltip>
      {selected > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="selected-count">
            {fmt.format(selected)} selected
          </Typography>
          <Button size="small" onClick={onClear}>
            Clear
          </Button>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('add-group')}>
            Add to group
          </GuardedButton>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('remove-group')}>
            Remove from group
          </GuardedButton>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('expire')}>
            Expire passwords
          </GuardedButton>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('unlock')}>
            Unlock
          </GuardedButton>
          <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => onBulk('delete')} data-testid="bulk-delete">
            Delete
          </GuardedButton>
        </>
      )}
    </Box>
  );
});
