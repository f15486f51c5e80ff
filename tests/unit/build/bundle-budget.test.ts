// The bundle-size budget (bundle-budget.json): the extension is built from the current
// source into a temporary folder, and each bundle must fit its budget; a bundle without
// one fails too. The message names the bundle, its size and its budget.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../../build.mjs';
import { budgetProblems, readBudget, type Budget } from '../../../src/bench/budget.ts';
import { bundleSizes } from '../../../src/bench/sizes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-budget-'));
  await build({ outDir: tmp });
}, 120_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bundle-size budget', () => {
  test('every bundle of the extension is within its budget', () => {
    const sizes = bundleSizes(ROOT, path.join(tmp, 'extension'));
    expect(sizes.map((s) => s.file)).toContain('content.js');
    expect(budgetProblems(sizes, readBudget(ROOT))).toEqual([]);
  });

  test('a bundle over its budget, or without one, is named with its size and budget', () => {
    const budget: Budget = { bundles: { 'content.js': { maxBytes: 60_000, reason: 'the target' }, 'gone.js': { maxBytes: 1, reason: 'x' } } };
    expect(budgetProblems([{ file: 'content.js', bytes: 89_859 }, { file: 'popup.js', bytes: 10 }], budget)).toEqual([
      'content.js: 89,859 bytes minified, over its budget of 60,000 by 29,859 (bundle-budget.json)',
      'popup.js: 10 bytes minified, and bundle-budget.json has no budget for it',
      'gone.js: in bundle-budget.json but not built',
    ]);
  });
});
