// What a SCIM search found: at most 20 names (the platform's limit), each opening the resource.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { SCIM_RESULT_LIMIT } from '../../../shared/areas/scim/model';

interface Props {
  names: { name: string; secondary?: string }[];
  totalResults: number;
  selected: string | null;
  onOpen: (name: string) => void;
  testId: string;
}

export function ResultList({ names, totalResults, selected, onOpen, testId }: Props) {
  return (
    <Box sx={{ width: 280, flexShrink: 0 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }} data-testid={`${testId}-count`}>
        {names.length} of {totalResults} found
      </Typography>
      {totalResults > names.length && (
        <Alert severity="info" variant="outlined" sx={{ mb: 1, py: 0 }}>
          The platform answers only the first {SCIM_RESULT_LIMIT}: narrow the filter.
        </Alert>
      )}
      <List dense disablePadding sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 520, overflow: 'auto' }} data-testid={`${testId}-results`}>
        {names.length === 0 && <ListItemText sx={{ px: 2, py: 1 }} primary="Nothing matches" />}
        {names.map(({ name, secondary }) => (
          <ListItemButton key={name} selected={name === selected} onClick={() => onOpen(name)} data-testid={`${testId}-row`} data-name={name}>
            <ListItemText primary={name} secondary={secondary} />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
}
