// The virtualised group list (a few thousand names; rows exist only where visible). Each
// visible row reads its group's description and member count lazily (useGroupSummary).
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import TableSortLabel from '@mui/material/TableSortLabel';
import Tooltip from '@mui/material/Tooltip';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { apiErrorOf } from '../../api/bridge';
import { useGroupSummary } from './api';
import { membersLabel } from './group-summary';

interface Props {
  instanceId: string;
  names: readonly string[];
  descending: boolean;
  onSort: () => void;
  onOpen: (name: string) => void;
}

const ROW = 40;
/** Name | description | members: room for long names and descriptions at 1440 px, the count aligned. */
const COLUMNS = 'minmax(180px, 1fr) minmax(200px, 2fr) 130px';
const cell = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 } as const;

function GroupSummaryCells({ instanceId, name }: { instanceId: string; name: string }) {
  const summary = useGroupSummary(instanceId, name);
  if (summary.isError) {
    const reason = apiErrorOf(summary.error)?.message ?? 'The details could not be read.';
    return (
      <>
        <Tooltip title={reason}>
          <Box role="cell" sx={{ ...cell, color: 'text.disabled' }} data-testid="group-row-description">
            —
          </Box>
        </Tooltip>
        <Box role="cell" sx={{ textAlign: 'right', color: 'text.disabled' }} data-testid="group-members-count">
          —
        </Box>
      </>
    );
  }
  if (!summary.data) {
    return (
      <>
        <Box role="cell" aria-busy="true">
          <Skeleton width="60%" />
        </Box>
        <Box role="cell" aria-busy="true" sx={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Skeleton width={70} />
        </Box>
      </>
    );
  }
  const { description, members } = summary.data;
  return (
    <>
      <Box role="cell" sx={{ ...cell, color: description ? 'text.secondary' : 'text.disabled' }} title={description || undefined} data-testid="group-row-description">
        {description || 'No description'}
      </Box>
      <Box role="cell" sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }} data-testid="group-members-count" data-count={members}>
        {membersLabel(members)}
      </Box>
    </>
  );
}

export function GroupsList({ instanceId, names, descending, onSort, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: names.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 4 });
  return (
    <Box role="table" aria-label="Groups" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', flex: 1, minHeight: 300 }}>
      <Box
        role="row"
        sx={{
          px: 2,
          height: 44,
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          gap: 2,
          alignItems: 'center',
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'action.hover',
          fontWeight: 600,
          fontSize: 14,
        }}
      >
        <span role="columnheader" aria-sort={descending ? 'descending' : 'ascending'}>
          <TableSortLabel active direction={descending ? 'desc' : 'asc'} onClick={onSort}>
            Name
          </TableSortLabel>
        </span>
        <span role="columnheader">Description</span>
        <span role="columnheader" style={{ textAlign: 'right' }}>
          Members
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
                sx={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW,
                  transform: `translateY(${item.start}px)`,
                  px: 2,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  gap: 2,
                  alignItems: 'center',
                  cursor: 'pointer',
                  borderBottom: 1,
                  borderColor: 'divider',
                  fontSize: 14,
                  '&:hover': { bgcolor: 'action.hover' },
                }}
              >
                <Box role="cell" sx={{ ...cell, fontWeight: 500 }} title={name}>
                  {name}
                </Box>
                <GroupSummaryCells instanceId={instanceId} name={name} />
              </Box>
            );
          })}
        </div>
      </Box>
    </Box>
  );
}
