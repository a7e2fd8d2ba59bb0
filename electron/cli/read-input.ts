// Reads the CLI's JSON files into a SnippetInput, collecting every problem (unreadable
// file, bad JSON, schema mismatch) instead of stopping at the first.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { dockerRepoSchema, haNodeSchema, webServerSettingsSchema, type SnippetInput } from '../../shared/areas/http-settings/model';

export interface InputFiles {
  config: string;
  dockerRepos?: string;
  haNodes?: string;
}

async function readJson<T>(file: string, schema: z.ZodType<T>, problems: string[]): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    problems.push(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON (${(error as Error).message}).`);
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const where = issue.path.length
      ? issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
      : '(top level)';
    problems.push(`${file}: ${where}: ${issue.message}`);
  }
  return undefined;
}

export async function readSnippetInput(files: InputFiles): Promise<{ input?: SnippetInput; problems: string[] }> {
  const problems: string[] = [];
  const settings = await readJson(files.config, webServerSettingsSchema, problems);
  const dockerRepos = files.dockerRepos ? await readJson(files.dockerRepos, z.array(dockerRepoSchema), problems) : [];
  const haNodes = files.haNodes ? await readJson(files.haNodes, z.array(haNodeSchema), problems) : [];
  if (problems.length > 0 || !settings || !dockerRepos || !haNodes) return { problems };
  // Giving a nodes file asks for HA, even if the list turns out empty.
  return { input: { settings, dockerRepos, haNodes, ha: files.haNodes ? true : undefined }, problems };
}
