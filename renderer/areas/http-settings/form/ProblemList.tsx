// Every problem at once, above the form, so nothing hides in a collapsed section.
import { Alert, AlertTitle } from '@mui/material';
import type { SnippetProblem } from '../../../../shared/snippets/errors';

export function ProblemList({ problems }: { problems: SnippetProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert severity="warning" variant="outlined" data-testid="snippet-problems">
      <AlertTitle>{problems.length === 1 ? '1 problem to fix before a snippet can be made' : `${problems.length} problems to fix before a snippet can be made`}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {problems.map((problem, i) => (
          <li key={`${problem.field}-${i}`}>{problem.message}</li>
        ))}
      </ul>
    </Alert>
  );
}
