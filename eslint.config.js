import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = {
  paths: [
    { name: 'electron', message: 'Only electron/shell and electron/preload may import electron.' },
    { name: 'electron-store', message: 'Only electron/shell may import electron-store.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', noElectron],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        paths: noElectron.paths,
        patterns: [{ group: ['node:*', '../../electron/*', '../electron/*'], message: 'The renderer has no Node and never imports the main process.' }],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: noElectron.paths,
        patterns: [{ group: ['node:*', 'fs', 'path', 'http', 'https', 'react', '@mui/*'], message: 'shared/ stays pure: no Node, no DOM, no React.' }],
      }],
    },
  },
  {
    files: ['electron/shell/**/*.ts', 'electron/preload/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
