// The build-time rewrites of scripts/vendor-patches.mjs: each applies exactly once to the
// installed libraries, the bundles then assign nothing to innerHTML (what `web-ext lint`
// warns on), and patched Readability gives the same article as the original, on pages
// that take both rewritten paths (the retry that restores the page, the <noscript> image).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, test } from 'vitest';
import { applyVendorPatch, vendorPatchFor, vendorPatchPlugin, VENDOR_PATCHES } from '../../../scripts/vendor-patches.mjs';
import { corpusRoot } from '../../../src/eval/corpus.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const requireHere = createRequire(path.join(ROOT, 'package.json'));
const INNER_HTML_ASSIGNMENT = /\.innerHTML\s*=(?!=)/g;

function patchOf(file: string) {
  const patch = VENDOR_PATCHES.find((p) => p.file === file);
  if (!patch) throw new Error(`no patch for ${file}`);
  return patch;
}
const librarySource = (file: string) => fs.readFileSync(path.join(ROOT, 'node_modules', file), 'utf8');

describe('vendor patches', () => {
  test.each(VENDOR_PATCHES.map((p) => p.file))('%s: every statement found once, no innerHTML assignment left', (file) => {
    const source = librarySource(file);
    expect(source.match(INNER_HTML_ASSIGNMENT)?.length ?? 0, 'the original assigns innerHTML').toBeGreaterThan(0);
    const patched = applyVendorPatch(patchOf(file), source);
    expect(patched.match(INNER_HTML_ASSIGNMENT) ?? []).toEqual([]);
  });

  test('a statement that is missing or repeated stops the build', () => {
    const patch = patchOf('@mozilla/readability/Readability.js');
    expect(() => applyVendorPatch(patch, 'nothing here')).toThrow(/exactly once, found it 0 times/);
    const source = librarySource(patch.file);
    const twice = source + '\n' + patch.edits[0]!.find;
    expect(() => applyVendorPatch(patch, twice)).toThrow(/exactly once, found it 2 times/);
  });

  test('finds the patch by the resolved module path, on any OS', () => {
    expect(vendorPatchFor('/p/node_modules/@mozilla/readability/Readability.js')?.file).toBe('@mozilla/readability/Readability.js');
    expect(vendorPatchFor('C:\\p\\node_modules\\dompurify\\dist\\purify.es.mjs')?.file).toBe('dompurify/dist/purify.es.mjs');
    expect(vendorPatchFor('/p/node_modules/@mozilla/readability/Readability-readerable.js')).toBeUndefined();
    expect(vendorPatchFor('/p/src/Readability.js')).toBeUndefined();
  });

  test('esbuild with the plugin bundles both libraries without an innerHTML assignment', async () => {
    const bundle = async (plugins: esbuild.Plugin[]) => {
      const r = await esbuild.build({
        stdin: {
          contents: "import { Readability } from '@mozilla/readability'; import DOMPurify from 'dompurify'; globalThis.x = [Readability, DOMPurify];",
          resolveDir: ROOT,
        },
        bundle: true,
        write: false,
        format: 'iife',
        minify: true,
        plugins,
        logLevel: 'silent',
      });
      return r.outputFiles[0]!.text;
    };
    expect((await bundle([])).match(INNER_HTML_ASSIGNMENT)?.length).toBe(3);
    expect((await bundle([vendorPatchPlugin()])).match(INNER_HTML_ASSIGNMENT) ?? []).toEqual([]);
  });
});

// Readability, original and patched, as CommonJS modules; the patched one counts how often
// each rewritten path runs.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-vendor-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type ReadabilityClass = new (doc: Document, options?: object) => { parse(): Record<string, unknown> | null };
const hits = { restore: 0, noscript: 0 };
function loadReadabilities(): { original: ReadabilityClass; patched: ReadabilityClass } {
  const patch = patchOf('@mozilla/readability/Readability.js');
  const source = librarySource(patch.file);
  const counted = applyVendorPatch(patch, source)
    .replace('page.textContent = "";', 'globalThis.__vendorHits.restore++; page.textContent = "";')
    .replace('tmp.append(', 'globalThis.__vendorHits.noscript++; tmp.append(');
  const file = path.join(tmp, 'Readability.patched.cjs');
  fs.writeFileSync(file, counted);
  (globalThis as unknown as { __vendorHits: typeof hits }).__vendorHits = hits;
  return {
    original: requireHere('@mozilla/readability/Readability.js') as ReadabilityClass,
    patched: createRequire(file)(file) as ReadabilityClass,
  };
}
const { original, patched } = loadReadabilities();

const quiet = new VirtualConsole();
function parseWith(R: ReadabilityClass, html: string): string {
  const { document } = new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole: quiet }).window;
  return JSON.stringify(new R(document, { keepClasses: true }).parse());
}

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story: the council met on Tuesday evening and voted, after a long debate about the budget, to keep the library open on Sundays for another year.</p>`).join('\n');

/** Short: every attempt falls under the 500-character threshold, so Readability restores the page and retries with looser flags. */
const SHORT_PAGE = `<!doctype html><html><head><title>Short note</title></head><body>
<div class="sidebar"><a href="/a">Home</a> <a href="/b">News</a></div>
<div class="comment-body"><p>The meeting is moved to Thursday at six, in the small hall of the town library.</p></div>
</body></html>`;

/** A lazy-loaded picture with the real one in <noscript>, inside a long article. */
const NOSCRIPT_PAGE = `<!doctype html><html><head><title>Library stays open</title></head><body>
<article><h1>Library stays open</h1>
${prose(4)}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.example/lazy.jpg" class="lazy" alt="">
<noscript><img src="https://img.example/real.jpg" alt="The town library"></noscript></figure>
${prose(4)}
</article></body></html>`;

describe('patched Readability gives the same article as the original', () => {
  test('a short page: the restore-and-retry path', () => {
    const before = hits.restore;
    const out = parseWith(patched, SHORT_PAGE);
    expect(hits.restore - before, 'the page was never restored').toBeGreaterThan(0);
    expect(out).toBe(parseWith(original, SHORT_PAGE));
    expect(out).toContain('moved to Thursday');
  });

  test('a <noscript> image behind a lazy placeholder', () => {
    const before = hits.noscript;
    const out = parseWith(patched, NOSCRIPT_PAGE);
    expect(hits.noscript - before, 'the <noscript> path did not run').toBeGreaterThan(0);
    expect(out).toBe(parseWith(original, NOSCRIPT_PAGE));
    expect(out).toContain('https://img.example/real.jpg');
  });

  // Real pages from Readability's own test suite that take both paths (all 130 pages were
  // compared once when the patch was written: identical).
  const pagesDir = path.join(corpusRoot(), 'readability-pages');
  const slugs = ['aclu', '005-unescape-html-entities'].filter((s) => fs.existsSync(path.join(pagesDir, s, 'source.html')));
  if (slugs.length === 0) test.skip(`readability-pages: SKIPPED, no corpus at ${pagesDir}`, () => {});
  else {
    test.each(slugs)('readability-pages/%s', (slug) => {
      const html = fs.readFileSync(path.join(pagesDir, slug, 'source.html'), 'utf8');
      const before = hits.restore + hits.noscript;
      const out = parseWith(patched, html);
      expect(hits.restore + hits.noscript, 'neither rewritten path ran').toBeGreaterThan(before);
      expect(out).toBe(parseWith(original, html));
    }, 60_000);
  }
});
