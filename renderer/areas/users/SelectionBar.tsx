import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { GuardedButton } from '../../components/GuardedButton';
import type { BulkKind } from './bulk-actions';

interface Props {
  selected: number;
  matching: number;
  blockedReason?: string;
  onSelectAll: () => void;
  onClear: () => void;
  onBulk: (kind: BulkKind) => void;
}

const fmt = new Intl.NumberFormat('en-US');

export function SelectionBar({ selected, matching, blockedReason, onSelectAll, onClear, onBulk }: Props) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1, minHeight: 36 }} data-testid="selection-bar">
      <Button size="small" variant="outlined" onClick={onSelectAll} disabled={matching === 0} data-testid="select-all-matching">
        Select all {fmt.format(matching)} matching
      </Button>
      {selected > 0 && (
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="selected-count">
            {fmt.format(selected)} selected
          </Typography>
          <Button size="small" onClick={onClear}>Clear</Button>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('add-group')}>Add to group</GuardedButton>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('remove-group')}>Remove from group</GuardedButton>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('expire')}>Expire passwords</GuardedButton>
          <GuardedButton size="small" blockedReason={blockedReason} onClick={() => onBulk('unlock')}>Unlock</GuardedButton>
          <GuardedButton size="small" color="error" blockedReason={blockedReason} onClick={() => onBulk('delete')} data-testid="bulk-delete">
            Delete
          </GuardedButton>
        </>
      )}
    </Box>
  );
}
