// Lint: typescript-eslint's recommended rules; Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Apps Script's globals: only src/gas/ (and main.ts's wiring) may touch them. */
const APPS_SCRIPT = [
  'SpreadsheetApp',
  'FormApp',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Session',
  'Utilities',
  'HtmlService',
  'Logger',
  'Sheets',
  'Charts',
  'MimeType',
  'DriveApp',
  'UrlFetchApp',
  'ContentService',
  'CardService',
  'Browser',
];
const onlyInGas = (name) => ({ name, message: 'Apps Script is reached only through src/gas/ (an adapter there).' });
/** What V8 Apps Script lacks. */
const NOT_IN_APPS_SCRIPT = ['setTimeout', 'setInterval', 'fetch', 'process', 'require', 'Buffer'];
const NODE = ['node:*', 'fs', 'path', 'os', 'child_process'];
/** local/ and tests/ never ship. */
const NEVER_SHIPS = ['**/local/**', '**/tests/**', '**/bench/**', '**/scripts/**'];
const SHIPPED = {
  group: [...NODE, ...NEVER_SHIPS],
  message: 'src/ runs in Apps Script: no Node, no local/ or tests/.',
};
const layer = (files, message, group) => ({
  files: [files],
  rules: { 'no-restricted-imports': ['error', { patterns: [SHIPPED, { group, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/ui/client/**'],
    rules: {
      'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT, ...APPS_SCRIPT.map(onlyInGas)],
      'no-restricted-imports': ['error', { patterns: [SHIPPED] }],
    },
  },
  // Every switch over a union handles each member (skaut/shared-drive-mover's habit): a new status or field code
  // added to src/shared/codes.ts fails lint wherever a switch forgot it.
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.node.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
    },
  },
  // gas/ is the one door to Apps Script (main.ts only wires entry points to it).
  {
    files: ['src/gas/**/*.ts', 'src/main.ts'],
    rules: { 'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT] },
  },
  // The layers (README, «Layout»): each folder may import only what is below it.
  layer('src/shared/**/*.ts', 'shared imports nothing but shared', ['../*', '../**']),
  layer('src/domain/**/*.ts', 'domain imports only domain and shared', [
    '**/app/**',
    '**/gas/**',
    '**/ui/**',
    '**/main',
  ]),
  layer('src/gas/**/*.ts', 'gas imports only gas, domain and shared', ['**/app/**', '**/ui/**', '**/main']),
  layer('src/ui/*.ts', 'ui imports only ui, domain and shared', ['**/app/**', '**/gas/**', '**/main', './client/**']),
  layer('src/app/**/*.ts', 'app never imports the sidebar client or main', ['**/ui/client/**', '**/main']),
  layer('src/ui/client/**/*.ts', 'the sidebar client runs in the browser: no app, gas or main', [
    '**/app/**',
    '**/gas/**',
    '**/main',
  ]),
  {
    files: ['**/*.cjs', '**/*.mjs', 'scripts/**', 'local/**', 'tests/**'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
