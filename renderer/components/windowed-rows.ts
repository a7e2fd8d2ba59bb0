import type { CSSObject, Theme } from '@mui/material/styles';

/**
 * The scroll area of a table whose rows are placed by row-window.ts, with its rows' base
 * style scoped to it (give it to a `styled` element: written into the page once and kept, as
 * a global sheet would not be). Rows and the scroll area are contained: rows replaced as the
 * admin types or scrolls are laid out and painted on their own. `row` and `cell` add to the
 * row's and each cell's style.
 */
export function windowedRowsStyle(theme: Theme, rowClass: string, rowHeight: number, columns: string, extra: { row?: CSSObject; cell?: CSSObject } = {}): CSSObject {
  return {
    overflow: 'auto',
    flex: 1,
    position: 'relative',
    contain: 'strict',
    [`& .${rowClass}`]: {
      contain: 'strict',
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      height: rowHeight,
      display: 'grid',
      gridTemplateColumns: columns,
      alignItems: 'center',
      padding: '0 8px',
      borderBottom: `1px solid ${theme.palette.divider}`,
      fontSize: 14,
      boxSizing: 'border-box',
      ...extra.row,
    },
    [`& .${rowClass}:hover`]: { backgroundColor: theme.palette.action.hover },
    [`& .${rowClass} > *`]: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, ...extra.cell },
  };
}

/** A row's native selection checkbox, sized and coloured like the rest of the table. */
export const rowCheckboxStyle = (theme: Theme): CSSObject => ({ width: 16, height: 16, cursor: 'pointer', accentColor: theme.palette.primary.main });
