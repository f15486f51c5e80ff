import { describe, expect, it } from 'vitest';
import { fitStandardizer, groupFolds, predictProba, sigmoid, solve, trainLogistic } from '../../../src/eval/logreg.ts';
import { chooseThreshold, crossValidate, metricsAt, weightsFile, type TrainingRow } from '../../../src/eval/trainer.ts';

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

describe('linear algebra and standardising', () => {
  it('solves a linear system', () => {
    const x = solve([[2, 1], [1, 3]], [3, 5]); // x = 0.8, y = 1.4
    expect(x[0]).toBeCloseTo(0.8, 12);
    expect(x[1]).toBeCloseTo(1.4, 12);
  });
  it('standardises by mean and population sd, scale 1 for a constant feature', () => {
    const s = fitStandardizer([[1, 5], [3, 5]]);
    expect(s.means).toEqual([2, 5]);
    expect(s.scales).toEqual([1, 1]);
    expect(fitStandardizer([[0], [4]]).scales).toEqual([2]);
  });
  it('has a stable sigmoid', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });
});

describe('trainLogistic', () => {
  it('matches the hand-solved optimum of a symmetric two-point set', () => {
    // x = ±1 (already standard), y = 0/1, λ = 1: bias 0 by symmetry and w = 2σ(−w), w ≈ 0.674832
    const m = trainLogistic([[-1], [1]], [0, 1], { l2: 1 });
    expect(m.bias).toBeCloseTo(0, 10);
    expect(m.coefficients[0]).toBeCloseTo(0.6748316143, 8);
  });
  it('learns a linearly separable toy set', () => {
    const { X, y } = toySet(400, 1);
    const m = trainLogistic(X, y, { l2: 0.01 });
    const wrong = X.filter((x, i) => (predictProba(m, x) >= 0.5 ? 1 : 0) !== y[i]).length;
    expect(wrong).toBe(0);
    expect(m.coefficients[0]).toBeGreaterThan(0);
    expect(m.coefficients[1]).toBeGreaterThan(0);
    expect(m.coefficients[2]).toBe(0); // constant feature: standardised to 0, penalised to 0
    // held-out points from the same rule
    const test = toySet(200, 2);
    const testWrong = test.X.filter((x, i) => (predictProba(m, x) >= 0.5 ? 1 : 0) !== test.y[i]).length;
    expect(testWrong).toBeLessThanOrEqual(2);
  });
  it('is deterministic: the same data gives the same bits', () => {
    const { X, y } = toySet(300, 3);
    const a = trainLogistic(X, y, { l2: 1 });
    const b = trainLogistic(X, y, { l2: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
  it('shrinks coefficients as the penalty grows', () => {
    const { X, y } = toySet(300, 4);
    const small = trainLogistic(X, y, { l2: 0.1 });
    const big = trainLogistic(X, y, { l2: 100 });
    expect(Math.abs(big.coefficients[0]!)).toBeLessThan(Math.abs(small.coefficients[0]!));
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
    const cv = crossValidate(rows, { folds: 5, l2: 1 });
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
    // the threshold keeps every fold's content loss within 0.5%
    for (const f of cv.folds) expect(f.contentLoss).toBeLessThanOrEqual(0.005);
  });
});

describe('threshold', () => {
  it('is the lowest grid value at which every fold loses at most the allowed share of content', () => {
    const folds = [
      { probs: [0.1, 0.2, 0.9, 0.95], rows: [{ y: 0 }, { y: 0 }, { y: 0 }, { y: 1 }] },
      { probs: [0.3, 0.4], rows: [{ y: 0 }, { y: 1 }] },
    ] as const;
    const f = folds.map((x) => ({ probs: [...x.probs], rows: [...x.rows] }));
    expect(chooseThreshold(f, 0)).toBe(0.901);
    expect(chooseThreshold(f, 0.34)).toBe(0.301); // fold 2 may not lose its single content block
    expect(chooseThreshold([{ probs: [0.9999], rows: [{ y: 0 }] }], 0)).toBe(1);
  });
  it('measures precision, recall and content loss', () => {
    const rows = [{ y: 1, tokens: 5 }, { y: 1, tokens: 5 }, { y: 0, tokens: 10 }, { y: 0, tokens: 30 }] as const;
    const m = metricsAt([0.9, 0.2, 0.8, 0.1], [...rows], 0.5);
    expect(m).toEqual({ precision: 0.5, recall: 0.5, contentLoss: 0.5, contentTokenLoss: 0.25 });
  });
});

describe('weights file', () => {
  it('is deterministic, dated nowhere, and shaped as model.ts reads it', () => {
    const rows = groupedRows(6);
    const make = () => {
      const cv = crossValidate(rows, { folds: 5, l2: 1 });
      const m = trainLogistic(rows.map((r) => r.x), rows.map((r) => r.y), { l2: 1 });
      return weightsFile(['signal', 'noise'], m, cv.threshold, cv, {
        pages: 40, domains: 40, rows: rows.length, contentRows: 1, notContentRows: 1, skippedAmbiguous: 0, skippedStructural: 0, l2: 1, maxContentLoss: 0.005,
      });
    };
    const a = make();
    expect(make()).toBe(a);
    expect(a.startsWith('// generated by npm run train — do not edit\n')).toBe(true);
    expect(a).not.toMatch(/20\d\d-\d\d-\d\d/);
    expect(a).toMatch(/export const MODEL = \{\n {2}features: \[\n {4}'signal',\n {4}'noise',\n {2}\] as string\[\],/);
    const coef = /coefficients: \[\n\s+([^\n]+),\n/.exec(a)![1]!.split(', ').map(Number);
    expect(coef).toHaveLength(2);
    for (const c of coef) expect(Number(c.toFixed(4))).toBe(c);
    expect(coef[0]!).toBeGreaterThan(Math.abs(coef[1]!));
    expect(a).toMatch(/threshold: 0\.\d+,\n/);
  });
});
