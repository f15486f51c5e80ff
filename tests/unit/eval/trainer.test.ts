import { describe, expect, it } from 'vitest';
import { notContentProbability } from '../../../src/classifier/model.ts';
import { cutPoints, trainTrees } from '../../../src/eval/boost.ts';
import { chooseThreshold, crossValidate, fitModel, groupFolds, metricsAt, splitCounts, weightsFile, type TrainingRow } from '../../../src/eval/trainer.ts';

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toySet(n: number, seed: number): { X: number[][]; y: (0 | 1)[] } {
  const r = rng(seed);
  const X: number[][] = [], y: (0 | 1)[] = [];
  for (let i = 0; i < n; i++) {
    const a = r() * 4 - 2, b = r() * 10, c = 3; // c constant
    if (Math.abs(a + b / 5 - 1) < 0.15) continue; // a margin: linearly separable
    X.push([a, b, c]);
    y.push(a + b / 5 > 1 ? 1 : 0);
  }
  return { X, y };
}

const proba = (m: ReturnType<typeof trainTrees>, x: number[]) => notContentProbability(x, { ...m, features: [], threshold: 1 });

describe('cut points', () => {
  it('are midpoints between distinct values, rounded to 4 significant digits', () => {
    expect(cutPoints([0, 1, 1, 0], 32)).toEqual([0.5]);
    expect(cutPoints([1, 2, 4], 32)).toEqual([1.5, 3]);
    expect(cutPoints([0.123456, 0.2], 32)).toEqual([0.1617]);
    expect(cutPoints([5, 5, 5], 32)).toEqual([]);
  });
  it('are thinned to at most maxCuts by quantile', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i);
    const cuts = cutPoints(values, 9);
    expect(cuts.length).toBeLessThanOrEqual(9);
    expect(cuts.length).toBeGreaterThanOrEqual(8);
    expect(cuts[0]).toBeGreaterThan(50);
    expect(cuts.at(-1)).toBeLessThan(950);
  });
});

describe('trainTrees', () => {
  it('learns an interaction a linear model cannot (xor)', () => {
    const X: number[][] = [], y: (0 | 1)[] = [];
    // unbalanced cells, so that the first split has something to gain (a greedy learner
    // cannot start on a perfectly balanced xor)
    const cells: [number, number, number][] = [[0, 0, 100], [0, 1, 100], [1, 0, 150], [1, 1, 50]];
    for (const [a, b, n] of cells) {
      for (let i = 0; i < n; i++) {
        X.push([a, b, (i % 7) / 7]);
        y.push(a !== b ? 1 : 0);
      }
    }
    const m = trainTrees(X, y, { trees: 30, depth: 2, learningRate: 0.5, minChildWeight: 1 });
    const wrong = X.filter((x, i) => (proba(m, x) >= 0.5 ? 1 : 0) !== y[i]).length;
    expect(wrong).toBe(0);
  });
  it('learns a noisy threshold rule and generalises to held-out points', () => {
    const { X, y } = toySet(600, 1);
    const m = trainTrees(X, y, { trees: 60, depth: 3 });
    const test = toySet(300, 2);
    const wrong = test.X.filter((x, i) => (proba(m, x) >= 0.5 ? 1 : 0) !== test.y[i]).length;
    expect(wrong / test.X.length).toBeLessThan(0.08);
    // the constant third feature is never split on
    const counts = splitCounts(m, 3);
    expect(counts[2]).toBe(0);
    expect(counts[0]! + counts[1]!).toBeGreaterThan(0);
  });
  it('writes leaves rounded as they are used and is deterministic', () => {
    const { X, y } = toySet(300, 3);
    const a = trainTrees(X, y, { trees: 20, depth: 2 });
    expect(JSON.stringify(trainTrees(X, y, { trees: 20, depth: 2 }))).toBe(JSON.stringify(a));
    for (const t of a.trees) for (const v of t) expect(Number(v.toPrecision(4))).toBe(v);
    expect(a.trees).toHaveLength(20);
    expect(a.trees[0]).toHaveLength(2 * 3 + 4);
  });
  it('starts from the prior log-odds and gets more confident with more trees', () => {
    const { X, y } = toySet(300, 4);
    const prior = y.filter(Boolean).length / y.length;
    expect(trainTrees(X, y, { trees: 0 }).base).toBeCloseTo(Math.log(prior / (1 - prior)), 3);
    const few = trainTrees(X, y, { trees: 3, depth: 2 }), many = trainTrees(X, y, { trees: 60, depth: 2 });
    const logLoss = (m: ReturnType<typeof trainTrees>) =>
      X.reduce((s, x, i) => s - Math.log(Math.max(1e-12, y[i] ? proba(m, x) : 1 - proba(m, x))), 0);
    expect(logLoss(many)).toBeLessThan(logLoss(few));
  });
});

function groupedRows(seed: number): TrainingRow[] {
  const r = rng(seed);
  const rows: TrainingRow[] = [];
  for (let d = 0; d < 40; d++) {
    const n = 5 + Math.floor(r() * 30);
    for (let i = 0; i < n; i++) {
      const y: 0 | 1 = r() < 0.25 ? 1 : 0;
      rows.push({ group: `site${d}.example`, x: [y + r() * 1.5, r()], y, tokens: 1 + Math.floor(r() * 50) });
    }
  }
  return rows;
}

describe('grouped folds', () => {
  it('never puts a domain in two folds and balances the folds', () => {
    const sizes = new Map([['a.com', 50], ['b.com', 40], ['c.com', 30], ['d.com', 30], ['e.com', 20], ['f.com', 10], ['g.com', 10], ['h.com', 5]]);
    const f = groupFolds(sizes, 3);
    expect([...f.keys()].sort()).toEqual([...sizes.keys()].sort());
    const load = [0, 0, 0];
    for (const [g, k] of f) load[k]! += sizes.get(g)!;
    expect(load.reduce((a, b) => a + b)).toBe(195);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(50);
    expect(groupFolds(sizes, 3)).toEqual(f); // deterministic
  });
  it('cross-validation validates each fold on domains it never trained on', () => {
    const rows = groupedRows(5);
    const cv = crossValidate(rows, { folds: 5, trees: 20, depth: 2 });
    const foldsOfDomain = new Map<string, Set<number>>();
    rows.forEach((r) => {
      const f = cv.foldOfGroup.get(r.group)!;
      foldsOfDomain.set(r.group, (foldsOfDomain.get(r.group) ?? new Set()).add(f));
    });
    for (const s of foldsOfDomain.values()) expect(s.size).toBe(1);
    expect(cv.folds).toHaveLength(5);
    expect(cv.folds.reduce((n, f) => n + f.rows, 0)).toBe(rows.length);
    expect(cv.folds.every((f) => f.rows > 0)).toBe(true);
    expect(cv.oof.every((p) => p >= 0 && p <= 1)).toBe(true);
    // the threshold keeps every fold's site-averaged content loss within 0.5%
    for (const f of cv.folds) expect(f.siteContentLoss).toBeLessThanOrEqual(0.005);
  });
});

describe('threshold', () => {
  it('is the lowest grid value at which every fold loses at most the allowed share of content', () => {
    const f = [
      { probs: [0.1, 0.2, 0.9, 0.95], rows: [{ y: 0, group: 'a' }, { y: 0, group: 'a' }, { y: 0, group: 'a' }, { y: 1, group: 'a' }] },
      { probs: [0.3, 0.4], rows: [{ y: 0, group: 'b' }, { y: 1, group: 'b' }] },
    ] as { probs: number[]; rows: { y: 0 | 1; group: string }[] }[];
    expect(chooseThreshold(f, 0)).toBe(0.901);
    expect(chooseThreshold(f, 0.34)).toBe(0.301); // fold 2 may not lose its single content block
    expect(chooseThreshold([{ probs: [0.9999], rows: [{ y: 0, group: 'a' }] }], 0)).toBe(1);
  });

  it('averages the loss over sites: one site with many look-alike lines does not set it alone', () => {
    // site "list" has 8 short content lines scored 0.9; sites a..d have one content block each
    const list = Array.from({ length: 8 }, () => ({ p: 0.9, y: 0 as const, group: 'list' }));
    const others = ['a', 'b', 'c', 'd'].map((group) => ({ p: 0.2, y: 0 as const, group }));
    const rows = [...list, ...others, { p: 0.95, y: 1 as const, group: 'a' }];
    const fold = { probs: rows.map((r) => r.p), rows };
    // pooled, 8 of 12 content blocks would be lost at 0.9; by site it is 1 of 5 sites losing all
    expect(chooseThreshold([fold], 0.2)).toBe(0.201);
    expect(chooseThreshold([fold], 0.19)).toBe(0.901);
  });

  it('measures precision, recall and content loss, pooled and by site', () => {
    const rows = [{ y: 1, tokens: 5, group: 'a' }, { y: 1, tokens: 5, group: 'a' }, { y: 0, tokens: 10, group: 'a' }, { y: 0, tokens: 30, group: 'b' }, { y: 0, tokens: 30, group: 'b' }] as const;
    const m = metricsAt([0.9, 0.2, 0.8, 0.1, 0.2], [...rows], 0.5);
    expect(m).toEqual({ precision: 0.5, recall: 0.5, siteContentLoss: 0.5, contentLoss: 1 / 3, contentTokenLoss: 10 / 70 });
  });
});

describe('weights file', () => {
  it('is deterministic, dated nowhere, and shaped as model.ts reads it', () => {
    const rows = groupedRows(6);
    const boost = { trees: 10, depth: 2, learningRate: 0.2, l2: 1, minChildWeight: 5, maxCuts: 32 };
    const make = () => {
      const cv = crossValidate(rows, { folds: 5, ...boost });
      const m = fitModel(rows, boost, ['signal', 'noise'], cv.threshold);
      return weightsFile(m, cv, {
        pages: 40, domains: 40, rows: rows.length, contentRows: 1, notContentRows: 1, skippedAmbiguous: 0, skippedStructural: 0, boost, maxContentLoss: 0.005,
      });
    };
    const a = make();
    expect(make()).toBe(a);
    expect(a.startsWith('// generated by npm run train — do not edit\n')).toBe(true);
    expect(a).not.toMatch(/20\d\d-\d\d-\d\d/);
    expect(a).toMatch(/export const MODEL: TreeEnsemble = \{\n {2}kind: 'trees',\n {2}features: \[\n {4}'signal',\n {4}'noise',\n {2}\],\n {2}depth: 2,/);
    const trees = [...a.matchAll(/^ {4}\[([^\]]+)\],$/gm)].map((m) => m[1]!.split(', ').map(Number));
    expect(trees).toHaveLength(10);
    for (const t of trees) expect(t).toHaveLength(2 * 3 + 4);
    // the signal feature (0) is split on more often than the noise (1)
    const splits = (f: number) => trees.reduce((n, t) => n + [0, 2, 4].filter((k) => t[k] === f).length, 0);
    expect(splits(0)).toBeGreaterThan(splits(1));
    expect(a).toMatch(/threshold: 0\.\d+,\n/);
  });
});
