// `lilypad snippet`: offline snippet generation from JSON files. Plain Node, no Electron.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSnippet, type SnippetType } from '../../shared/snippets';
import { readSnippetInput } from './read-input';
import { SNIPPET_USAGE } from './usage';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function usageError(io: Io, message: string): number {
  io.stderr(`lilypad snippet: ${message}\n\n${SNIPPET_USAGE}`);
  return 2;
}

export async function runSnippet(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        type: { type: 'string' },
        config: { type: 'string' },
        'docker-repos': { type: 'string' },
        'ha-nodes': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  if (values.help) {
    io.stdout(SNIPPET_USAGE);
    return 0;
  }
  const missing = [!values.type && '--type', !values.config && '--config'].filter(Boolean);
  if (missing.length > 0) return usageError(io, `missing ${missing.join(' and ')}.`);
  if (values.type !== 'nginx' && values.type !== 'apache') return usageError(io, `--type must be nginx or apache, not "${values.type}".`);
  const type: SnippetType = values.type;

  const { input, problems } = await readSnippetInput({ config: values.config as string, dockerRepos: values['docker-repos'], haNodes: values['ha-nodes'] });
  if (!input) {
    io.stderr(`lilypad snippet: the input has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}\n`).join('')}`);
    return 2;
  }
  const result = generateSnippet(type, input);
  if ('problems' in result) {
    io.stderr(`lilypad snippet: the settings have ${result.problems.length} problem(s):\n${result.problems.map((p) => `  - ${p.field}: ${p.message}\n`).join('')}`);
    return 2;
  }
  if (!values.out) {
    io.stdout(result.text);
    return 0;
  }
  const target = resolve(values.out);
  try {
    await writeFile(target, result.text);
  } catch (error) {
    io.stderr(`lilypad snippet: cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`);
    return 1;
  }
  io.stdout(`Wrote the ${type === 'nginx' ? 'NGINX' : 'Apache'} snippet to ${target}\n`);
  return 0;
}
