// Builds everything: the unpacked extension (dist/extension/, loaded as-is in
// Chromium and Firefox) and the Node tools (dist/node/). `node build.mjs`.
//
// One folder for both browsers, from the one manifest.json: Firefox needs
// browser_specific_settings.gecko (the add-on id, strict_min_version, data collection),
// and Chromium knows that key and ignores it without a warning or error: chrome://extensions
// with Developer mode on shows no manifest error for it, where an unknown key shows
// "Unrecognized manifest key" (Chromium 156; tests/e2e/chromium.e2e.test.ts checks it).
// Nothing else differs, so there is no per-browser build and no second manifest.
// `npm run package` zips this folder for both stores (scripts/package.mjs).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vendorPatchPlugin } from './scripts/vendor-patches.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

// Extension bundles run in the browser. The content script must be one classic
// script: scripting.executeScript({files}) returns its last expression's value.
export const extensionEntries = [
  // The content script's completion value is what executeScript returns: wrap the
  // bundle in a function whose last statement returns run(), so no global is left.
  {
    in: 'src/content/index.ts',
    out: 'content.js',
    globalName: '__articleCleaner',
    banner: '(function () {',
    footer: 'return __articleCleaner.run();\n})();',
  },
  // "Show anyway": the same wrapper around the whole-page reading, injected only on request.
  {
    in: 'src/content/whole-page.ts',
    out: 'content-whole-page.js',
    globalName: '__articleCleaner',
    banner: '(function () {',
    footer: 'return __articleCleaner.run();\n})();',
  },
  // popup.html's first script: starts reading the tab while popup.js loads (src/platform/early-read.ts)
  { in: 'src/platform/early-read-start.ts', out: 'early-read.js' },
  { in: 'src/popup/index.ts', out: 'popup.js' },
  { in: 'src/options/options.ts', out: 'options.js' },
];
// Node bundles. jsdom stays external: it loads files at run time.
const nodeEntries = [
  { in: 'src/cli/main.ts', out: 'article-cleaner.mjs', banner: '#!/usr/bin/env node' },
  { in: 'src/node/page-worker.ts', out: 'page-worker.mjs' },
  { in: 'src/eval/eval.ts', out: 'eval.mjs' },
  { in: 'src/eval/train.ts', out: 'train.mjs' },
  { in: 'src/bench/bench.ts', out: 'bench.mjs' },
];
/**
 * Source derived from other source, written before the bundles that import it: the
 * lexicon's trigger table (src/classifier/phrase-triggers.ts), which the content
 * script would otherwise work out from the phrases at every click.
 */
const derivedSources = [{ in: 'src/eval/write-triggers.ts', out: 'write-triggers.mjs' }];
// Copied unchanged into the extension folder: [from, to].
/** @type {[string, string][]} */
export const staticFiles = [
  ['manifest.json', 'manifest.json'],
  ['src/popup/popup.html', 'popup.html'],
  // the reader in a tab: the same page and script (src/popup/index.ts tells them apart by name)
  ['src/popup/popup.html', 'reader.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/popup/theme.css', 'theme.css'],
  ['src/popup/print.css', 'print.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['icons', 'icons'],
  ['_locales', '_locales'],
];

/**
 * The esbuild options of one extension bundle, written to outDir/extension/<e.out>.
 * `npm run bench -- --analyze` builds with these and a metafile to show what takes the space.
 * @param {(typeof extensionEntries)[number]} e
 * @returns {esbuild.BuildOptions}
 */
export function extensionBuildOptions(e, { minify = true, outDir = path.join(root, 'dist') } = {}) {
  return {
    entryPoints: [path.join(root, e.in)],
    outfile: path.join(outDir, 'extension', e.out),
    bundle: true,
    format: 'iife',
    globalName: e.globalName,
    banner: e.banner ? { js: e.banner } : undefined,
    footer: e.footer ? { js: e.footer } : undefined,
    target: ['chrome120', 'firefox128'],
    minify,
    legalComments: 'none',
    // no innerHTML in the bundled libraries: web-ext lint (AMO) warns on it
    plugins: [vendorPatchPlugin()],
    logLevel: 'warning',
  };
}

/** outDir: where dist/ goes (the packaging test builds twice into temporary folders). */
export async function build({ minify = true, outDir = path.join(root, 'dist') } = {}) {
  const out = (...p) => path.join(outDir, ...p);
  /** @param {{ in: string, out: string, banner?: string }} e */
  const buildNode = (e) =>
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
    });
  await fs.rm(out(), { recursive: true, force: true });
  for (const e of derivedSources) {
    await buildNode(e);
    execFileSync(process.execPath, [out('node', e.out)], { cwd: root, stdio: 'inherit' });
  }
  await Promise.all([
    ...extensionEntries.map((e) => esbuild.build(extensionBuildOptions(e, { minify, outDir }))),
    ...nodeEntries.map(buildNode),
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
