// L2-regularised logistic regression, deterministic: standardised features, a zero
// start, Newton's method (IRLS) for a fixed number of iterations (stopping early
// only once a step no longer changes any weight by more than 1e-10), sums always
// taken in the same order. Same data in, same bits out.

export interface Standardizer {
  means: number[];
  /** standard deviations; 1 for a constant feature (so it standardises to 0) */
  scales: number[];
}

export interface LogisticModel extends Standardizer {
  /** on standardised features */
  coefficients: number[];
  bias: number;
}

export interface TrainOptions {
  /** L2 penalty λ on the coefficients (not the bias), as in Σ loss + λ/2 ‖w‖² */
  l2?: number;
  iterations?: number;
  /** per-row weights (default 1) */
  weights?: readonly number[];
}

export function fitStandardizer(X: readonly (readonly number[])[]): Standardizer {
  const d = X[0]?.length ?? 0;
  const n = X.length;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(1);
  if (n === 0) return { means, scales };
  for (const row of X) for (let j = 0; j < d; j++) means[j]! += row[j]!;
  for (let j = 0; j < d; j++) means[j]! /= n;
  const vars = new Array<number>(d).fill(0);
  for (const row of X) for (let j = 0; j < d; j++) vars[j]! += (row[j]! - means[j]!) ** 2;
  for (let j = 0; j < d; j++) {
    const sd = Math.sqrt(vars[j]! / n);
    scales[j] = sd > 1e-12 ? sd : 1;
  }
  return { means, scales };
}

export function standardize(row: readonly number[], s: Standardizer): number[] {
  return row.map((v, j) => (v - s.means[j]!) / s.scales[j]!);
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** P(y = 1) for one raw (unstandardised) feature row. */
export function predictProba(model: LogisticModel, row: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.coefficients.length; j++) {
    z += model.coefficients[j]! * ((row[j]! - model.means[j]!) / model.scales[j]!);
  }
  return sigmoid(z);
}

/** Solves A x = b (A symmetric positive definite, d×d) by Gaussian elimination with partial pivoting. */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (p !== c) [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    if (Math.abs(piv) < 1e-300) throw new Error('singular system');
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

/** Fits P(y=1|x). y holds 0/1. */
export function trainLogistic(X: readonly (readonly number[])[], y: readonly number[], opts: TrainOptions = {}): LogisticModel {
  if (X.length !== y.length) throw new Error('X and y differ in length');
  const l2 = opts.l2 ?? 1;
  const iterations = opts.iterations ?? 50;
  const std = fitStandardizer(X);
  const Z = X.map((r) => standardize(r, std));
  const n = Z.length;
  const d = std.means.length;
  const w = opts.weights ?? null;
  // parameters: theta[0] = bias, theta[1..d] = coefficients
  const theta = new Array<number>(d + 1).fill(0);
  const xi = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const H: number[][] = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const zi = Z[i]!;
      xi[0] = 1;
      for (let j = 0; j < d; j++) xi[j + 1] = zi[j]!;
      let z = 0;
      for (let j = 0; j <= d; j++) z += theta[j]! * xi[j]!;
      const p = sigmoid(z);
      const wi = w ? w[i]! : 1;
      const g = wi * (p - y[i]!);
      const h = wi * Math.max(p * (1 - p), 1e-12);
      for (let j = 0; j <= d; j++) {
        grad[j]! += g * xi[j]!;
        const hx = h * xi[j]!;
        const Hj = H[j]!;
        for (let k = j; k <= d; k++) Hj[k]! += hx * xi[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) H[j]![k] = H[k]![j]!;
    for (let j = 1; j <= d; j++) {
      grad[j]! += l2 * theta[j]!;
      H[j]![j]! += l2;
    }
    H[0]![0]! += 1e-9; // keeps the bias row solvable when one class is absent
    const step = solve(H, grad);
    let maxStep = 0;
    for (let j = 0; j <= d; j++) {
      theta[j]! -= step[j]!;
      maxStep = Math.max(maxStep, Math.abs(step[j]!));
    }
    if (maxStep < 1e-10) break;
  }
  return { means: std.means, scales: std.scales, coefficients: theta.slice(1), bias: theta[0]! };
}

// ---------------------------------------------------------------- grouped folds

/**
 * Assigns whole groups (domains) to k folds, balancing the number of rows:
 * groups by size descending (name ascending on ties) each go to the fold with the
 * fewest rows so far (lowest index on ties). Deterministic; no group in two folds.
 * Returns the fold index of each group.
 */
export function groupFolds(groupSizes: ReadonlyMap<string, number>, k: number): Map<string, number> {
  const groups = [...groupSizes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const load = new Array<number>(k).fill(0);
  const out = new Map<string, number>();
  for (const [g, size] of groups) {
    let best = 0;
    for (let f = 1; f < k; f++) if (load[f]! < load[best]!) best = f;
    out.set(g, best);
    load[best]! += size;
  }
  return out;
}
