// The virtualised project list: only the rows in view exist in the DOM, so 1,000 projects
// scroll like 20 (equal heights: the window is arithmetic, row-window.ts). Counts show
// where this session has read them.
import Box from '@mui/material/Box';
import { memo, useRef } from 'react';
import { useRowWindow } from '../../components/row-window';
import type { Project } from '../../../shared/areas/projects/model';
import type { KnownCounts } from './api';
import { formatQuota, type ProjectRow, type ProjectSortKey } from './project-view';
import { SortHeader } from './SortHeader';
import { headerRowSx } from './table-header';
import type { SortState } from './sorting';

const ROW_HEIGHT = 44;
const OVERSCAN = 8;
const GRID = 'minmax(140px, 200px) minmax(160px, 1fr) minmax(160px, 1.4fr) 110px 90px 110px';

const COLUMNS: [ProjectSortKey | null, string][] = [
  ['key', 'Key'],
  ['name', 'Display name'],
  [null, 'Description'],
  ['quota', 'Storage quota'],
  ['members', 'Members'],
  ['repositories', 'Repositories'],
];

interface Props {
  rows: readonly ProjectRow[];
  counts: ReadonlyMap<string, KnownCounts>;
  sort: SortState<ProjectSortKey>;
  onSort: (key: ProjectSortKey) => void;
  onOpen: (key: string) => void;
}

// Memoised: a keystroke in the filter re-renders the table only once the filtered rows change.
export const ProjectsTable = memo(function ProjectsTable({ rows, counts, sort, onSort, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { start, end } = useRowWindow(scrollRef, rows.length, ROW_HEIGHT, OVERSCAN);
  return (
    <Box
      role="table"
      aria-label="Projects"
      aria-rowcount={rows.length}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, display: 'flex', flexDirection: 'column', flex: 1, minHeight: 300 }}
    >
      <HeaderRow sort={sort} onSort={onSort} />
      <Box ref={scrollRef} data-testid="projects-scroll" sx={SCROLL_SX}>
        <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {rows.slice(start, end).map(({ project }, k) => (
            <ProjectRowView key={project.project_key} top={(start + k) * ROW_HEIGHT} project={project} counts={counts.get(project.project_key)} onOpen={onOpen} />
          ))}
        </div>
      </Box>
    </Box>
  );
});

const HEADER_SX = headerRowSx(GRID, 44);

// Its own memo: the list arriving or the filter changing re-renders rows, not the header.
const HeaderRow = memo(function HeaderRow({ sort, onSort }: Pick<Props, 'sort' | 'onSort'>) {
  return (
    <Box role="row" sx={HEADER_SX}>
      {COLUMNS.map(([key, label]) =>
        key ? (
          <SortHeader key={label} column={key} label={label} sort={sort} onSort={onSort} />
        ) : (
          <Box role="columnheader" key={label} aria-sort="none">
            {label}
          </Box>
        ),
      )}
    </Box>
  );
});

const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
// Rows and cells are plain elements styled from the scroll area (one style, built once): a
// row that appears as the admin types or scrolls costs no styling work of its own.
const ROW_SX = {
  contain: 'strict',
  position: 'absolute',
  top: 0,
  left: 0,
  right: 0,
  height: ROW_HEIGHT,
  display: 'grid',
  gridTemplateColumns: GRID,
  gap: 1,
  alignItems: 'center',
  px: 1.5,
  cursor: 'pointer',
  borderBottom: 1,
  borderColor: 'divider',
  fontSize: 14,
  '&:hover': { bgcolor: 'action.hover' },
  '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
  '& > .key': { ...ellipsis, fontFamily: 'monospace' },
  '& > .name': ellipsis,
  '& > .description': { ...ellipsis, color: 'text.secondary' },
} as const;
// Contained, as the users table (UsersTable.tsx): rows replaced are laid out and painted on their own.
const SCROLL_SX = { overflow: 'auto', flex: 1, position: 'relative', contain: 'strict', '& .project-row': ROW_SX } as const;
const numbers = new Intl.NumberFormat('en-US');
const count = (value: number | undefined) => (value === undefined ? '—' : numbers.format(value));

// Memoised: scrolling re-renders only rows whose position or data changed.
const ProjectRowView = memo(function ProjectRowView({ top, project, counts, onOpen }: { top: number; project: Project; counts?: KnownCounts; onOpen: (key: string) => void }) {
  return (
    <div
      role="row"
      className="project-row"
      data-testid="project-row"
      data-key={project.project_key}
      tabIndex={0}
      aria-label={`${project.project_key}, ${project.display_name}`}
      onClick={() => onOpen(project.project_key)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(project.project_key);
      }}
      // The position goes in `style`: as a class, every distinct offset would become a new CSS rule.
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="cell" className="key">
        {project.project_key}
      </div>
      <div role="cell" className="name">
        {project.display_name}
      </div>
      <div role="cell" className="description" title={project.description}>
        {project.description || '—'}
      </div>
      <div role="cell">{formatQuota(project.storage_quota_bytes)}</div>
      <div role="cell" title={counts?.members === undefined ? 'Open the project to count its members' : undefined}>
        {count(counts?.members)}
      </div>
      <div role="cell" title={counts?.repositories === undefined ? 'Open the project to count its repositories' : undefined}>
        {count(counts?.repositories)}
      </div>
    </div>
  );
});
