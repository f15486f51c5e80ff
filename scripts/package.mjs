// `npm run package`: the store zips of the built extension (dist/extension/), written to
// web-ext-artifacts/:
//   article-cleaner-<version>-chrome.zip    for the Chrome Web Store
//   article-cleaner-<version>-firefox.zip   for addons.mozilla.org
// Both come from the one folder (see build.mjs), so their bytes are the same.
//
// `web-ext build` makes the zip (its manifest check and file filter); it stamps every
// entry with the current time and adds them in the order reads finish, so the zip is
// then rewritten canonically: files only, sorted by name, one fixed timestamp
// ($SOURCE_DATE_EPOCH, else 1980-01-01 00:00 UTC), fixed permissions, deflate by JSZip
// (pure JavaScript, the same bytes on any machine). Same dist/extension in, same bytes
// out; tests/unit/build/package.test.ts builds twice and compares the sha256.
//
// Usage: node scripts/package.mjs [--source <dir>] [--out <dir>]
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import webExt from 'web-ext';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The stores, and the suffix of each one's zip. */
export const STORES = [
  { id: 'chrome', name: 'Chrome Web Store' },
  { id: 'firefox', name: 'addons.mozilla.org' },
];

/** What a store zip may hold: the manifest, bundles, pages and styles, icons, translations. */
const ALLOWED_ENTRY = /^(?:manifest\.json|[a-z][a-z0-9-]*\.(?:html|js|css)|icons\/[a-z0-9-]+\.png|_locales\/[A-Za-z]{2,3}(?:_[A-Za-z0-9]+)?\/messages\.json)$/;

/** Why each name must not be in a store zip (empty when all may be). Pure. */
export function entryProblems(names) {
  const problems = [];
  for (const name of names) {
    if (/\.map$/i.test(name)) problems.push(`${name}: a source map`);
    else if (!ALLOWED_ENTRY.test(name)) problems.push(`${name}: not a manifest, bundle, page, style, icon or translation (scripts/package.mjs ALLOWED_ENTRY)`);
  }
  if (!names.includes('manifest.json')) problems.push('manifest.json is missing');
  return problems;
}

/** The one timestamp of every entry: $SOURCE_DATE_EPOCH (seconds) or 1980-01-01 00:00 UTC, the zip epoch. */
export function zipDate(env = process.env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date(Date.UTC(1980, 0, 1));
  if (!/^\d+$/.test(epoch) || Number(epoch) < 315532800) {
    throw new Error(`SOURCE_DATE_EPOCH=${epoch}: expected whole seconds since 1970, no earlier than 1980-01-01`);
  }
  return new Date(Number(epoch) * 1000);
}

/**
 * A zip of files ({ name, data }), the same bytes for the same names and contents in any
 * order: sorted entries, no directory entries, one timestamp, regular files with mode 0644,
 * deflate level 9.
 */
export async function canonicalZip(files, date = zipDate()) {
  const zip = new JSZip();
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].name === sorted[i - 1].name) throw new Error(`${sorted[i].name} twice`);
  }
  for (const { name, data } of sorted) {
    zip.file(name, data, { date, createFolders: false, unixPermissions: 0o100644, binary: true });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    platform: 'UNIX',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    streamFiles: false,
  });
}

/** The files of a zip, in the zip's order. */
export async function readZip(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const files = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.push({ name: entry.name, data: await entry.async('nodebuffer') });
  }
  return files;
}

const sha256 = (buffer) => crypto.createHash('sha256').update(buffer).digest('hex');

/**
 * Zips sourceDir with web-ext build, checks what is inside, and writes one canonical
 * zip per store to outDir. Returns what it wrote.
 */
export async function packageExtension({ sourceDir = path.join(root, 'dist', 'extension'), outDir = path.join(root, 'web-ext-artifacts'), date = zipDate() } = {}) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'article-cleaner-package-'));
  try {
    const { extensionPath } = await webExt.cmd.build(
      { sourceDir, artifactsDir: tmp, filename: 'web-ext-build.zip', overwriteDest: true },
      { showReadyMessage: false },
    );
    const files = await readZip(await fs.readFile(extensionPath));
    const problems = entryProblems(files.map((f) => f.name));
    if (problems.length) throw new Error(`${sourceDir} is not ready for the stores:\n  ${problems.join('\n  ')}`);
    const manifest = JSON.parse(files.find((f) => f.name === 'manifest.json').data.toString('utf8'));
    if (!manifest.browser_specific_settings?.gecko?.id) throw new Error('manifest.json: addons.mozilla.org needs browser_specific_settings.gecko.id');
    const base = `${displayName(manifest, files).toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${manifest.version}`;
    const zip = await canonicalZip(files, date);
    await fs.mkdir(outDir, { recursive: true });
    const written = [];
    for (const store of STORES) {
      const file = path.join(outDir, `${base}-${store.id}.zip`);
      await fs.writeFile(file, zip);
      written.push({ store: store.id, storeName: store.name, file, size: zip.length, sha256: sha256(zip), entries: files.map((f) => f.name).sort() });
    }
    return written;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const written = await packageExtension({
    sourceDir: path.resolve(arg('--source') ?? path.join(root, 'dist', 'extension')),
    outDir: path.resolve(arg('--out') ?? path.join(root, 'web-ext-artifacts')),
  });
  for (const w of written) {
    console.log(`${path.relative(process.cwd(), w.file)}  (${w.storeName})  ${w.size} bytes  sha256 ${w.sha256}`);
  }
  console.log(`  ${written[0].entries.length} files: ${written[0].entries.join(', ')}`);
}

/** The manifest's name as people see it: "__MSG_extName__" read from _locales/<default_locale>. */
function displayName(manifest, files) {
  const key = /^__MSG_(\w+)__$/.exec(manifest.name)?.[1];
  if (!key) return manifest.name;
  const file = files.find((f) => f.name === `_locales/${manifest.default_locale}/messages.json`);
  if (!file) throw new Error(`manifest.json: name ${manifest.name} needs _locales/${manifest.default_locale}/messages.json`);
  const messages = JSON.parse(file.data.toString('utf8'));
  // message names are case-insensitive
  const entry = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  if (!entry?.message) throw new Error(`manifest.json: no message ${key} in _locales/${manifest.default_locale}`);
  return entry.message;
}
