// Gradient-boosted decision trees for "not content", deterministic: logistic loss,
// Newton leaf values, splits chosen on a fixed grid of cut points per feature
// (histograms), no sampling, ties broken by feature order. Cut points and leaf
// values are rounded as they are made, so the model written to weights.ts predicts
// exactly what training and validation saw. Same data in, same bits out.
import type { TreeEnsemble } from '../classifier/model.ts';

export interface BoostOptions {
  /** number of trees */
  trees?: number;
  /** levels of splits per tree (1 = stumps) */
  depth?: number;
  /** shrinkage applied to every leaf value */
  learningRate?: number;
  /** L2 penalty on leaf values (in hessian units) */
  l2?: number;
  /** a split must leave at least this much hessian on each side */
  minChildWeight?: number;
  /** at most this many cut points per feature (quantiles of its values) */
  maxCuts?: number;
}

export const BOOST_DEFAULTS: Required<BoostOptions> = { trees: 100, depth: 4, learningRate: 0.25, l2: 1, minChildWeight: 5, maxCuts: 32 };

/** 4 significant digits, no negative zero: how cut points and leaves are written. */
export const round4 = (x: number): number => {
  const v = Number(x.toPrecision(4));
  return Object.is(v, -0) ? 0 : v;
};

/**
 * Candidate cut points of one feature: midpoints between distinct values, thinned to
 * at most maxCuts by quantile, rounded. A row goes left when its value is < cut.
 */
export function cutPoints(values: readonly number[], maxCuts: number): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length < 2) return [];
  let mids: number[] = [];
  for (let i = 1; i < distinct.length; i++) mids.push((distinct[i - 1]! + distinct[i]!) / 2);
  if (mids.length > maxCuts) {
    const sorted = [...values].sort((a, b) => a - b);
    const picked: number[] = [];
    for (let q = 1; q <= maxCuts; q++) {
      const v = sorted[Math.min(sorted.length - 1, Math.floor((q * sorted.length) / (maxCuts + 1)))]!;
      // the midpoint just above the quantile value
      const at = distinct.indexOf(v);
      if (at >= 0 && at < mids.length) picked.push(mids[at]!);
    }
    mids = picked;
  }
  return [...new Set(mids.map(round4))].sort((a, b) => a - b);
}

/** The bin of each value: how many cuts are <= it (so value < cuts[b] for its bin b). */
function binOf(value: number, cuts: readonly number[]): number {
  let lo = 0, hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value < cuts[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Fits the ensemble. Each tree is complete to `depth`, stored flat:
 * [feature, cut] for each of the 2^depth − 1 inner nodes (breadth first; feature −1 =
 * no split, everything goes left), then the 2^depth leaf values.
 */
export function trainTrees(X: readonly (readonly number[])[], y: readonly (0 | 1)[], opts: BoostOptions = {}): Omit<TreeEnsemble, 'features' | 'threshold'> {
  const o = { ...BOOST_DEFAULTS, ...opts };
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const cuts: number[][] = [];
  const bins: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const col = X.map((r) => r[j]!);
    const c = cutPoints(col, Math.min(o.maxCuts, 255));
    cuts.push(c);
    bins.push(Uint8Array.from(col, (v) => binOf(v, c)));
  }
  const positives = y.reduce<number>((s, v) => s + v, 0);
  const prior = Math.min(Math.max(positives / Math.max(1, n), 1e-6), 1 - 1e-6);
  const base = round4(Math.log(prior / (1 - prior)));
  const score = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const nodeOf = new Int32Array(n);
  const inner = 2 ** o.depth - 1;
  const trees: number[][] = [];

  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(score[i]!);
      grad[i] = p - y[i]!;
      hess[i] = Math.max(p * (1 - p), 1e-12);
    }
    nodeOf.fill(0);
    const tree = new Array<number>(2 * inner + 2 ** o.depth).fill(0);
    for (let level = 0; level < o.depth; level++) {
      const first = 2 ** level - 1;
      const width = 2 ** level;
      // per node of this level: the best split over all features
      const best = Array.from({ length: width }, () => ({ gain: 0, feature: -1, cut: 0, bin: 0 }));
      const G = new Float64Array(width), H = new Float64Array(width);
      for (let i = 0; i < n; i++) {
        const k = nodeOf[i]! - first;
        G[k]! += grad[i]!;
        H[k]! += hess[i]!;
      }
      for (let j = 0; j < d; j++) {
        const nb = cuts[j]!.length + 1;
        if (nb < 2) continue;
        const hg = new Float64Array(width * nb), hh = new Float64Array(width * nb);
        const bj = bins[j]!;
        for (let i = 0; i < n; i++) {
          const at = (nodeOf[i]! - first) * nb + bj[i]!;
          hg[at]! += grad[i]!;
          hh[at]! += hess[i]!;
        }
        for (let k = 0; k < width; k++) {
          const parent = (G[k]! * G[k]!) / (H[k]! + o.l2);
          let gl = 0, hl = 0;
          for (let b = 0; b < nb - 1; b++) {
            gl += hg[k * nb + b]!;
            hl += hh[k * nb + b]!;
            const gr = G[k]! - gl, hr = H[k]! - hl;
            if (hl < o.minChildWeight || hr < o.minChildWeight) continue;
            const gain = (gl * gl) / (hl + o.l2) + (gr * gr) / (hr + o.l2) - parent;
            if (gain > best[k]!.gain + 1e-9) best[k] = { gain, feature: j, cut: cuts[j]![b]!, bin: b + 1 };
          }
        }
      }
      for (let k = 0; k < width; k++) {
        tree[2 * (first + k)] = best[k]!.feature;
        tree[2 * (first + k) + 1] = best[k]!.feature >= 0 ? best[k]!.cut : 0;
      }
      for (let i = 0; i < n; i++) {
        const node = nodeOf[i]!;
        const b = best[node - first]!;
        nodeOf[i] = 2 * node + (b.feature >= 0 && bins[b.feature]![i]! >= b.bin ? 2 : 1);
      }
    }
    const leafG = new Float64Array(2 ** o.depth), leafH = new Float64Array(2 ** o.depth);
    for (let i = 0; i < n; i++) {
      const leaf = nodeOf[i]! - inner;
      leafG[leaf]! += grad[i]!;
      leafH[leaf]! += hess[i]!;
    }
    for (let leaf = 0; leaf < leafG.length; leaf++) {
      tree[2 * inner + leaf] = round4((-o.learningRate * leafG[leaf]!) / (leafH[leaf]! + o.l2));
    }
    for (let i = 0; i < n; i++) score[i]! += tree[2 * inner + nodeOf[i]! - inner]!;
    trees.push(tree);
  }
  return { kind: 'trees', depth: o.depth, base, trees };
}
