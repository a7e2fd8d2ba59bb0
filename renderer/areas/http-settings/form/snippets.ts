// The one place the screens reach the pure generators in shared/snippets.
import type { SnippetInput } from '../../../../shared/areas/http-settings/model';
import { generateApache, generateNginx, validateSnippetInput, type SnippetProblem } from '../../../../shared/snippets';
import { mergeProblems } from './form-model';

export type SnippetKind = 'nginx' | 'apache';

export interface Generated {
  problems: SnippetProblem[];
  /** Null while there are problems: a half-valid snippet is worse than none. */
  nginx: string | null;
  apache: string | null;
}

export function problemsOf(input: SnippetInput, extraProblems: SnippetProblem[] = []): SnippetProblem[] {
  return mergeProblems(extraProblems, validateSnippetInput(input));
}

export function generateAll(input: SnippetInput, extraProblems: SnippetProblem[] = []): Generated {
  const problems = problemsOf(input, extraProblems);
  if (problems.length > 0) return { problems, nginx: null, apache: null };
  try {
    return { problems, nginx: generateNginx(input), apache: generateApache(input) };
  } catch (error) {
    // The validator should have caught it; show the generator's own words rather than crash.
    return { problems: [{ field: 'settings', message: error instanceof Error ? error.message : String(error) }], nginx: null, apache: null };
  }
}
