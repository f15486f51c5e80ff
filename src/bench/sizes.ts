// Sizes for `npm run bench`: every bundle of dist/extension (minified and gzipped, against
// bundle-budget.json), the store zip as `npm run package` makes it, and with --analyze the
// inputs that take the most space in each bundle (esbuild's metafile).
//
// build.mjs and scripts/package.mjs are loaded from the project at run time, not bundled:
// they find their files relative to their own location.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type * as BuildModule from '../../build.mjs';
import type * as PackageModule from '../../scripts/package.mjs';
import { readBudget } from './budget.ts';

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** bundle-budget.json's maximum for it; null when it has none */
  budget: number | null;
  /** with --analyze: the inputs that take the most bytes of the bundle */
  top?: { input: string; bytes: number }[];
}

export interface ZipSize {
  file: string;
  bytes: number;
  entries: number;
}

const importProject = async <T>(root: string, file: string): Promise<T> =>
  // eslint-disable-next-line no-unsanitized/method -- one of this project's own files, never page data
  (await import(pathToFileURL(path.join(root, file)).href)) as T;

export const gzipSize = (data: Uint8Array) => zlib.gzipSync(data, { level: 9 }).length;

/** The .js bundles of extensionDir, by name. */
export function bundleSizes(root: string, extensionDir: string): BundleSize[] {
  const budget = readBudget(root);
  return fs
    .readdirSync(extensionDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const data = fs.readFileSync(path.join(extensionDir, file));
      return { file, bytes: data.length, gzipBytes: gzipSize(data), budget: budget.bundles[file]?.maxBytes ?? null };
    });
}

/** The store zip of extensionDir, made by scripts/package.mjs into a temporary folder. */
export async function zipSize(root: string, extensionDir: string): Promise<ZipSize> {
  const { packageExtension } = await importProject<typeof PackageModule>(root, 'scripts/package.mjs');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-bench-zip-'));
  try {
    const [written] = await packageExtension({ sourceDir: extensionDir, outDir });
    if (!written) throw new Error('scripts/package.mjs wrote no zip');
    return { file: path.basename(written.file), bytes: written.size, entries: written.entries.length };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** For each extension bundle, its `top` largest inputs, from a minified build with esbuild's metafile. */
export async function analyzeBundles(root: string, top = 12): Promise<Map<string, { input: string; bytes: number }[]>> {
  const { extensionEntries, extensionBuildOptions } = await importProject<typeof BuildModule>(root, 'build.mjs');
  const esbuild = await import('esbuild');
  const out = new Map<string, { input: string; bytes: number }[]>();
  for (const entry of extensionEntries) {
    const result = await esbuild.build({ ...extensionBuildOptions(entry), write: false, metafile: true });
    const output = Object.values(result.metafile.outputs)[0];
    if (!output) continue;
    const inputs = Object.entries(output.inputs)
      .map(([input, v]) => ({ input: input.replace(/^.*node_modules\//, 'node_modules/'), bytes: v.bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes);
    out.set(entry.out, inputs.slice(0, top));
  }
  return out;
}
