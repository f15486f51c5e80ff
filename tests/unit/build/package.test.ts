// `npm run package`: the store zips. Builds the extension twice from the same source into
// two temporary folders, packages each (web-ext build, then scripts/package.mjs makes the
// zip canonical), and holds the zips to: the same bytes both times, exactly the extension's
// files and nothing else (no source maps, tests, dev or Node files), one fixed timestamp.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build, extensionEntries, staticFiles } from '../../../build.mjs';
import { canonicalZip, entryProblems, packageExtension, readZip, STORES, zipDate } from '../../../scripts/package.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Everything a store zip must hold, and nothing else: what build.mjs declares for the
 * extension (its bundles and the static files it copies, folders expanded), read from the
 * project's sources. Source maps, tests, dev files and the Node bundles are not among them.
 */
function declaredExtensionFiles(): string[] {
  const bundles = extensionEntries.map((e) => e.out);
  const copied = staticFiles.flatMap(([from, to]) => {
    const src = path.join(ROOT, from);
    return fs.statSync(src).isDirectory() ? walk(src).map((f) => `${to}/${f}`) : [to];
  });
  return [...bundles, ...copied].sort();
}
/** Always there, whatever else the build adds. */
const CORE_ENTRIES = ['content.js', 'icons/icon-128.png', 'icons/icon-16.png', 'icons/icon-32.png', 'icons/icon-48.png', 'manifest.json', 'popup.css', 'popup.html', 'popup.js'];

type Written = Awaited<ReturnType<typeof packageExtension>>;
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** Every file under dir, relative, with / separators, sorted. */
function walk(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

let tmp: string;
const runs: { dist: string; written: Written }[] = [];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-package-test-'));
  for (const name of ['a', 'b']) {
    const dist = path.join(tmp, name, 'dist');
    await build({ outDir: dist });
    const written = await packageExtension({ sourceDir: path.join(dist, 'extension'), outDir: path.join(tmp, name, 'artifacts') });
    runs.push({ dist, written });
  }
}, 180_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run package', () => {
  test('one zip per store, named after the manifest', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
    expect(runs[0]!.written.map((w) => path.basename(w.file))).toEqual(
      STORES.map((s) => `article-cleaner-${manifest.version}-${s.id}.zip`),
    );
  });

  test('two builds of the same source give byte-identical zips', () => {
    const [a, b] = runs.map((r) => r.written);
    for (let i = 0; i < STORES.length; i++) {
      const [za, zb] = [fs.readFileSync(a![i]!.file), fs.readFileSync(b![i]!.file)];
      console.log(`[package] ${path.basename(a![i]!.file)}: ${za.length} bytes, sha256 ${sha256(za)} / ${sha256(zb)}`);
      expect(sha256(zb)).toBe(sha256(za));
      expect(a![i]!.sha256).toBe(sha256(za));
    }
  });

  test('the Chrome and Firefox zips are the same bytes (one folder for both, see build.mjs)', () => {
    const [chrome, firefox] = runs[0]!.written;
    expect(fs.readFileSync(firefox!.file).equals(fs.readFileSync(chrome!.file))).toBe(true);
  });

  test('holds exactly the files build.mjs declares, byte for byte: no source maps, tests, dev or Node files', async () => {
    const { dist, written } = runs[0]!;
    const expected = declaredExtensionFiles();
    expect(expected).toEqual(expect.arrayContaining(CORE_ENTRIES));
    expect(walk(path.join(dist, 'extension'))).toEqual(expected);
    const files = await readZip(fs.readFileSync(written[1]!.file));
    console.log(`[package] ${files.length} files: ${files.map((f) => f.name).join(', ')}`);
    expect(files.map((f) => f.name)).toEqual(expected);
    for (const f of files) expect(f.data.equals(fs.readFileSync(path.join(dist, 'extension', f.name))), f.name).toBe(true);
    expect(entryProblems(files.map((f) => f.name))).toEqual([]);
    expect(fs.existsSync(path.join(dist, 'node')), 'the build also wrote dist/node').toBe(true);
    expect(files.filter((f) => /\.map$|\.ts$|\.mjs$|^node\/|^tests?\/|(^|\/)\./.test(f.name))).toEqual([]);
    // nor a sourceMappingURL comment pointing at a map that is not there
    for (const f of files.filter((x) => x.name.endsWith('.js'))) expect(f.data.toString('utf8'), f.name).not.toMatch(/sourceMappingURL/);
  });

  test('every file the manifest names is inside', async () => {
    const files = await readZip(fs.readFileSync(runs[0]!.written[1]!.file));
    const names = new Set(files.map((f) => f.name));
    const manifest = JSON.parse(files.find((f) => f.name === 'manifest.json')!.data.toString('utf8')) as Record<string, unknown>;
    const referenced = new Set<string>();
    const collect = (v: unknown, key = ''): void => {
      if (typeof v === 'string' && /\.(?:html|js|css|png|svg|json)$/.test(v) && !/^https?:/.test(v) && key !== 'update_url') referenced.add(v.replace(/^\//, ''));
      else if (Array.isArray(v)) v.forEach((x) => collect(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, k);
    };
    collect(manifest);
    expect(referenced.size).toBeGreaterThan(0);
    expect([...referenced].filter((f) => !names.has(f))).toEqual([]);
  });

  test('files only, sorted, one fixed timestamp, regular files with mode 0644', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(runs[0]!.written[0]!.file));
    const entries = Object.values(zip.files);
    expect(entries.some((e) => e.dir)).toBe(false);
    expect(entries.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
    for (const e of entries) {
      expect(e.date.getTime(), e.name).toBe(zipDate().getTime());
      expect(e.unixPermissions, e.name).toBe(0o100644);
    }
  });

  test('the manifest inside is manifest.json as written, with the Firefox add-on id', async () => {
    const files = await readZip(fs.readFileSync(runs[0]!.written[1]!.file));
    const inZip = JSON.parse(files.find((f) => f.name === 'manifest.json')!.data.toString('utf8')) as Record<string, unknown>;
    expect(inZip).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')));
    expect(inZip).toMatchObject({ manifest_version: 3, browser_specific_settings: { gecko: { id: expect.stringMatching(/@/) } } });
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(inZip.version, 'manifest.json and package.json versions differ').toBe(pkg.version);
  });
});

describe('canonical zips', () => {
  const files = [
    { name: 'b.js', data: Buffer.from('console.log("b")') },
    { name: 'a/z.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    { name: 'manifest.json', data: Buffer.from('{}') },
  ];

  test('the same files in any order give the same bytes; another date gives others', async () => {
    const one = await canonicalZip(files, zipDate({}));
    expect((await canonicalZip([...files].reverse(), zipDate({}))).equals(one)).toBe(true);
    expect((await canonicalZip(files, zipDate({ SOURCE_DATE_EPOCH: '1700000000' }))).equals(one)).toBe(false);
    expect((await readZip(one)).map((f) => f.name)).toEqual(['a/z.png', 'b.js', 'manifest.json']);
  });

  test('a name twice is an error', async () => {
    await expect(canonicalZip([...files, files[0]!])).rejects.toThrow('b.js twice');
  });

  test('SOURCE_DATE_EPOCH sets the timestamp; the default is 1980-01-01 UTC', () => {
    expect(zipDate({}).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(zipDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(() => zipDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
    expect(() => zipDate({ SOURCE_DATE_EPOCH: '0' })).toThrow(/1980/);
  });

  test('what may not go to a store is named', () => {
    expect(entryProblems(CORE_ENTRIES)).toEqual([]);
    expect(entryProblems(['manifest.json', '_locales/en/messages.json', '_locales/pt_BR/messages.json', 'options.html'])).toEqual([]);
    const problems = entryProblems(['content.js', 'content.js.map', 'tests/e2e/server.ts', 'node/eval.mjs', '.DS_Store', 'src/popup/index.ts']);
    expect(problems).toEqual([
      'content.js.map: a source map',
      expect.stringMatching(/^tests\/e2e\/server\.ts: not a manifest/),
      expect.stringMatching(/^node\/eval\.mjs: not a manifest/),
      expect.stringMatching(/^\.DS_Store: not a manifest/),
      expect.stringMatching(/^src\/popup\/index\.ts: not a manifest/),
      'manifest.json is missing',
    ]);
  });
});
