// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (DESIGN.md, "The parts"): shared/ imports nothing outside itself and no platform;
 * renderer/ never imports electron/ or server/; electron/ and server/ never import renderer/.
 */
const outside = (...dirs) => dirs.flatMap((d) => [`**/${d}/**`, `../${d}/*`, `../../${d}/*`, `../../../${d}/*`, `../../../../${d}/*`]);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'build/electron-get/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outside('renderer', 'electron', 'server', 'test', 'bench'), message: 'shared/ is the pure domain: it imports nothing outside shared/.' },
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'electron', 'dexie', 'dexie-*', 'react', 'react-*', 'antd', 'zustand', 'i18next'], message: 'shared/ is pure TypeScript: no Node, DOM, Electron, Dexie or UI libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outside('electron', 'server'), message: 'The renderer reaches the machine only through the platform adapter (shared/ipc), never electron/ or server/.' },
            { group: ['electron', 'node:*'], message: 'The renderer runs in a sandbox: use the platform adapter.' },
          ],
        },
      ],
    },
  },
  {
    // Screens read through db/queries and write through db/commands: never the database itself.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outside('electron', 'server'), message: 'The renderer reaches the machine only through the platform adapter (shared/ipc), never electron/ or server/.' },
            { group: ['electron', 'node:*'], message: 'The renderer runs in a sandbox: use the platform adapter.' },
            { group: ['**/db/db', 'dexie'], message: 'Screens read with db/queries hooks and write with db/commands, never the database directly.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: outside('renderer'), message: 'Only shared/ is shared between the parts.' }] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.{mjs,ts}', '*.config.{js,ts}', 'test/**/*.ts', 'build/**/*.js', 'renderer/vite.*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmarks and end-to-end tests also pass functions that run inside the page.
    files: ['bench/**/*.{mjs,ts}', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
