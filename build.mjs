// Builds everything: the unpacked extension (dist/extension/, loaded as-is in
// Chromium and Firefox) and the Node tools (dist/node/). `node build.mjs`.
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const out = (...p) => path.join(root, 'dist', ...p);

// Extension bundles run in the browser. The content script must be one classic
// script: scripting.executeScript({files}) returns its last expression's value.
const extensionEntries = [
  // The content script's completion value is what executeScript returns: wrap the
  // bundle in a function whose last statement returns run(), so no global is left.
  {
    in: 'src/content/index.ts',
    out: 'content.js',
    globalName: '__articleCleaner',
    banner: '(function () {',
    footer: 'return __articleCleaner.run();\n})();',
  },
  { in: 'src/popup/index.ts', out: 'popup.js' },
];
// Node bundles. jsdom stays external: it loads files at run time.
const nodeEntries = [
  { in: 'src/cli/main.ts', out: 'article-cleaner.mjs', banner: '#!/usr/bin/env node' },
  { in: 'src/node/page-worker.ts', out: 'page-worker.mjs' },
  { in: 'src/eval/eval.ts', out: 'eval.mjs' },
  { in: 'src/eval/train.ts', out: 'train.mjs' },
];
// Copied unchanged into the extension folder.
const staticFiles = [
  ['manifest.json', 'manifest.json'],
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['icons', 'icons'],
];

export async function build({ minify = true } = {}) {
  await fs.rm(out(), { recursive: true, force: true });
  await Promise.all([
    ...extensionEntries.map((e) =>
      esbuild.build({
        entryPoints: [path.join(root, e.in)],
        outfile: out('extension', e.out),
        bundle: true,
        format: 'iife',
        globalName: e.globalName,
        banner: e.banner ? { js: e.banner } : undefined,
        footer: e.footer ? { js: e.footer } : undefined,
        target: ['chrome120', 'firefox128'],
        minify,
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
    ...nodeEntries.map((e) =>
      esbuild.build({
        entryPoints: [path.join(root, e.in)],
        outfile: out('node', e.out),
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        banner: e.banner ? { js: e.banner } : undefined,
        logLevel: 'warning',
      }),
    ),
  ]);
  for (const [from, to] of staticFiles) {
    await fs.cp(path.join(root, from), out('extension', to), { recursive: true });
  }
  await fs.chmod(out('node', 'article-cleaner.mjs'), 0o755);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({ minify: !process.argv.includes('--dev') });
  console.log('built dist/extension and dist/node');
}
