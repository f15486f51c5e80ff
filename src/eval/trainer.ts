// Training the not-content model: grouped cross-validation, the threshold choice,
// the final fit and the generated weights file. Pure and deterministic: rows in,
// numbers and text out (train.ts does the files).
//
// Positive class (y = 1) is "not article content". A block is predicted
// not-content when P >= threshold. The threshold is the lowest on a 0.001 grid
// (0.010 … 0.999) at which EVERY validation fold loses at most maxContentLoss
// (0.5%) of its content blocks on an average site (each domain's share of content
// blocks lost, averaged over the fold's domains): removing real content is far worse
// than keeping a promo. Averaged by site because a pooled count let one listing page
// (105 "Honoree" lines on one domain) set the threshold for every site. When no grid
// value qualifies the threshold is 1 (the model removes nothing on its own).
import { notContentProbability, type TreeEnsemble } from '../classifier/model.ts';
import { trainTrees, type BoostOptions } from './boost.ts';

export interface TrainingRow {
  /** the grouping key: no group is ever in both training and validation (the domain) */
  group: string;
  x: number[];
  /** 1 = not content, 0 = content */
  y: 0 | 1;
  /** tokens of the block, for the token-weighted content loss */
  tokens: number;
}

export interface CvOptions extends BoostOptions {
  folds?: number;
  maxContentLoss?: number;
}

export interface FoldMetrics {
  /** not-content precision and recall at the threshold */
  precision: number | null;
  recall: number | null;
  /** share of content blocks predicted not-content on an average site (what the threshold holds) */
  siteContentLoss: number;
  /** share of all content blocks predicted not-content */
  contentLoss: number;
  /** share of content tokens in blocks predicted not-content */
  contentTokenLoss: number;
}

export interface FoldResult extends FoldMetrics {
  fold: number;
  groups: number;
  rows: number;
  contentRows: number;
  notContentRows: number;
}

export interface CvResult {
  threshold: number;
  folds: FoldResult[];
  mean: FoldMetrics;
  foldOfGroup: Map<string, number>;
  /** out-of-fold probability of every row, in row order */
  oof: number[];
}

export const THRESHOLD_GRID: number[] = Array.from({ length: 990 }, (_, i) => (i + 10) / 1000);

export function metricsAt(probs: readonly number[], rows: readonly Pick<TrainingRow, 'y' | 'tokens' | 'group'>[], t: number): FoldMetrics {
  let tp = 0, fp = 0, fn = 0, contentRows = 0, lostRows = 0, contentTokens = 0, lostTokens = 0;
  const bySite = new Map<string, [number, number]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const pred = probs[i]! >= t;
    if (r.y === 1) {
      if (pred) tp++;
      else fn++;
    } else {
      contentRows++;
      contentTokens += r.tokens;
      const site = bySite.get(r.group) ?? [0, 0];
      site[0]++;
      if (pred) {
        fp++;
        lostRows++;
        lostTokens += r.tokens;
        site[1]++;
      }
      bySite.set(r.group, site);
    }
  }
  return {
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    siteContentLoss: meanOf([...bySite.values()].map(([n, lost]) => lost / n)) ?? 0,
    contentLoss: contentRows === 0 ? 0 : lostRows / contentRows,
    contentTokenLoss: contentTokens === 0 ? 0 : lostTokens / contentTokens,
  };
}

/** The lowest grid threshold at which each fold's site-averaged content loss is <= maxLoss; 1 when none. */
export function chooseThreshold(
  folds: readonly { probs: readonly number[]; rows: readonly Pick<TrainingRow, 'y' | 'group'>[] }[],
  maxLoss: number,
  grid: readonly number[] = THRESHOLD_GRID,
): number {
  // per fold and site: content probabilities sorted descending; a site's loss(t) = #(p >= t) / n
  const sites = folds.map((f) => {
    const bySite = new Map<string, number[]>();
    f.rows.forEach((r, i) => {
      if (r.y === 0) bySite.set(r.group, [...(bySite.get(r.group) ?? []), f.probs[i]!]);
    });
    return [...bySite.values()].map((c) => c.sort((a, b) => b - a));
  });
  for (const t of grid) {
    const ok = sites.every((fold) => {
      const losses = fold.map((c) => {
        let lost = 0;
        while (lost < c.length && c[lost]! >= t) lost++;
        return lost / c.length;
      });
      return (meanOf(losses) ?? 0) <= maxLoss;
    });
    if (ok) return t;
  }
  return 1;
}

function meanOf(xs: readonly (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
}

export function crossValidate(rows: readonly TrainingRow[], opts: CvOptions = {}): CvResult {
  const k = opts.folds ?? 5;
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
  const foldOfGroup = groupFolds(sizes, k);
  const oof = new Array<number>(rows.length).fill(NaN);
  const perFold: { idx: number[]; probs: number[]; rows: TrainingRow[] }[] = [];
  for (let f = 0; f < k; f++) {
    const trainIdx: number[] = [], valIdx: number[] = [];
    rows.forEach((r, i) => (foldOfGroup.get(r.group) === f ? valIdx : trainIdx).push(i));
    const model = fitModel(trainIdx.map((i) => rows[i]!), opts, []);
    const probs = valIdx.map((i) => notContentProbability(rows[i]!.x, model));
    valIdx.forEach((i, j) => (oof[i] = probs[j]!));
    perFold.push({ idx: valIdx, probs, rows: valIdx.map((i) => rows[i]!) });
  }
  const threshold = chooseThreshold(perFold, opts.maxContentLoss ?? 0.005);
  const folds: FoldResult[] = perFold.map((pf, f) => ({
    fold: f + 1,
    groups: [...foldOfGroup.values()].filter((x) => x === f).length,
    rows: pf.rows.length,
    contentRows: pf.rows.filter((r) => r.y === 0).length,
    notContentRows: pf.rows.filter((r) => r.y === 1).length,
    ...metricsAt(pf.probs, pf.rows, threshold),
  }));
  const mean: FoldMetrics = {
    precision: meanOf(folds.map((f) => f.precision)),
    recall: meanOf(folds.map((f) => f.recall)),
    siteContentLoss: meanOf(folds.map((f) => f.siteContentLoss)) ?? 0,
    contentLoss: meanOf(folds.map((f) => f.contentLoss)) ?? 0,
    contentTokenLoss: meanOf(folds.map((f) => f.contentTokenLoss)) ?? 0,
  };
  return { threshold, folds, mean, foldOfGroup, oof };
}

/** The ensemble fitted to rows, with the given threshold (the trees do not depend on it). */
export function fitModel(rows: readonly TrainingRow[], opts: BoostOptions, features: readonly string[], threshold = 1): TreeEnsemble {
  const fitted = trainTrees(rows.map((r) => r.x), rows.map((r) => r.y), opts);
  return { ...fitted, features, threshold };
}

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

// ---------------------------------------------------------------- the weights file

export interface WeightsInfo {
  pages: number;
  domains: number;
  rows: number;
  contentRows: number;
  notContentRows: number;
  skippedAmbiguous: number;
  /** figure and caption blocks, which the classifier labels without the model */
  skippedStructural: number;
  boost: Required<BoostOptions>;
  maxContentLoss: number;
}

const pc = (x: number | null, digits = 1): string => (x === null ? '–' : `${(100 * x).toFixed(digits)}%`);

/** How many inner nodes split on each feature: a rough view of what the trees use. */
export function splitCounts(model: Pick<TreeEnsemble, 'depth' | 'trees'>, features: number): number[] {
  const counts = new Array<number>(features).fill(0);
  const inner = 2 ** model.depth - 1;
  for (const t of model.trees) for (let k = 0; k < inner; k++) if (t[2 * k]! >= 0) counts[t[2 * k]!]!++;
  return counts;
}

/** The validation table, one line per fold and the mean; train.ts prints it, weights.ts keeps it. */
export function foldTable(cv: Pick<CvResult, 'folds' | 'mean'>): string[] {
  const row = (name: string, rows: string, notContent: string, m: FoldMetrics) =>
    `  ${name.padStart(4)}  ${rows.padStart(6)}  ${notContent.padStart(11)}  ${pc(m.precision).padStart(9)}  ${pc(m.recall).padStart(6)}  ${pc(m.siteContentLoss, 2)} / ${pc(m.contentLoss, 2)} / ${pc(m.contentTokenLoss, 2)}`;
  return [
    '  fold  blocks  not-content  precision  recall  content lost (site mean / blocks / tokens)',
    ...cv.folds.map((f) => row(String(f.fold), String(f.rows), String(f.notContentRows), f)),
    row('mean', '', '', cv.mean),
  ];
}

/** src/classifier/weights.ts: deterministic text (no date), the shape model.ts reads. */
export function weightsFile(model: TreeEnsemble, cv: CvResult, info: WeightsInfo): string {
  const names = model.features;
  const w = Math.max(...names.map((n) => n.length));
  const b = info.boost;
  const lines: string[] = [];
  lines.push('// generated by npm run train — do not edit');
  lines.push('//');
  lines.push('// Gradient-boosted trees: the log-odds that a block is not article content, from the');
  lines.push('// feature rows of src/classifier/features.ts (model.ts reads this shape). Trained by');
  lines.push('// src/eval/train.ts on wcxb-dev blocks labelled by aligning Readability\'s output');
  lines.push('// with the human gold (src/eval/align.ts). Left out: ambiguous blocks, and figure and');
  lines.push('// caption blocks, which the classifier labels without the model (src/eval/rows.ts).');
  lines.push(`// Data: ${info.rows} blocks (${info.contentRows} content, ${info.notContentRows} not content;`);
  lines.push(`// ${info.skippedAmbiguous} ambiguous and ${info.skippedStructural} figure/caption blocks left out)`);
  lines.push(`// from ${info.pages} pages of ${info.domains} domains.`);
  lines.push(`// ${b.trees} trees of depth ${b.depth}, learning rate ${b.learningRate}, L2 ${b.l2}, min child weight ${b.minChildWeight}, <= ${b.maxCuts} cuts per feature.`);
  lines.push('//');
  lines.push(`// Validation: ${cv.folds.length} folds grouped by domain (no domain in both training and validation).`);
  lines.push(`// Threshold ${model.threshold.toFixed(3)}: the lowest at which every fold loses <= ${pc(info.maxContentLoss)} of its content blocks on an average site.`);
  for (const line of foldTable(cv)) lines.push(`//${line}`);
  lines.push('//');
  lines.push(`//   ${'feature'.padEnd(w)}  splits`);
  const counts = splitCounts(model, names.length);
  names.forEach((n, i) => lines.push(`//   ${String(i).padStart(2)} ${n.padEnd(w)}  ${counts[i]}`));
  lines.push("import type { TreeEnsemble } from './model.ts';");
  lines.push('');
  lines.push('export const MODEL: TreeEnsemble = {');
  lines.push("  kind: 'trees',");
  lines.push('  features: [');
  for (const n of names) lines.push(`    ${JSON.stringify(n).replace(/^"|"$/g, "'")},`);
  lines.push('  ],');
  lines.push(`  depth: ${model.depth},`);
  lines.push(`  base: ${model.base},`);
  lines.push(`  threshold: ${model.threshold},`);
  lines.push('  // per tree: [feature, cut] of each inner node breadth first, then the leaf values');
  lines.push('  trees: [');
  for (const t of model.trees) lines.push(`    [${t.join(', ')}],`);
  lines.push('  ],');
  lines.push('};');
  return `${lines.join('\n')}\n`;
}
