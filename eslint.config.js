import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import { noDutchText } from './build/eslint/noDutchText.js';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream',
  'events', 'buffer', 'zlib', 'worker_threads',
];

// What no renderer file may import (the main process's modules stay behind window.veldwerk).
const rendererPaths = ['electron', ...nodeBuiltins];
const rendererPatterns = ['node:*'];
// The Dexie boundary: the data layer is renderer/db/ (tables, queries, repositories) together
// with renderer/syncAdapter/ (the sync engine's adapter, which takes the database as an argument).
// Everything else (screens, hooks, platform) reads through renderer/db/queries and writes
// through renderer/db/repositories; tests may open a database themselves.
const dataLayer = ['renderer/db/**', 'renderer/syncAdapter/**'];
const dexieMessage = 'Alleen renderer/db/ en renderer/syncAdapter/ spreken Dexie aan: lees via renderer/db/queries, schrijf via renderer/db/repositories.';
const dexiePaths = ['dexie', 'dexie-react-hooks'].map((name) => ({ name, message: dexieMessage }));
const dexiePatterns = [{ regex: '(^|/)db/database$', message: dexieMessage }];
const testFiles = ['**/*.test.{ts,tsx}', 'test/**'];
// Dutch user text lives in the message catalogue shared/i18n/nl/ (rule veldwerk/no-dutch-text,
// build/eslint/noDutchText.js). Besides the catalogue and tests, only these folders may hold Dutch
// literals, because they hold data rather than screen text: demo data and the kennisbank's seed
// content (schemes, terms, networks, reference figures) in shared/seed/, the interview guides that
// ship with the app in shared/guides/seed/, and the demo meeting and targets. A file that is mostly
// code but reads Dutch input (a pattern, a legal-form list) marks those lines with
// `// eslint-disable-next-line veldwerk/no-dutch-text -- <why>`.
const dutchDataFiles = ['shared/seed/**', 'shared/guides/seed/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'test-output/**', 'node_modules/**', '.electron-runtime/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The layering rule (see ARCHITECTURE.md): shared imports nothing of ours,
      // renderer and electron never import each other.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: './renderer', message: 'shared/ mag niet uit renderer/ importeren.' },
            { target: './shared', from: './electron', message: 'shared/ mag niet uit electron/ importeren.' },
            { target: './renderer', from: './electron', message: 'renderer/ bereikt electron/ alleen via window.veldwerk.' },
            { target: './electron', from: './renderer', message: 'electron/ mag niet uit renderer/ importeren.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', ...nodeBuiltins],
          patterns: ['node:*'],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { paths: rendererPaths, patterns: rendererPatterns }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [...dataLayer, ...testFiles],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...rendererPaths, ...dexiePaths], patterns: [...rendererPatterns.map((group) => ({ group: [group] })), ...dexiePatterns] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { paths: dexiePaths }] },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['shared/i18n/**', ...dutchDataFiles, ...testFiles],
    plugins: { veldwerk: { rules: { 'no-dutch-text': noDutchText } } },
    rules: { 'veldwerk/no-dutch-text': 'error' },
  },
  {
    files: ['build/**/*.{js,mjs,cjs}', 'test/**/*.{js,mjs}', '*.config.{js,ts}', '**/vite*.config.ts'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', window: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
