// The custom webhook's payload template rendered with sample data, as the Event service
// renders it (Go template fields: {{.data.repo_key}}, {{.secrets.token}}, {{.event_type}}).
// Secrets show as placeholders: the preview never holds a value. Pure.
import type { Domain } from '../../../shared/areas/webhooks/model';
import { EVENT_TYPES } from '../../../shared/areas/webhooks/model';

type Sample = Record<string, unknown>;

/** Sample event data per domain, for the preview and the list of variables. */
export const SAMPLE_DATA: Record<Domain, Sample> = {
  artifact: { repo_key: 'libs-release-local', path: 'org/acme/app/1.0/app-1.0.jar', name: 'app-1.0.jar', size: 1024, sha256: 'e3b0c442…' },
  artifact_property: { repo_key: 'libs-release-local', path: 'org/acme/app/1.0/app-1.0.jar', name: 'app-1.0.jar', property: { key: 'license', values: ['MIT'] } },
  docker: { repo_key: 'docker-local', path: 'acme/app/1.0/manifest.json', name: 'manifest.json', image_name: 'acme/app', tag: '1.0', sha256: '9f86d081…', size: 2048 },
  build: { build_name: 'fleet-api', build_number: '42', build_started: '2024-05-01T10:00:00.000+0000' },
  release_bundle: { release_bundle_name: 'fleet-release', release_bundle_version: '1.4.0', release_bundle_size: 4096 },
  distribution: { release_bundle_name: 'fleet-release', release_bundle_version: '1.4.0', status: 'completed' },
  artifactory_release_bundle: { release_bundle_name: 'fleet-release', release_bundle_version: '1.4.0' },
  destination: { release_bundle_name: 'fleet-release', release_bundle_version: '1.4.0' },
  release_bundle_v2: { release_bundle_name: 'fleet-api', release_bundle_version: '2.0.0', project_key: 'default' },
  release_bundle_v2_promotion: { release_bundle_name: 'fleet-api', release_bundle_version: '2.0.0', environment: 'PROD' },
  user: { username: 'jane.doe' },
  artifact_lifecycle: { repo_key: 'libs-release-local', path: 'org/acme/app/1.0/app-1.0.jar', name: 'app-1.0.jar' },
};

const FIELD = /\{\{\s*\.([A-Za-z0-9_.]+)\s*\}\}/g;

/** The variables a template can use for a domain: event fields, data fields, secret names. */
export function templateVariables(domain: Domain, secretNames: readonly string[]): string[] {
  const data = Object.keys(SAMPLE_DATA[domain]).map((key) => `.data.${key}`);
  return ['.event_type', '.domain', '.subscription_key', ...data, ...secretNames.map((name) => `.secrets.${name}`)];
}

export interface Preview {
  text: string;
  /** Fields the template uses that the sample has no value for. */
  unknown: string[];
}

/** Renders `template` for `domain` with sample data; secrets become «secret:name». */
export function renderPreview(template: string, domain: Domain, subscriptionKey: string, secretNames: readonly string[]): Preview {
  const context: Sample = {
    event_type: EVENT_TYPES[domain][0],
    domain,
    subscription_key: subscriptionKey || 'my-webhook',
    data: SAMPLE_DATA[domain],
    secrets: Object.fromEntries(secretNames.map((name) => [name, `«secret:${name}»`])),
  };
  const unknown: string[] = [];
  const text = template.replace(FIELD, (match, path: string) => {
    let value: unknown = context;
    for (const part of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Sample)[part] : undefined;
    if (value === undefined) {
      unknown.push(`.${path}`);
      return match;
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
  return { text, unknown };
}
