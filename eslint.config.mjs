// Lint = the folder boundaries of DEVELOPERS.md ("Shape and style") made checkable,
// plus the rule that no page string reaches innerHTML. A wrong import fails `npm test`.
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

const ALL = ['shared', 'classifier', 'seed', 'extract', 'platform', 'content', 'popup', 'options', 'node', 'cli', 'eval', 'bench'];
/** Each folder of src/ may import only the folders listed here. */
const MAY_IMPORT = {
  shared: [],
  classifier: ['shared'],
  seed: ['shared'],
  extract: ['shared', 'classifier'],
  platform: ['shared'],
  content: ['shared', 'classifier', 'extract'],
  popup: ['shared', 'platform'],
  options: ['shared', 'platform'],
  node: ['shared', 'classifier', 'extract', 'seed'],
  cli: ['shared', 'classifier', 'extract', 'seed', 'node'],
  eval: ['shared', 'classifier', 'extract', 'seed', 'node'],
  // npm run bench: times the pipeline and reads the corpus (eval/corpus.ts, eval/args.ts)
  bench: ['shared', 'classifier', 'extract', 'node', 'eval'],
};
const zones = Object.entries(MAY_IMPORT).flatMap(([target, allowed]) =>
  ALL.filter((from) => from !== target && !allowed.includes(from)).map((from) => ({
    target: `./src/${target}`,
    from: `./src/${from}`,
    message: `src/${target} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing else'} (DEVELOPERS.md, Shape and style).`,
  })),
);
const EXTENSION_CODE = ['shared', 'classifier', 'seed', 'extract', 'platform', 'content', 'popup', 'options'].map((d) => `src/${d}/**`);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'reports/**', 'web-ext-artifacts/**'] },
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { import: importPlugin, 'no-unsanitized': noUnsanitized },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
    },
  },
  {
    files: EXTENSION_CODE,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'jsdom', 'linkedom', 'fs', 'path', 'child_process'], message: 'Extension code runs in the browser: no Node modules.' },
          { group: ['webextension-polyfill'], message: 'Only src/platform/browser.ts imports webextension-polyfill.' },
        ],
      }],
    },
  },
  {
    files: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'jsdom'], message: 'Extension code runs in the browser: no Node modules.' }] }] },
  },
  {
    files: ['src/classifier/**', 'src/seed/**', 'src/shared/**'],
    rules: {
      'no-restricted-globals': ['error',
        ...['document', 'window', 'DOMParser', 'browser', 'chrome', 'process', 'require'].map((name) => ({ name, message: 'The classifier and seed reader are pure: no DOM, no browser, no Node.' })),
      ],
    },
  },
);
