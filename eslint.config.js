// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (DESIGN.md, "The parts"). Parts import each other only through the package.json aliases
 * (`#shared/…`, `#renderer/…`, `#server/…`, `#electron/…`, `#test/…`); a relative path never leaves its part.
 * shared/ imports nothing of the other parts and no platform; renderer/ never imports electron/ or server/;
 * electron/ and server/ never import renderer/; screens (renderer/src/features) and the widgets they share
 * (renderer/src/ui) never touch the database itself; only tests import the renderer's test fixtures. The county
 * console's web app (server/console) is a browser app of its own: it imports shared/ and the ledger contract
 * (server/src/reporting/ledger-source), nothing else of the server and nothing of the renderer or electron/.
 */
const PARTS = ['shared', 'renderer', 'electron', 'server', 'test', 'bench'];
const alias = (part) => [`\\#${part}/**`, `**/${part}/**`]; // a leading # would start a comment in gitignore patterns
const SANDBOX = { group: ['electron', 'node:*'], message: 'The renderer runs in a sandbox: use the platform adapter.' };
const NO_FIXTURES = {
  group: ['**/test-support/**', '\\#renderer/test-support/**'],
  message: 'Test fixtures (renderer/src/test-support) are for tests only.',
};
const NO_DB = {
  group: ['**/db/db', '\\#renderer/db/db', 'dexie'],
  message: 'Screens read with db/queries hooks and write with db/commands, never the database directly.',
};
const MACHINE =
  'The renderer reaches the machine only through the platform adapter (shared/ipc), never electron/ or server/.';
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const forbidden = {
  shared: {
    files: ['shared/**/*.ts'],
    ignores: TESTS,
    parts: ['renderer', 'electron', 'server', 'test', 'bench'],
    message: 'shared/ is the pure domain: it imports nothing outside shared/.',
    more: [
      {
        group: [
          'node:*',
          'fs',
          'path',
          'os',
          'crypto',
          'electron',
          'dexie',
          'dexie-*',
          'react',
          'react-*',
          'antd',
          'zustand',
          'i18next',
        ],
        message: 'shared/ is pure TypeScript: no Node, DOM, Electron, Dexie or UI libraries.',
      },
    ],
  },
  renderer: {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: [...TESTS, 'renderer/src/test-support/**'],
    parts: ['electron', 'server'],
    message: MACHINE,
    more: [SANDBOX, NO_FIXTURES],
  },
  rendererTests: {
    files: [...TESTS.map((t) => `renderer/src/${t}`), 'renderer/src/test-support/**/*.ts'],
    ignores: [],
    parts: ['electron', 'server'],
    message: MACHINE,
    more: [SANDBOX],
  },
  screens: {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    ignores: TESTS,
    parts: ['electron', 'server'],
    message: MACHINE,
    more: [SANDBOX, NO_FIXTURES, NO_DB],
  },
  // The widgets screens share: the screens' rules, and they never import a screen.
  ui: {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    ignores: TESTS,
    parts: ['electron', 'server'],
    message: MACHINE,
    more: [
      SANDBOX,
      NO_FIXTURES,
      NO_DB,
      {
        group: ['**/features/**', '\\#renderer/features/**'],
        message: 'A widget in ui/ serves screens: it never imports one.',
      },
    ],
  },
  electron: {
    files: ['electron/**/*.ts'],
    ignores: [],
    parts: ['renderer', 'server'],
    message: 'Only shared/ is shared between the parts.',
    more: [],
  },
  server: {
    files: ['server/**/*.ts'],
    ignores: [...TESTS, 'server/src/test-support/**', 'server/console/src/**'],
    parts: ['renderer', 'electron'],
    message: 'Only shared/ is shared between the parts.',
    more: [
      {
        group: ['**/test-support/**', '\\#server/test-support/**'],
        message: 'Test fixtures (server/src/test-support) are for tests only.',
      },
    ],
  },
  serverTests: {
    files: [...TESTS.map((t) => `server/${t}`), 'server/src/test-support/**/*.ts'],
    ignores: ['server/console/src/**'],
    parts: ['renderer', 'electron'],
    message: 'Only shared/ is shared between the parts.',
    more: [],
  },
  console: {
    files: ['server/console/src/**/*.{ts,tsx}'],
    ignores: [],
    parts: ['renderer', 'electron'],
    message: 'The console imports shared/ only (and the ledger contract): never renderer/ or electron/.',
    more: [
      SANDBOX,
      {
        regex: '^#server/(?!reporting/ledger-source$)',
        message: 'The console runs in the browser: of the server it imports only the ledger contract (types).',
      },
      {
        group: ['**/src/**'],
        message: 'The console runs in the browser: of the server it imports only the ledger contract (types).',
      },
    ],
  },
  test: { files: ['test/**/*.ts'], ignores: [], parts: [], message: '', more: [] },
  bench: { files: ['bench/**/*.{ts,mjs}'], ignores: [], parts: [], message: '', more: [] },
};
// Entities are the records; the rules over them (rights, training, matching, the register) import them.
const entities = {
  ...forbidden.shared,
  files: ['shared/entities/**/*.ts'],
  more: [
    ...forbidden.shared.more,
    {
      group: ['rights', 'training', 'matching', 'registry'].flatMap((p) => [`../${p}/**`, `\\#shared/${p}/**`]),
      message: 'Entities import no rules: rights, training, matching and the register import them.',
    },
  ],
};
/** A relative path that climbs out of its part: use the part's alias instead. */
const relativeOut = (own) => ({
  group: PARTS.filter((p) => p !== own).map((p) => `../**/${p}/**`),
  message: 'Import another part through its alias (#shared/…, #renderer/…), not a relative path.',
});
const boundaries = Object.values({ ...forbidden, entities }).map((b) => ({
  files: b.files,
  ignores: b.ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(b.parts.length > 0 ? [{ group: b.parts.flatMap(alias), message: b.message }] : []),
          relativeOut(b.files[0].split('/')[0]),
          ...b.more,
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'build/electron-get/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...boundaries,
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}', 'server/console/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['electron/**/*.ts', 'server/**/*.ts'],
    ignores: ['server/console/src/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'bench/**/*.{mjs,ts}',
      '*.config.{js,ts}',
      'test/**/*.ts',
      'build/**/*.js',
      'renderer/vite.*.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmarks and end-to-end tests also pass functions that run inside the page.
    files: ['bench/**/*.{mjs,ts}', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
