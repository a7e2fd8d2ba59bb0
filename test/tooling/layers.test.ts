// The layers are enforced by the tools: the project's own ESLint config and per-layer
// tsconfigs refuse one offending file per rule and accept a clean one. Files are virtual
// (ESLint's lintText with a file path, a TypeScript compiler host that serves one extra
// file), so nothing is written to the tree and nothing needs the network.
import { ESLint } from 'eslint';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('lint refuses imports across the layers', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  /** Relative imports in a probe that point at no real file: a typo would test nothing. */
  function missingTargets(file: string, code: string): string[] {
    const specifiers = [...code.matchAll(/['"](\.\.?\/[^'"]+)['"]/g)].map(([, specifier]) => specifier);
    const exists = (path: string) => ['', '.ts', '.tsx', '/index.ts'].some((suffix) => existsSync(path + suffix));
    return specifiers.filter((specifier) => !exists(resolve(dirname(join(root, file)), specifier)));
  }

  async function problems(file: string, code: string) {
    const [result] = await eslint.lintText(code, { filePath: join(root, file) });
    return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
  }

  const refused: [rule: string, file: string, code: string][] = [
    ['renderer → electron/ (two levels up)', 'renderer/areas/probe.ts', "import '../../electron/services/app-services';"],
    ['renderer → electron/ (three levels up, dynamic)', 'renderer/areas/users/probe.ts', "export const load = () => import('../../../electron/host/launch');"],
    ['renderer → node: built-in', 'renderer/probe.ts', "import 'node:fs';"],
    ['renderer → bare built-in', 'renderer/api/probe.ts', "export { join } from 'path';"],
    ['renderer → built-in subpath', 'renderer/api/probe.ts', "import 'fs/promises';"],
    ['shared → electron/ (three levels up)', 'shared/areas/users/probe.ts', "import '../../../electron/services/app-services';"],
    ['shared → renderer/ (re-export)', 'shared/probe.ts', "export * from '../renderer/api/bridge';"],
    ['shared → test/', 'shared/areas/groups/probe.ts', "import '../../../test/fake-platform/index';"],
    ['shared → Node built-in', 'shared/probe.ts', "import 'crypto';"],
    ['shared → React', 'shared/probe.ts', "import 'react';"],
    ['shared → MUI', 'shared/snippets/probe.ts', "import '@mui/material/Button';"],
    ['shared → electron/ in an import() type', 'shared/probe.ts', "export type Services = import('../electron/services/app-services-types').AppServices;"],
    ['shared → the DOM', 'shared/probe.ts', 'export const here = () => window.location.href;'],
    ['services → host', 'electron/services/probe.ts', "import '../host/browser-host';"],
    ['services → shell (from a sub-folder)', 'electron/services/areas/probe.ts', "import '../../shell/window';"],
    ['host → renderer/', 'electron/host/probe.ts', "import '../../renderer/api/bridge';"],
    ['host → electron', 'electron/host/probe.ts', "import 'electron';"],
    ['services → electron-store (type only)', 'electron/services/probe.ts', "import type Store from 'electron-store';\nexport type S = Store;"],
    ['cli → electron (require)', 'electron/cli/probe.ts', "// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const electron = require('electron');"],
    ['renderer → electron', 'renderer/probe.ts', "import 'electron';"],
    ['tests → electron', 'test/unit/probe.test.ts', "import 'electron';"],
    ['bin → test/', 'bin/probe.mjs', "import '../test/demo/start-demo.ts';"],
    ['host → test/', 'electron/host/probe.ts', "import '../../test/fake-platform/index';"],
    ['renderer → test/', 'renderer/app/probe.ts', "import '../../test/support/chromium';"],
  ];

  it.each(refused)('refuses %s', async (_rule, file, code) => {
    expect(missingTargets(file, code)).toEqual([]);
    const found = await problems(file, code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((line) => /^(layers\/imports|no-restricted-globals):/.test(line))).toBe(true);
  });

  const accepted: [what: string, file: string, code: string][] = [
    ['renderer → shared and React', 'renderer/areas/probe.ts', "import '../../shared/errors';\nimport 'react';\nimport '@mui/material/Button';"],
    ['shared → shared and zod', 'shared/areas/users/probe.ts', "import '../../errors';\nimport 'zod';\nexport const host = (url: string) => new URL(url).hostname;"],
    ['services → shared and Node', 'electron/services/areas/probe.ts', "import '../../../shared/api/contract';\nimport 'node:https';"],
    ['host → services and shell', 'electron/host/probe.ts', "import '../services/app-services';\nimport '../shell/hardening';"],
    ['shell → electron and electron-store', 'electron/shell/probe.ts', "import 'electron';\nimport 'electron-store';"],
    ['preload → electron', 'electron/preload/probe.ts', "import 'electron';"],
    ['tests → every product layer and Node', 'test/unit/probe.test.ts', "import '../../electron/services/app-services';\nimport '../../renderer/api/bridge';\nimport 'node:fs';"],
  ];

  it.each(accepted)('accepts %s', async (_what, file, code) => {
    expect(missingTargets(file, code)).toEqual([]);
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('each layer compiles with its own lib and types', () => {
  // Parsed lib and @types files are shared between the programs below.
  const cache = new Map<string, ts.SourceFile | undefined>();

  function errorsOf(configDir: string, code: string): string[] {
    const configPath = join(root, configDir, 'tsconfig.json');
    const parsed = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    );
    if (!parsed) throw new Error(`Cannot read ${configPath}`);
    // A probe file in the layer's folder, plus the layer's own declaration files (e.g. shared's runtime globals).
    const probe = resolve(root, configDir, '__layer_probe__.ts');
    const declarations = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
    const options = { ...parsed.options, incremental: false, tsBuildInfoFile: undefined };
    const host = ts.createCompilerHost(options);
    const readSource = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, language) => {
      if (resolve(fileName) === probe) return ts.createSourceFile(fileName, code, language);
      const key = `${fileName}|${JSON.stringify(language)}`;
      if (!cache.has(key)) cache.set(key, readSource(fileName, language));
      return cache.get(key);
    };
    const exists = host.fileExists.bind(host);
    host.fileExists = (fileName) => resolve(fileName) === probe || exists(fileName);
    const program = ts.createProgram([probe, ...declarations], options, host);
    // Only the probe is checked: the layer's own files are checked by `npm run typecheck`.
    const file = program.getSourceFile(probe);
    const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  const refused: [what: string, configDir: string, code: string, missing: string][] = [
    ['shared uses the DOM', 'shared', 'export const title = document.title;', 'document'],
    ['shared uses a DOM type', 'shared', 'export type Target = HTMLElement;', 'HTMLElement'],
    ["shared uses Node's Buffer", 'shared', "export const bytes = Buffer.from('x');", 'Buffer'],
    ["shared uses Node's process", 'shared', 'export const env = process.env;', 'process'],
    ["renderer uses Node's process", 'renderer', 'export const platform = process.platform;', 'process'],
    ["renderer uses Node's Buffer", 'renderer', "export const bytes = Buffer.from('x');", 'Buffer'],
    ['main uses the DOM', 'electron', 'export const href = window.location.href;', 'window'],
    ['main uses a DOM type', 'electron', 'export type Target = HTMLElement;', 'HTMLElement'],
  ];

  it.each(refused)('refuses: %s', (_what, configDir, code, missing) => {
    const errors = errorsOf(configDir, code);
    expect(errors.some((message) => message.includes(`'${missing}'`))).toBe(true);
  });

  const accepted: [what: string, configDir: string, code: string][] = [
    [
      'shared: the language, zod and the web globals both runtimes have',
      'shared',
      "import { isCloudHost } from './areas/instances/platform-kind';\nexport const cloud = isCloudHost(new URL('https://acme.jfrog.io').href);\nexport const last = [1, 2].at(-1);",
    ],
    ['renderer: the DOM', 'renderer', 'export const title = document.title;'],
    ['main: Node', 'electron', 'export const bytes = Buffer.from(process.platform);'],
  ];

  it.each(accepted)('accepts %s', (_what, configDir, code) => {
    expect(errorsOf(configDir, code)).toEqual([]);
  });
});
