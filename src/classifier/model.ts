// Applies the trained logistic regression (weights.ts) to feature rows.
import { FEATURE_NAMES } from './features.ts';
import { MODEL } from './weights.ts';

export interface Model {
  features: readonly string[];
  means: readonly number[];
  scales: readonly number[];
  coefficients: readonly number[];
  bias: number;
  threshold: number;
}

/** The model must have been trained on exactly the features computed now. */
export function checkModel(model: Model): void {
  if (model.coefficients.length === 0) return; // untrained: bias only
  const mismatch = model.features.length !== FEATURE_NAMES.length || model.features.some((f, i) => f !== FEATURE_NAMES[i]);
  if (mismatch) throw new Error('weights.ts was trained on other features than features.ts computes: run npm run train');
}

/** The probability that a paragraph is not article content. */
export function notContentProbability(row: readonly number[], model: Model = MODEL): number {
  let z = model.bias;
  for (let i = 0; i < model.coefficients.length; i++) {
    z += model.coefficients[i]! * ((row[i]! - model.means[i]!) / model.scales[i]!);
  }
  return 1 / (1 + Math.exp(-z));
}

export const DEFAULT_MODEL: Model = MODEL;
