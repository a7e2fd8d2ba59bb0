// A column header of the area's tables: its label sorts the table on click, and `aria-sort`
// says the order shown.
import Box from '@mui/material/Box';
import TableSortLabel from '@mui/material/TableSortLabel';
import { ariaSort, type SortState } from './sorting';

interface Props<K extends string> {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (key: K) => void;
}

export function SortHeader<K extends string>({ column, label, sort, onSort }: Props<K>) {
  return (
    <Box role="columnheader" aria-sort={ariaSort(sort, column)} data-column={column}>
      <TableSortLabel active={sort.key === column} direction={sort.key === column && sort.descending ? 'desc' : 'asc'} onClick={() => onSort(column)}>
        {label}
      </TableSortLabel>
    </Box>
  );
}
