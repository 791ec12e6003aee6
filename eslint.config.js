import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream',
  'events', 'buffer', 'zlib', 'worker_threads',
];
const nodeBuiltinPatterns = ['node:*', ...nodeBuiltins];

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
      'no-restricted-imports': ['error', { paths: ['electron', ...nodeBuiltins], patterns: nodeBuiltinPatterns.slice(0, 1) }],
    },
  },
  {
    files: ['build/**/*.{js,mjs,cjs}', 'test/**/*.{js,mjs}', '*.config.{js,ts}', '**/vite*.config.ts'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', window: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
