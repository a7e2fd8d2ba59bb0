// What the validator reports and what the generators throw on invalid input.

/** One thing an admin must fix. `field` is a path into the input, e.g. `dockerRepos[2].port`. */
export interface SnippetProblem {
  field: string;
  message: string;
}

export class SnippetValidationError extends Error {
  readonly problems: SnippetProblem[];

  constructor(problems: SnippetProblem[]) {
    super(`The settings cannot make a snippet:\n${problems.map((p) => `- ${p.field}: ${p.message}`).join('\n')}`);
    this.name = 'SnippetValidationError';
    this.problems = problems;
  }
}
