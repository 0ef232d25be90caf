// Folder boundaries are checked here rather than remembered (see README, "Layout", and
// ../shared/DESIGN.md, "Habits we keep"). The resolver matters: without it the repo's
// extensionless imports resolve to nothing and no zone ever fires. test/unit/lint-boundaries.test.ts
// plants violations in a copy of the tree and proves that each one fails.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** The contexts: each wires core, store and platform to one browser surface. Nothing imports one. */
const contexts = ['./src/background', './src/content', './src/ui/popup', './src/ui/options'];
/** Every place that can import: the contexts, and every other folder or file of the tree. */
const places = [...contexts, './src/core', './src/store', './src/platform', './src/messages.ts', './src/ui/connect', './src/ui/controls', './scripts', './test', './bench'];

const packagesOutsideCore = ['dexie', 'preact', 'preact/*', '@preact/*', 'webextension-polyfill', '@mozilla/readability'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          // Zones are relative to this file, wherever lint runs from (the canary lints a copy of the tree).
          basePath: import.meta.dirname,
          zones: [
            // The core is pure: nothing of the extension, only itself.
            { target: './src/core', from: './src', except: ['./core'], message: 'src/core imports only src/core: no context, store, platform or UI.' },
            // The store is used by the background and the UI pages; it knows no browser surface.
            { target: './src/store', from: ['./src/platform', './src/ui', ...contexts], message: 'src/store imports only src/core (and itself).' },
            // Messages are one typed map, pure like the core.
            { target: './src/messages.ts', from: './src', except: ['./core', './messages.ts'], message: 'src/messages.ts imports only src/core.' },
            // The platform wraps browser APIs for every context; it knows none of them.
            { target: './src/platform', from: ['./src/store', './src/ui', ...contexts], message: 'src/platform imports only src/core and src/messages.ts.' },
            // Content scripts reach the store only through messages.
            { target: './src/content', from: './src/store', message: 'Content scripts ask the background; they never open the store.' },
            { target: './src/content', from: './src/ui', except: ['./controls'], message: 'Content scripts may share UI controls, nothing else of src/ui.' },
            // UI pages take the store's one connection and the messages from src/ui/connect, so that a mock can stand in for both.
            { target: ['./src/ui/popup', './src/ui/options'], from: ['./src/store/open.ts', './src/platform/send.ts'], message: 'UI pages reach the store and the messages through src/ui/connect (useConnector), never directly.' },
            // Shared controls are shared with content scripts too: no connection to the store in them.
            { target: './src/ui/controls', from: ['./src/ui/connect', './src/store/open.ts', './src/platform/send.ts'], message: 'src/ui/controls take what they show as props: no connector, store connection or sends.' },
            // No context imports another, and nothing imports a context.
            ...contexts.map((from) => ({ target: places.filter((p) => p !== from), from, message: `${from.slice(2)} is a context: nothing else imports it.` })),
          ],
        },
      ],
    },
  },
  {
    // The extension never parses markup from a page or a file into a DOM.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML: build nodes, never parse text from a page or a file.' },
        { property: 'outerHTML', message: 'No outerHTML: build nodes instead.' },
        { property: 'insertAdjacentHTML', message: 'No insertAdjacentHTML: build nodes instead.' },
      ],
    },
  },
  {
    // The core and the message map run in node and in every context: no DOM, no browser API, no storage library.
    files: ['src/core/**/*.ts', 'src/messages.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'localStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'navigator', 'location'],
      'no-restricted-imports': ['error', { patterns: [{ group: packagesOutsideCore, message: 'src/core is pure TypeScript: no DOM, browser API, store or UI library.' }] }],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*'], message: 'No UI outside src/ui and the content card.' }] }],
    },
  },
);
