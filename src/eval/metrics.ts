// The evaluation metrics of ../shared/corpus/README.md ("Metrics in use"), exactly.
//
// Tokens: runs of Unicode letters, digits and `_` — Python's `\w+` on str. Python's
// `\w` is `ch == '_' or ch.isalnum()`, and `isalnum()` is isalpha() (categories
// Lu Ll Lt Lm Lo = \p{L}) or isdecimal/isdigit/isnumeric (Nd, Nl, No = \p{N}).
// Combining marks (\p{M}) are NOT word characters in Python, so they are not here
// either: "हिन्दी" splits at its vowel signs exactly as Python splits it. Checked
// code point by code point against CPython 3.11: the two agree everywhere except
// characters newer than Python's Unicode tables. Case is kept.
//
// Shingles: 4 consecutive tokens, counted as a multiset. A text with 1–3 tokens
// has one shingle, its whole token run (a decision the README leaves open: such a
// text is still something, and it only matches an equally short text); a text
// with no token has no shingle.
//
// Per page: tp = Σ min(count_out, count_gold), fp = |out| − tp, fn = |gold| − tp,
// each divided by tp+fp+fn so every page weighs the same. Page precision
// tp/(tp+fp) is left out of the mean when tp+fp = 0 (nothing extracted), page
// recall tp/(tp+fn) when tp+fn = 0 (empty gold). F1 = 2PR/(P+R) of the two means.
//
// Snippets: white space runs collapsed to one space (and trimmed) in both text and
// snippet, then an exact, case-sensitive substring test.

export const SHINGLE_SIZE = 4;

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of n-token shingles; keys are the tokens joined by a space (tokens never contain one). */
export function shingles(tokens: readonly string[], size = SHINGLE_SIZE): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (tokens.length < size) {
    out.set(tokens.join(' '), 1);
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shinglesOf(text: string): Map<string, number> {
  return shingles(tokenize(text));
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Raw multiset counts of output shingles against gold shingles. */
export function shingleCounts(output: string | Map<string, number>, gold: string | Map<string, number>): ShingleCounts {
  const o = typeof output === 'string' ? shinglesOf(output) : output;
  const g = typeof gold === 'string' ? shinglesOf(gold) : gold;
  let tp = 0;
  const [small, big] = o.size <= g.size ? [o, g] : [g, o];
  for (const [k, v] of small) {
    const w = big.get(k);
    if (w !== undefined) tp += Math.min(v, w);
  }
  return { tp, fp: total(o) - tp, fn: total(g) - tp };
}

export interface PageScore extends ShingleCounts {
  /** tp/(tp+fp); null when tp+fp = 0 */
  precision: number | null;
  /** tp/(tp+fn); null when tp+fn = 0 */
  recall: number | null;
}

/** One page: counts normalised by their sum, and the page's precision and recall. */
export function pageScore(output: string | Map<string, number>, gold: string | Map<string, number>): PageScore {
  const c = shingleCounts(output, gold);
  const sum = c.tp + c.fp + c.fn;
  const tp = sum === 0 ? 0 : c.tp / sum;
  const fp = sum === 0 ? 0 : c.fp / sum;
  const fn = sum === 0 ? 0 : c.fn / sum;
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
  };
}

export interface ShingleSummary {
  precision: number;
  recall: number;
  f1: number;
  /** pages that entered the precision mean / the recall mean */
  precisionPages: number;
  recallPages: number;
}

export function summarizeShingles(pages: readonly Pick<PageScore, 'precision' | 'recall'>[]): ShingleSummary {
  let ps = 0, pn = 0, rs = 0, rn = 0;
  for (const p of pages) {
    if (p.precision !== null) { ps += p.precision; pn++; }
    if (p.recall !== null) { rs += p.recall; rn++; }
  }
  const precision = pn === 0 ? 0 : ps / pn;
  const recall = rn === 0 ? 0 : rs / rn;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, precisionPages: pn, recallPages: rn };
}

export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export interface SnippetResult {
  /** `with` snippets found (true positives) */
  withFound: string[];
  /** `with` snippets missing (false negatives) */
  withMissing: string[];
  /** `without` snippets found (false positives) */
  withoutFound: string[];
  /** `without` snippets absent (true negatives) */
  withoutAbsent: string[];
}

export function snippetResult(output: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetResult {
  const text = collapseWhitespace(output);
  const has = (s: string): boolean => text.includes(collapseWhitespace(s));
  const r: SnippetResult = { withFound: [], withMissing: [], withoutFound: [], withoutAbsent: [] };
  for (const s of withSnippets) (has(s) ? r.withFound : r.withMissing).push(s);
  for (const s of withoutSnippets) (has(s) ? r.withoutFound : r.withoutAbsent).push(s);
  return r;
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export function snippetCounts(results: readonly SnippetResult[]): SnippetCounts {
  const c: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const r of results) {
    c.tp += r.withFound.length;
    c.fn += r.withMissing.length;
    c.fp += r.withoutFound.length;
    c.tn += r.withoutAbsent.length;
  }
  return c;
}

/** Value at quantile q (0..1) by the nearest-rank method; NaN for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}
