// The limits of one click: size checks before any work, a time budget checked as the
// work goes, and the error they throw. Shared by the article and the "Show anyway" paths
// (index.ts, whole-page.ts) without pulling Readability into the whole-page script.
import type { ExtractResult } from '../shared/types.ts';
import { countElements, textCharsOver } from './safe-dom.ts';
import type { ExtractOptions } from './types.ts';
import { errorMessage } from '../shared/error-message.ts';

/** Above this many elements a page is refused as too large (a 20 MB page has ~300k). */
export const DEFAULT_MAX_ELEMENTS = 150_000;
/**
 * The time budget of a click: the content script holds the tab's main thread for at
 * most about this long (ms), then stops with "too-large". Readability itself cannot be
 * interrupted, so the limits before it keep its share small: CLICK_LIMITS holds them,
 * measured in real Chromium (tests/e2e/huge.chromium.e2e.test.ts, README "Huge pages").
 * The CLI and eval run without them (their pages get a per-page timeout instead).
 */
export const CLICK_BUDGET_MS = 3_000;
export const CLICK_LIMITS = {
  budgetMs: CLICK_BUDGET_MS,
  maxElements: DEFAULT_MAX_ELEMENTS,
  maxTextChars: 1_500_000, // about 250,000 words: longer than any article, a whole novel is twice that
  maxBlocks: 3_000,
} as const satisfies ExtractOptions;
export class TooLargeError extends Error {}

export const now = () => (globalThis.performance ?? Date).now();
/** Milliseconds since start, to two decimals: the ms of an ExtractResult. */
export const elapsedMs = (start: number) => (): number => Math.round((now() - start) * 100) / 100;
const n = (x: number) => x.toLocaleString('en');

/**
 * The last quarter of the budget is kept for the classifier, which runs in one go and
 * cannot stop halfway (on a page at the text limit it takes about a fifth of the budget).
 */
const CLASSIFIER_SHARE = 0.25;

/** A function that throws TooLargeError once options.budgetMs, less the classifier's share, has passed since start. */
export function budgetCheck(options: ExtractOptions, start: number): () => void {
  const budget = options.budgetMs ?? Infinity;
  if (budget === Infinity) return () => {};
  const until = budget * (1 - CLASSIFIER_SHARE);
  return () => {
    if (now() - start > until) throw new TooLargeError(`Reading it would take longer than ${budget / 1000} s, the most one click may take.`);
  };
}

/** The limits that apply before any work: throws TooLargeError. */
export function checkSize(doc: Document, options: ExtractOptions): void {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elementCount = countElements(doc);
  if (elementCount > maxElements) {
    throw new TooLargeError(`The page has ${n(elementCount)} elements; the limit is ${n(maxElements)}.`);
  }
  const maxText = options.maxTextChars ?? Infinity;
  const textChars = maxText === Infinity ? null : textCharsOver(doc, maxText);
  if (textChars !== null) {
    throw new TooLargeError(`The page has ${n(textChars)} characters of text; the limit is ${n(maxText)}.`);
  }
}

export function checkBlocks(count: number, options: ExtractOptions): void {
  const max = options.maxBlocks ?? Infinity;
  if (count > max) throw new TooLargeError(`The page has ${n(count)} paragraphs; the limit is ${n(max)}.`);
}

export function failed(error: unknown, ms: number): ExtractResult {
  const failure = error instanceof TooLargeError ? 'too-large' : 'error';
  return { ok: false, failure, message: errorMessage(error), ms };
}
