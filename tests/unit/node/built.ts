// The Node bundles the pool and CLI tests run. They are built by `npm run build`
// (the test script builds before it runs vitest); a missing one fails loudly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function builtBundle(name: 'page-worker.mjs' | 'article-cleaner.mjs'): string {
  const file = path.join(PROJECT_ROOT, 'dist', 'node', name);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(PROJECT_ROOT, file)} is missing: run \`npm run build\` first`);
  return file;
}

export const FIXTURE_PAGES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'pages');
