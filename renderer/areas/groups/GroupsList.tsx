// The virtualised group list (a few thousand names; rows exist only where visible).
import Box from '@mui/material/Box';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

interface Props {
  names: readonly string[];
  descending: boolean;
  onSort: () => void;
  onOpen: (name: string) => void;
}

const ROW = 36;

export function GroupsList({ names, descending, onSort, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: names.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 8 });
  return (
    <Box role="table" aria-label="Groups" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', flex: 1, minHeight: 300 }}>
      <Box role="row" sx={{ px: 2, height: 44, display: 'flex', alignItems: 'center', borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover', fontWeight: 600, fontSize: 14 }}>
        <span role="columnheader" aria-sort={descending ? 'descending' : 'ascending'}>
          <TableSortLabel active direction={descending ? 'desc' : 'asc'} onClick={onSort}>Name</TableSortLabel>
        </span>
      </Box>
      <Box ref={scrollRef} sx={{ overflow: 'auto', flex: 1 }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const name = names[item.index];
            return (
              <Box
                key={name}
                role="row"
                data-testid="group-row"
                data-group={name}
                onClick={() => onOpen(name)}
                sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)`, px: 2, display: 'flex', alignItems: 'center', cursor: 'pointer', borderBottom: 1, borderColor: 'divider', fontSize: 14, '&:hover': { bgcolor: 'action.hover' } }}
              >
                <span role="cell">{name}</span>
              </Box>
            );
          })}
        </div>
      </Box>
    </Box>
  );
}
