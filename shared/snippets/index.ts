// Offline reverse proxy snippets: pure functions of the HTTP settings, the Docker
// repositories and (for HA) the nodes. Used by the HTTP settings screen and the CLI.
import type { SnippetInput } from '../areas/http-settings/model';
import { generateApache } from './apache';
import { SnippetValidationError, type SnippetProblem } from './errors';
import { generateNginx } from './nginx';

export type SnippetType = 'nginx' | 'apache';
export type SnippetResult = { text: string } | { problems: SnippetProblem[] };

/** Never throws for invalid input: answers the text, or every problem to show the admin. */
export function generateSnippet(type: SnippetType, input: SnippetInput): SnippetResult {
  try {
    return { text: type === 'nginx' ? generateNginx(input) : generateApache(input) };
  } catch (error) {
    if (error instanceof SnippetValidationError) return { problems: error.problems };
    throw error;
  }
}

export { APACHE_MODULES, generateApache } from './apache';
export { SnippetValidationError, type SnippetProblem } from './errors';
export { generateNginx } from './nginx';
export { validateSnippetInput } from './validate';
export type { SnippetInput } from '../areas/http-settings/model';
