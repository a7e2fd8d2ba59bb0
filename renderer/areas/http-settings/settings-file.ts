// Reading and writing the settings file of the offline generator. The file is the
// platform's own `webServer` JSON, so it can be POSTed as is; a file holding a whole
// snippet input ({settings, dockerRepos, haNodes}, e.g. from the CLI) is accepted too.
import { snippetInputSchema, webServerSettingsSchema, type DockerRepo, type HaNode, type WebServerSettings } from '../../../shared/areas/http-settings/model';

export type LoadedSettings = { ok: true; settings: WebServerSettings; dockerRepos?: DockerRepo[]; haNodes?: HaNode[] } | { ok: false; message: string };

export function parseSettingsFile(text: string): LoadedSettings {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  if (typeof data === 'object' && data !== null && 'settings' in data) {
    const parsed = snippetInputSchema.safeParse(data);
    if (!parsed.success) return { ok: false, message: `The file does not hold snippet settings: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    return { ok: true, settings: parsed.data.settings, dockerRepos: parsed.data.dockerRepos, haNodes: parsed.data.haNodes };
  }
  const parsed = webServerSettingsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The file is not a webServer settings JSON: ${issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid'}` };
  }
  return { ok: true, settings: parsed.data };
}

export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
