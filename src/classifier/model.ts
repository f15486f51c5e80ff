// Applies the trained model (weights.ts) to feature rows: gradient-boosted trees
// giving the log-odds that a paragraph is not article content.
import { FEATURE_NAMES } from './features.ts';
import { MODEL } from './weights.ts';

/**
 * Boosted trees, each complete to `depth` and stored flat: [feature, cut] for each
 * inner node breadth first (feature −1: no split, go left; a row goes right when
 * its value is >= cut), then the 2^depth leaf values.
 */
export interface TreeEnsemble {
  kind: 'trees';
  features: readonly string[];
  depth: number;
  base: number;
  trees: readonly (readonly number[])[];
  threshold: number;
}

export type Model = TreeEnsemble;

/** The model must have been trained on exactly the features computed now. */
export function checkModel(model: Model): void {
  const mismatch = model.features.length !== FEATURE_NAMES.length || model.features.some((f, i) => f !== FEATURE_NAMES[i]);
  if (mismatch) throw new Error('weights.ts was trained on other features than features.ts computes: run npm run train');
}

/** The probability that a paragraph is not article content. */
export function notContentProbability(row: readonly number[], model: Model = MODEL): number {
  let z = model.base;
  const inner = 2 ** model.depth - 1;
  for (const t of model.trees) {
    let node = 0;
    for (let level = 0; level < model.depth; level++) {
      const f = t[2 * node]!;
      node = 2 * node + (f >= 0 && row[f]! >= t[2 * node + 1]! ? 2 : 1);
    }
    z += t[inner + node]!;
  }
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export const DEFAULT_MODEL: Model = MODEL;
