// A group's members, virtualised (an auto-join group holds every user). Each can be
// opened or marked for removal; only actual members are listed, so only they can go.
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Undo from '@mui/icons-material/Undo';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

interface Props {
  members: readonly string[];
  removing: ReadonlySet<string>;
  blockedReason?: string;
  onToggleRemove: (username: string) => void;
  onOpenUser: (username: string) => void;
  /** Shown when the list is empty; a search says so instead of "No members." */
  emptyText?: string;
}

const ROW = 32;

export function MemberList({ members, removing, blockedReason, onToggleRemove, onOpenUser, emptyText = 'No members.' }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: members.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 6 });
  return (
    <Box ref={scrollRef} sx={{ maxHeight: 260, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="member-list">
      <div style={{ height: Math.max(virtualizer.getTotalSize(), ROW), position: 'relative' }}>
        {members.length === 0 && <Box sx={{ p: 1, color: 'text.secondary', fontSize: 14 }}>{emptyText}</Box>}
        {virtualizer.getVirtualItems().map((item) => {
          const name = members[item.index];
          const marked = removing.has(name);
          return (
            <Box
              key={name}
              data-testid="member-row"
              data-username={name}
              sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)`, display: 'flex', alignItems: 'center', px: 1 }}
            >
              <Link
                component="button"
                type="button"
                onClick={() => onOpenUser(name)}
                sx={{ flex: 1, textAlign: 'left', fontFamily: 'monospace', textDecoration: marked ? 'line-through' : undefined }}
                color={marked ? 'error' : 'primary'}
              >
                {name}
              </Link>
              <Tooltip title={blockedReason ?? (marked ? 'Keep this member' : 'Remove from the group')}>
                <span>
                  <IconButton size="small" disabled={Boolean(blockedReason)} onClick={() => onToggleRemove(name)} aria-label={marked ? `Keep ${name}` : `Remove ${name}`}>
                    {marked ? <Undo fontSize="small" /> : <RemoveCircleOutline fontSize="small" />}
                  </IconButton>
                </span>
              </Tooltip>
            </Box>
          );
        })}
      </div>
    </Box>
  );
}
