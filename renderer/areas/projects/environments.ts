// Global environments (DEV, PROD, any the platform adds) and a project's own, named
// `<projectKey>-<name>`: what the environments tab and the role form list.
import { environmentPartSchema, MAX_ENVIRONMENT_NAME, projectEnvironmentName } from '../../../shared/areas/projects/model';

export interface EnvironmentRow {
  name: string;
  scope: 'global' | 'project';
}

/** Globals first (as the platform lists them), then the project's own; a name listed twice once. */
export function environmentRows(globals: readonly string[], own: readonly string[]): EnvironmentRow[] {
  const seen = new Set<string>();
  const rows: EnvironmentRow[] = [];
  const add = (name: string, scope: EnvironmentRow['scope']) => {
    if (seen.has(name)) return;
    seen.add(name);
    rows.push({ name, scope });
  };
  for (const name of globals) add(name, 'global');
  for (const name of own) add(name, 'project');
  return rows;
}

/** The part after `<key>-`, what the admin types when renaming. */
export const localPart = (key: string, full: string): string => (full.startsWith(`${key}-`) ? full.slice(key.length + 1) : full);

/** Null when `name` may follow `<key>-`; otherwise the message the bridge would answer. */
export function environmentProblem(key: string, name: string): string | null {
  const parsed = environmentPartSchema.safeParse(name);
  if (!parsed.success) return parsed.error.issues[0].message;
  const full = projectEnvironmentName(key, name);
  if (full.length > MAX_ENVIRONMENT_NAME) return `"${full}" is ${full.length} characters; with the project key in front an environment name is at most ${MAX_ENVIRONMENT_NAME}`;
  return null;
}
