// The header row of the projects area's grid tables (projects, repositories): the same
// columns as the rows, a divider under it, bold labels on the hover tint.
export const headerRowSx = (columns: string, height: number) =>
  ({
    display: 'grid',
    gridTemplateColumns: columns,
    gap: 1,
    alignItems: 'center',
    height,
    px: 1.5,
    borderBottom: 1,
    borderColor: 'divider',
    bgcolor: 'action.hover',
    fontWeight: 600,
    fontSize: 14,
  }) as const;
