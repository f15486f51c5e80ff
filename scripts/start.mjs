// `npm start` (Chromium) and `npm run start:firefox` (Firefox): build, serve the sample
// pages on 127.0.0.1, and open the extension in a fresh browser profile on the sample
// article with `web-ext run`, for a person to try. Works offline.
//
// The sample pages are the browser tests' own (tests/e2e/server.ts): the BBC-like
// article made from seeds/000_….txt (a newsletter promo and a copyright line to remove),
// a sign-in page and a search page (no article), and /corpus/<slug>/ for the saved
// readability pages when ../shared/corpus is there. They are served over http, not
// opened as files: Chromium lets an extension read file:// pages only after the person
// switches on "Allow access to file URLs".
//
// Usage: node scripts/start.mjs chromium|firefox [--no-build] [web-ext run options…]
//   CHROMIUM_PATH / FIREFOX_PATH choose the browser (default /usr/bin/chromium, /usr/bin/firefox-esr).
//   --no-build uses dist/extension as it is (tests/e2e/start.e2e.test.ts).
//   Other options go to web-ext run, e.g. `npm start -- --verbose`.
// web-ext run keeps a temporary profile, reloads the extension when dist/extension
// changes (run `node build.mjs` in another terminal), and ends with Ctrl+C.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build } from '../build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The web-ext run arguments for a browser. Pure. */
export function webExtRunArgs({ target, sourceDir, startUrls, chromiumBinary, firefoxBinary, asRoot = false, extra = [] }) {
  const args = ['run', '--source-dir', sourceDir, ...startUrls.flatMap((u) => ['--start-url', u])];
  if (target === 'chromium') {
    args.push('--target', 'chromium', '--chromium-binary', chromiumBinary);
    // Chromium refuses to start as root with its sandbox on (a container, CI).
    if (asRoot) args.push('--arg=--no-sandbox');
  } else if (target === 'firefox') {
    args.push('--target', 'firefox-desktop', '--firefox', firefoxBinary);
  } else {
    throw new Error(`unknown browser ${JSON.stringify(target)}: chromium or firefox`);
  }
  return [...args, ...extra];
}

/**
 * The browser tests' page server (tests/e2e/server.ts), bundled for Node 20, which cannot
 * import .ts, into dist/dev/, and started on a random port.
 */
export async function startSampleServer() {
  await esbuild.build({
    entryPoints: [path.join(root, 'tests', 'e2e', 'server.ts')],
    outfile: path.join(root, 'dist', 'dev', 'sample-server.mjs'), // imported just below
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const { startServer, SEED_PATH, EMPTY_PATH, SEARCH_PATH } = await import('../dist/dev/sample-server.mjs');
  const server = await startServer();
  return { server, pages: { article: server.url(SEED_PATH), signIn: server.url(EMPTY_PATH), search: server.url(SEARCH_PATH), corpus: server.url('/corpus/guardian-1/') } };
}

async function main() {
  const [target = 'chromium', ...rest] = process.argv.slice(2);
  const noBuild = rest.includes('--no-build');
  const extra = rest.filter((a) => a !== '--no-build');
  const chromiumBinary = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const firefoxBinary = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  const binary = target === 'firefox' ? firefoxBinary : chromiumBinary;
  if (!fs.existsSync(binary)) {
    console.error(`${binary} is not installed (set ${target === 'firefox' ? 'FIREFOX_PATH' : 'CHROMIUM_PATH'} if it lives elsewhere).\n` +
      '  Debian: apt-get install chromium firefox-esr');
    process.exit(1);
  }

  if (!noBuild) await build();
  const sourceDir = path.join(root, 'dist', 'extension');
  if (!fs.existsSync(path.join(sourceDir, 'manifest.json'))) {
    console.error(`${sourceDir} is not built: run node build.mjs`);
    process.exit(1);
  }

  const { server, pages } = await startSampleServer();
  console.log(`Sample pages on ${server.origin}:
  ${pages.article}   an article (a newsletter promo and a copyright line to remove)
  ${pages.signIn}   no article: a sign-in page
  ${pages.search}   no article: search results
  ${pages.corpus}   saved real pages: /corpus/<slug>/ (../shared/corpus/readability-pages)
Click the Article Cleaner button in the toolbar (in Chromium it is in the puzzle-piece menu until you pin it).
`);

  const webExt = path.join(root, 'node_modules', '.bin', 'web-ext');
  const args = webExtRunArgs({
    target,
    sourceDir,
    startUrls: [pages.article],
    chromiumBinary,
    firefoxBinary,
    asRoot: process.getuid?.() === 0,
    extra,
  });
  console.log(`web-ext ${args.join(' ')}`);
  const child = spawn(webExt, args, { stdio: 'inherit' });
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  await server.close();
  process.exit(code);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
