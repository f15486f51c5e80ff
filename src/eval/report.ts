// Per-page scoring and group summaries for npm run eval. Pure: no file or process work.
import { alignBlocks } from './align.ts';
import {
  pageScore, quantile, snippetResult, summarizeShingles,
  type PageScore, type ShingleSummary, type SnippetResult,
} from './metrics.ts';

export interface RemovedParagraph {
  text: string;
  tag: string;
  label: string;
  reason: string;
  score: number;
}

/** What one page run gave: Readability's text and the cleaner's, from the same parse. */
export interface PageRun {
  /** the pool got a result (no crash, no timeout) */
  ran: boolean;
  error: string | null;
  /** Readability's article.textContent ('' when it found nothing) */
  readabilityText: string;
  /**
   * every block of Readability's article, whatever its label, joined by blank lines:
   * the cleaner with nothing removed. null when the blocks are not known (extractArticle failed).
   */
  blocksText: string | null;
  /** the cleaner's content paragraphs joined by blank lines; null when extractArticle failed */
  cleanerText: string | null;
  cleanerFailure: string | null;
  removed: RemovedParagraph[];
  paragraphs: number;
  /** wall time of the page in the pool (read, parse, extract, classify) */
  ms: number;
  /** extractArticle's own time */
  extractMs: number | null;
}

/** One side's shingle scores on one page (precision null when it has no text). */
export interface PageSideScore {
  failed: boolean;
  precision: number | null;
  recall: number | null;
}

export interface SideScore extends PageSideScore {
  snippets: SnippetResult;
}

/** What every page report holds, whatever the corpus: times, failures, the three sides' scores, removals. */
export interface PageRunReport {
  ms: number;
  extractMs: number | null;
  error: string | null;
  cleanerFailure: string | null;
  /** Readability's textContent */
  readability: PageSideScore;
  /** Readability's blocks joined by blank lines */
  blocks: PageSideScore;
  /** the cleaner's content paragraphs */
  cleaner: PageSideScore;
  paragraphs: number;
  removed: RemovedParagraph[];
}

export interface WcxbPageReport extends PageRunReport {
  id: string;
  domain: string;
  pageType: string;
  /** page type from metadata.json, or from the ground truth for pages it does not list */
  pageTypeSource: 'metadata' | 'ground-truth';
  url: string;
  /** `with` snippets in Readability's blocks that the cleaner loses */
  lostWith: string[];
  /** `with` snippets missing from Readability's output already */
  readabilityMissingWith: string[];
  /** `without` snippets still in the cleaner's output */
  keptWithout: string[];
  /**
   * The classifier's ceiling on this page: Readability's blocks less every block that
   * align.ts labels not content (what the training labels would remove). No paragraph
   * classifier working on these blocks scores above it; the rest of the gap to the gold
   * is Readability's pick.
   */
  ceiling: { precision: number | null; recall: number | null };
  /** `without` snippets in Readability's blocks that the cleaner removes */
  removedWithout: string[];
}

const TEXT_LIMIT = 300;
export const clip = (s: string, n = TEXT_LIMIT): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function side(text: string | null, failed: boolean, gold: string, withS: readonly string[], withoutS: readonly string[]): SideScore {
  const t = failed || text === null ? '' : text;
  const s: PageScore = pageScore(t, gold);
  return { failed, precision: s.precision, recall: s.recall, snippets: snippetResult(t, withS, withoutS) };
}

export interface WcxbPageInput {
  id: string;
  domain: string;
  pageType: string;
  pageTypeSource: 'metadata' | 'ground-truth';
  url: string;
  gold: { mainContent: string; with: readonly string[]; without: readonly string[] };
}

export interface ScoredWcxbPage {
  report: WcxbPageReport;
  readability: SideScore;
  blocks: SideScore;
  cleaner: SideScore;
}

/** Readability's blocks when known, else (extractArticle failed after Readability) its textContent. */
function blocksOf(run: PageRun): string {
  return run.blocksText ?? run.readabilityText;
}

export function scoreWcxbPage(page: WcxbPageInput, run: PageRun): ScoredWcxbPage {
  const rFailed = !run.ran || run.readabilityText.trim() === '';
  const cFailed = !run.ran || run.cleanerText === null;
  const readability = side(run.readabilityText, rFailed, page.gold.mainContent, page.gold.with, page.gold.without);
  const blocks = side(blocksOf(run), rFailed, page.gold.mainContent, page.gold.with, page.gold.without);
  const cleaner = side(run.cleanerText, cFailed, page.gold.mainContent, page.gold.with, page.gold.without);
  const ceiling = rFailed || run.blocksText === null ? { precision: blocks.precision, recall: blocks.recall } : ceilingScore(run.blocksText, page.gold);
  const cWith = new Set(cleaner.snippets.withFound);
  const cWithout = new Set(cleaner.snippets.withoutFound);
  const report: WcxbPageReport = {
    id: page.id,
    domain: page.domain,
    pageType: page.pageType,
    pageTypeSource: page.pageTypeSource,
    url: page.url,
    ms: run.ms,
    extractMs: run.extractMs,
    error: run.error,
    cleanerFailure: run.cleanerFailure,
    readability: { failed: rFailed, precision: readability.precision, recall: readability.recall },
    blocks: { failed: rFailed, precision: blocks.precision, recall: blocks.recall },
    cleaner: { failed: cFailed, precision: cleaner.precision, recall: cleaner.recall },
    lostWith: blocks.snippets.withFound.filter((s) => !cWith.has(s)),
    readabilityMissingWith: blocks.snippets.withMissing,
    keptWithout: cleaner.snippets.withoutFound,
    ceiling,
    removedWithout: blocks.snippets.withoutFound.filter((s) => !cWithout.has(s)),
    paragraphs: run.paragraphs,
    removed: run.removed.map((r) => ({ ...r, text: clip(r.text) })),
  };
  return { report, readability, blocks, cleaner };
}

/** Readability's blocks (joined by blank lines; a block's own white space is collapsed) less those aligned as not content. */
function ceilingScore(blocksText: string, gold: WcxbPageInput['gold']): { precision: number | null; recall: number | null } {
  const texts = blocksText.split('\n\n');
  const aligned = alignBlocks(texts, gold).blocks;
  const s = pageScore(texts.filter((_, i) => aligned[i]!.label !== 'not-content').join('\n\n'), gold.mainContent);
  return { precision: s.precision, recall: s.recall };
}

export interface Ratio {
  n: number;
  of: number;
  /** percent, null when of = 0 */
  pct: number | null;
}

export const ratio = (n: number, of: number): Ratio => ({ n, of, pct: of === 0 ? null : (100 * n) / of });

export interface SideSummary {
  shingle: ShingleSummary;
  withKept: Ratio;
  withoutRemoved: Ratio;
  failedPages: number;
}

export interface Timing {
  medianMs: number | null;
  p95Ms: number | null;
  medianExtractMs: number | null;
  p95ExtractMs: number | null;
}

export interface WcxbGroupSummary {
  name: string;
  pages: number;
  /** pages whose type metadata.json gives (the others': the ground truth's) */
  pagesTypedByMetadata: number;
  /** Readability's textContent */
  readability: SideSummary;
  /** the blocks the cleaner starts from (Readability's pick, or its second look) joined by blank lines (the cleaner removing nothing) */
  blocks: SideSummary;
  cleaner: SideSummary;
  /** the classifier's ceiling: every page's blocks less those aligned as not content (WcxbPageReport.ceiling) */
  ceiling: ShingleSummary;
  /** of the `without` snippets in Readability's blocks, how many the cleaner removes */
  withoutRemovedOfReadabilityKept: Ratio;
  /** of the `with` snippets in Readability's blocks, how many the cleaner loses */
  withLostOfReadabilityKept: Ratio;
  /** pages where the cleaner lost at least one `with` snippet Readability kept */
  pagesLosingWith: number;
  timing: Timing;
}

function sideSummary(sides: readonly SideScore[]): SideSummary {
  let wf = 0, wt = 0, of = 0, ot = 0, failed = 0;
  for (const s of sides) {
    wf += s.snippets.withFound.length;
    wt += s.snippets.withFound.length + s.snippets.withMissing.length;
    of += s.snippets.withoutFound.length;
    ot += s.snippets.withoutFound.length + s.snippets.withoutAbsent.length;
    if (s.failed) failed++;
  }
  return { shingle: summarizeShingles(sides), withKept: ratio(wf, wt), withoutRemoved: ratio(ot - of, ot), failedPages: failed };
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

export function timing(ms: readonly number[], extractMs: readonly (number | null)[]): Timing {
  const e = extractMs.filter((x): x is number => x !== null);
  return {
    medianMs: finite(quantile(ms, 0.5)),
    p95Ms: finite(quantile(ms, 0.95)),
    medianExtractMs: finite(quantile(e, 0.5)),
    p95ExtractMs: finite(quantile(e, 0.95)),
  };
}

export function summarizeWcxb(name: string, pages: readonly ScoredWcxbPage[]): WcxbGroupSummary {
  let rKeptWithout = 0, removedByCleaner = 0, rKeptWith = 0, lost = 0, pagesLosing = 0;
  for (const p of pages) {
    rKeptWithout += p.blocks.snippets.withoutFound.length;
    removedByCleaner += p.report.removedWithout.length;
    rKeptWith += p.blocks.snippets.withFound.length;
    lost += p.report.lostWith.length;
    if (p.report.lostWith.length > 0) pagesLosing++;
  }
  return {
    name,
    pages: pages.length,
    pagesTypedByMetadata: pages.filter((p) => p.report.pageTypeSource === 'metadata').length,
    readability: sideSummary(pages.map((p) => p.readability)),
    blocks: sideSummary(pages.map((p) => p.blocks)),
    cleaner: sideSummary(pages.map((p) => p.cleaner)),
    ceiling: summarizeShingles(pages.map((p) => p.report.ceiling)),
    withoutRemovedOfReadabilityKept: ratio(removedByCleaner, rKeptWithout),
    withLostOfReadabilityKept: ratio(lost, rKeptWith),
    pagesLosingWith: pagesLosing,
    timing: timing(pages.map((p) => p.report.ms), pages.map((p) => p.report.extractMs)),
  };
}

// ---------------------------------------------------------------- readability-pages

/** Scored against Readability's own expected.html, not human gold: our Readability run should score ~1 (same library, same URL). */
export interface ReadabilityPageReport extends PageRunReport {
  slug: string;
}

export function scoreReadabilityPage(slug: string, expectedText: string, run: PageRun): ReadabilityPageReport {
  const rFailed = !run.ran || run.readabilityText.trim() === '';
  const cFailed = !run.ran || run.cleanerText === null;
  const r = pageScore(rFailed ? '' : run.readabilityText, expectedText);
  const b = pageScore(rFailed ? '' : blocksOf(run), expectedText);
  const c = pageScore(cFailed ? '' : (run.cleanerText ?? ''), expectedText);
  return {
    slug,
    ms: run.ms,
    extractMs: run.extractMs,
    error: run.error,
    cleanerFailure: run.cleanerFailure,
    readability: { failed: rFailed, precision: r.precision, recall: r.recall },
    blocks: { failed: rFailed, precision: b.precision, recall: b.recall },
    cleaner: { failed: cFailed, precision: c.precision, recall: c.recall },
    paragraphs: run.paragraphs,
    removed: run.removed.map((x) => ({ ...x, text: clip(x.text) })),
  };
}

export interface ReadabilitySummary {
  pages: number;
  readabilityAgreement: ShingleSummary;
  blocksAgreement: ShingleSummary;
  cleanerAgreement: ShingleSummary;
  readabilityFailed: number;
  cleanerFailed: number;
  paragraphs: number;
  removedParagraphs: number;
  pagesWithRemovals: number;
  removedByReason: Record<string, number>;
  timing: Timing;
}

export function summarizeReadability(pages: readonly ReadabilityPageReport[]): ReadabilitySummary {
  const byReason: Record<string, number> = {};
  let paragraphs = 0, removed = 0, withRemovals = 0;
  for (const p of pages) {
    paragraphs += p.paragraphs;
    removed += p.removed.length;
    if (p.removed.length > 0) withRemovals++;
    for (const r of p.removed) byReason[r.reason] = (byReason[r.reason] ?? 0) + 1;
  }
  return {
    pages: pages.length,
    readabilityAgreement: summarizeShingles(pages.map((p) => p.readability)),
    blocksAgreement: summarizeShingles(pages.map((p) => p.blocks)),
    cleanerAgreement: summarizeShingles(pages.map((p) => p.cleaner)),
    readabilityFailed: pages.filter((p) => p.readability.failed).length,
    cleanerFailed: pages.filter((p) => p.cleaner.failed).length,
    paragraphs,
    removedParagraphs: removed,
    pagesWithRemovals: withRemovals,
    removedByReason: Object.fromEntries(Object.entries(byReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    timing: timing(pages.map((p) => p.ms), pages.map((p) => p.extractMs)),
  };
}
