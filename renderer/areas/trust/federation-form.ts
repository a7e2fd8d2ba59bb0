// The federation target form as the screen holds it (patterns as text, one per line or
// comma separated) and its conversion to the contract's input.
import type { FederationCreate, FederationEntity, FederationTarget } from '../../../shared/areas/trust/model';

export interface FederationForm {
  name: string;
  url: string;
  entities: FederationEntity[];
  include: string;
  exclude: string;
  active: boolean;
}

export const emptyFederationForm = (url = '', name = ''): FederationForm => ({ name, url, entities: ['users', 'groups', 'permissions'], include: '', exclude: '', active: true });

export const patternsOf = (text: string): string[] =>
  text
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter(Boolean);

export function formOf(target: FederationTarget): FederationForm {
  return {
    name: target.name,
    url: target.url,
    entities: target.entities.filter((e): e is FederationEntity => ['users', 'groups', 'permissions', 'tokens'].includes(e)),
    include: target.includePatterns.join('\n'),
    exclude: target.excludePatterns.join('\n'),
    active: target.active,
  };
}

export const createInputOf = (form: FederationForm): FederationCreate => ({
  name: form.name.trim(),
  url: form.url.trim(),
  entities: form.entities,
  includePatterns: patternsOf(form.include),
  excludePatterns: patternsOf(form.exclude),
  active: form.active,
});

/** A target name from an instance name: lower case, runs of other characters as '-'. */
export const targetNameFor = (instanceName: string): string =>
  instanceName
    .toLowerCase()
    .replace(/[^a-z0-9._@-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64) || 'target';

/** Filter as you type (name or URL) and sort by name. */
export function visibleTargets(targets: FederationTarget[], query: string, direction: 'asc' | 'desc'): FederationTarget[] {
  const q = query.trim().toLowerCase();
  const shown = q ? targets.filter((t) => t.name.toLowerCase().includes(q) || t.url.toLowerCase().includes(q)) : [...targets];
  shown.sort((a, b) => a.name.localeCompare(b.name) * (direction === 'asc' ? 1 : -1));
  return shown;
}
