// "What changes" for the save confirmation: one row per field whose value differs.
import type { WebServerSettings } from '../../../../shared/areas/http-settings/model';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export const FIELD_LABELS: Record<string, string> = {
  webServerType: 'Server provider',
  serverName: 'Public server name',
  serverNameExpression: 'Server name expression',
  artifactoryServerName: 'Internal host name',
  artifactoryPort: 'Internal Artifactory port',
  routerPort: 'Internal router port',
  artifactoryAppContext: 'Artifactory context',
  publicAppContext: 'Public context',
  useHttp: 'HTTP',
  useHttps: 'HTTPS',
  httpPort: 'HTTP port',
  sslPort: 'HTTPS port',
  httpsPort: 'HTTPS port',
  sslCertificate: 'SSL certificate',
  sslKey: 'SSL key',
  dockerReverseProxyMethod: 'Docker access method',
  httpToHttpsRedirect: 'Redirect HTTP to HTTPS',
};

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(not set)';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function settingsChanges(before: WebServerSettings, after: WebServerSettings): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const known = Object.keys(FIELD_LABELS);
  fields.sort((a, b) => (known.indexOf(a) + 1 || 999) - (known.indexOf(b) + 1 || 999));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const a = (before as Record<string, unknown>)[field];
    const b = (after as Record<string, unknown>)[field];
    if (JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) continue;
    // An emptied text field and a missing one mean the same to the platform.
    if ((a === undefined || a === '') && (b === undefined || b === '')) continue;
    changes.push({ field, label: FIELD_LABELS[field] ?? field, before: show(a), after: show(b) });
  }
  return changes;
}
