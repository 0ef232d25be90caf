// Folder boundaries are checked here rather than remembered: the core stays pure and the
// contexts never reach into each other (see ../shared/DESIGN.md, "Habits we keep").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

const contexts = ['background', 'content', 'popup', 'options'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The core is pure: no context, no store, no browser glue.
            { target: './src/core', from: './src', except: ['./core'], message: 'src/core must not import outside src/core.' },
            // Contexts never import each other.
            ...contexts.flatMap((target) =>
              contexts
                .filter((from) => from !== target)
                .map((from) => ({ target: `./src/${target}`, from: `./src/${from}`, message: `src/${target} must not import src/${from}.` })),
            ),
            // Content scripts reach the store only through messages.
            { target: './src/content', from: './src/store', message: 'Content scripts ask the background; they never open the store.' },
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
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
);
