// Three statements in bundled libraries assign a string to innerHTML. addons.mozilla.org's
// linter (`web-ext lint`, rule no-unsanitized/property) warns on each, and it ignores the
// libraries' own eslint-disable comments. None of them ever sees page HTML in a live
// document, but rather than ignore the rule, the extension bundles get these statements
// rewritten without innerHTML, at build time, exactly once each:
//
// - Readability caches the page as an HTML string and parses it back when it retries with
//   looser flags. A deep clone is the same tree without the serialise/parse round trip.
// - Readability parses a <noscript>'s markup to find an image. Moving a clone of its
//   children is the same, and in a browser the path is not even reached (with scripting
//   on, <noscript> holds text, not an <img>).
// - DOMPurify, only when DOMParser is missing or fails (never in Chromium 120+ or Firefox
//   128+ with the HTML namespace that src/popup/sanitize.ts uses), falls back to innerHTML
//   on an XML document. Without the fallback it returns an empty result: it fails closed.
//
// tests/unit/build/vendor-patches.test.ts holds each patch to the installed version (the
// build fails when a statement is not found exactly once, e.g. after an upgrade) and runs
// patched and unpatched Readability over real pages to show the output is the same.

/** @typedef {{ find: string, replace: string, why: string }} Edit */
/** @typedef {{ file: string, edits: Edit[] }} VendorPatch */

/** @type {VendorPatch[]} */
export const VENDOR_PATCHES = [
  {
    file: '@mozilla/readability/Readability.js',
    edits: [
      {
        why: 'cache the page as a cloned fragment, not an HTML string',
        find: 'var pageCacheHtml = page.innerHTML;',
        replace:
          'var pageCache = doc.createDocumentFragment();\n' +
          '    for (var cached = page.firstChild; cached; cached = cached.nextSibling) {\n' +
          '      pageCache.appendChild(cached.cloneNode(true));\n' +
          '    }',
      },
      {
        why: 'restore the page from the cloned fragment',
        find: 'page.innerHTML = pageCacheHtml;',
        replace: 'page.textContent = "";\n        page.appendChild(pageCache.cloneNode(true));',
      },
      {
        why: "move a clone of the <noscript>'s children instead of re-parsing its markup",
        find: 'tmp.innerHTML = noscript.innerHTML;',
        replace: 'tmp.append(...Array.from(noscript.cloneNode(true).childNodes));',
      },
    ],
  },
  {
    file: 'dompurify/dist/purify.es.mjs',
    edits: [
      {
        why: 'no innerHTML fallback when DOMParser fails: the result is empty (fail closed)',
        find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
        replace: '/* article-cleaner: no innerHTML fallback, see scripts/vendor-patches.mjs */',
      },
    ],
  },
];

/** The patch for a resolved module path (any OS separators), or undefined. */
export function vendorPatchFor(modulePath) {
  const p = modulePath.split('\\').join('/');
  return VENDOR_PATCHES.find((v) => p.endsWith(`/node_modules/${v.file}`));
}

/**
 * source with every edit of patch applied. Pure. Throws when a statement does not occur
 * exactly once, so a library upgrade that moves the code stops the build.
 */
export function applyVendorPatch(patch, source) {
  let out = source;
  for (const { find, replace } of patch.edits) {
    const first = out.indexOf(find);
    const count = first < 0 ? 0 : out.split(find).length - 1;
    if (count !== 1) {
      throw new Error(
        `vendor patch for ${patch.file}: expected ${JSON.stringify(find)} exactly once, found it ${count} times ` +
          '(did the library change? update scripts/vendor-patches.mjs and its test)',
      );
    }
    out = out.slice(0, first) + replace + out.slice(first + find.length);
  }
  return out;
}

/** An esbuild plugin that applies VENDOR_PATCHES to the files it bundles. */
export function vendorPatchPlugin() {
  const filter = new RegExp(`[\\\\/]node_modules[\\\\/](?:${VENDOR_PATCHES.map((v) => v.file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\\\//g, '[\\\\/]')).join('|')})$`);
  return {
    name: 'vendor-patches',
    /** @param {import('esbuild').PluginBuild} build */
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const fs = await import('node:fs/promises');
        const patch = vendorPatchFor(args.path);
        if (!patch) return undefined;
        return { contents: applyVendorPatch(patch, await fs.readFile(args.path, 'utf8')), loader: 'js' };
      });
    },
  };
}
