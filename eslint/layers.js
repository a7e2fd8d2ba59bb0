// The layers of Lilypad as an ESLint rule: every import (static, dynamic, re-export,
// `import('…')` type, require) is resolved to a path inside the repository — relative paths
// of any depth — or to a package, and checked against the policy below. Kept in plain JS so
// eslint.config.js loads it without a build step.
import { isBuiltin } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file lives in <root>/eslint/. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Folder → layer, first match wins. Files outside every folder (configs, build scripts) are tooling. */
const LAYER_FOLDERS = [
  ['shared', 'shared/'],
  ['renderer', 'renderer/'],
  ['electron/services', 'electron/services/'],
  ['electron/host', 'electron/host/'],
  ['electron/shell', 'electron/shell/'],
  ['electron/preload', 'electron/preload/'],
  ['electron/cli', 'electron/cli/'],
  ['bin', 'bin/'],
  ['test', 'test/'],
];

const PRODUCT = ['shared', 'renderer', 'electron/services', 'electron/host', 'electron/shell', 'electron/preload', 'electron/cli', 'bin'];
const MAIN = PRODUCT.filter((layer) => layer.startsWith('electron/') || layer === 'bin');
const ALL = [...PRODUCT, 'test', 'tooling'];
const ELECTRON_BINDERS = ['electron/shell', 'electron/preload'];

/**
 * What a layer may not import. `to` holds repository folders (prefixes of the resolved path)
 * and module kinds: `node` (Node built-ins, with or without `node:`), `electron` (electron and
 * electron-store), `ui` (React, MUI, emotion, TanStack's React bindings).
 */
const POLICY = [
  { from: ['renderer'], to: ['electron/', 'node'], message: 'The renderer has no Node and never imports the main process (electron/).' },
  { from: ['shared'], to: ['electron/', 'renderer/', 'test/', 'node', 'ui'], message: 'shared/ stays pure TypeScript: no main process, renderer, tests, Node, DOM or React.' },
  {
    from: ['electron/services'],
    to: ['electron/host/', 'electron/shell/', 'electron/preload/'],
    message: 'electron/services is plain Node: it never imports the hosts that bind it (host, shell, preload).',
  },
  { from: ALL.filter((layer) => !ELECTRON_BINDERS.includes(layer)), to: ['electron'], message: 'Only electron/shell and electron/preload may import electron or electron-store.' },
  { from: MAIN, to: ['renderer/'], message: 'The main process (electron/, bin/) never imports the renderer.' },
  { from: PRODUCT, to: ['test/'], message: 'Product code never imports test/ (the fake platform and suites are not shipped).' },
];

const ELECTRON_PACKAGES = new Set(['electron', 'electron-store']);
const UI_PACKAGES = /^(react|react-dom|@mui\/[^/]+|@emotion\/[^/]+|@tanstack\/react-[^/]+)(\/|$)/;

/** The layer of a repository-relative path (forward slashes). */
function layerOf(path) {
  for (const [layer, folder] of LAYER_FOLDERS) if (path.startsWith(folder)) return layer;
  return 'tooling';
}

/** What an import specifier points at: a repository path, or a module kind, or nothing we police. */
function classifyImport(specifier, importerAbsolute, root) {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const target = relative(root, resolve(dirname(importerAbsolute), specifier))
      .split(sep)
      .join('/');
    return { path: target };
  }
  if (ELECTRON_PACKAGES.has(specifier.split('/')[0])) return { kind: 'electron' };
  if (specifier.startsWith('node:') || isBuiltin(specifier)) return { kind: 'node' };
  if (UI_PACKAGES.test(specifier)) return { kind: 'ui' };
  return {};
}

/** The policy line an import breaks, or undefined. */
function violationOf(importerPath, target) {
  const from = layerOf(importerPath);
  return POLICY.find(
    (line) => line.from.includes(from) && line.to.some((to) => (to.endsWith('/') ? target.path !== undefined && (target.path + '/').startsWith(to) : target.kind === to)),
  );
}

function sourceOf(node) {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
      return node.source;
    case 'TSImportType':
      // typescript-eslint 8: `argument` is a TSLiteralType around the string.
      return node.argument?.literal ?? node.argument;
    case 'TSExternalModuleReference':
      return node.expression;
    case 'CallExpression':
      return node.callee.type === 'Identifier' && node.callee.name === 'require' ? node.arguments[0] : undefined;
    default:
      return undefined;
  }
}

const importsRespectLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports respect the layers of Lilypad (shared, renderer, electron/*, test).' },
    schema: [],
    messages: { layer: '{{message}} ("{{specifier}}" from {{layer}})' },
  },
  create(context) {
    const root = ROOT;
    const importer = context.physicalFilename;
    const importerPath = relative(root, importer).split(sep).join('/');
    if (importerPath.startsWith('..')) return {};
    const check = (node) => {
      const source = sourceOf(node);
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const line = violationOf(importerPath, classifyImport(source.value, importer, root));
      if (line) context.report({ node: source, messageId: 'layer', data: { message: line.message, specifier: source.value, layer: layerOf(importerPath) } });
    };
    return {
      ImportDeclaration: check,
      ExportAllDeclaration: check,
      ExportNamedDeclaration: check,
      ImportExpression: check,
      TSImportType: check,
      TSExternalModuleReference: check,
      CallExpression: check,
    };
  },
};

/** DOM globals shared/ must not touch; tsc (lib ES2023, no DOM) catches the rest. */
export const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'CustomEvent',
  'requestAnimationFrame',
  'alert',
];

export default {
  meta: { name: 'lilypad-layers' },
  rules: { imports: importsRespectLayers },
};
