// A Document to an article of classified paragraphs. The same code runs in the
// browser (content script) and in jsdom (CLI, eval). The input document is never
// changed: Readability mutates what it parses, so it gets a clone.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { classifyParagraphs } from '../classifier/index.ts';
import { computeTextStats } from '../classifier/text-stats.ts';
import type { ArticleMeta, ClassifiedParagraph, ExtractResult } from '../shared/types.ts';
import { splitIntoBlocks } from './blocks.ts';
import { resolveLazyImages } from './lazy-images.ts';
import { cloneDocument, countElements, countTextChars, defuseClobbering, protoCall, protoGet } from './safe-dom.ts';
import { wholePageParagraphs } from './whole-page.ts';
import type { ExtractOptions, ExtractedParagraphs } from './types.ts';

export type { ExtractOptions, ExtractedBlock, ExtractedParagraphs } from './types.ts';

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
/**
 * A page has an article when its kept text has one paragraph of real prose (25+
 * words, mostly not links), or enough shorter prose paragraphs (10+ words) to
 * add up to MIN_PROSE_CHARS. Search results, sign-in forms and link lists don't.
 */
const LONG_PARAGRAPH_WORDS = 25;
const PROSE_WORDS = 10;
const MIN_PROSE_CHARS = 500;

export class TooLargeError extends Error {}

const now = () => (globalThis.performance ?? Date).now();
const n = (x: number) => x.toLocaleString('en');

/**
 * The last quarter of the budget is kept for the classifier, which runs in one go and
 * cannot stop halfway (on a page at the text limit it takes about a fifth of the budget).
 */
const CLASSIFIER_SHARE = 0.25;

/** A function that throws TooLargeError once options.budgetMs, less the classifier's share, has passed since start. */
function budgetCheck(options: ExtractOptions, start: number): () => void {
  const budget = options.budgetMs ?? Infinity;
  if (budget === Infinity) return () => {};
  const until = budget * (1 - CLASSIFIER_SHARE);
  return () => {
    if (now() - start > until) throw new TooLargeError(`Reading it would take longer than ${budget / 1000} s, the most one click may take.`);
  };
}

/** The limits that apply before any work: throws TooLargeError. */
function checkSize(doc: Document, options: ExtractOptions): void {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elementCount = countElements(doc);
  if (elementCount > maxElements) {
    throw new TooLargeError(`The page has ${n(elementCount)} elements; the limit is ${n(maxElements)}.`);
  }
  const maxText = options.maxTextChars ?? Infinity;
  const textChars = maxText === Infinity ? 0 : countTextChars(doc);
  if (textChars > maxText) {
    throw new TooLargeError(`The page has ${n(textChars)} characters of text; the limit is ${n(maxText)}.`);
  }
}

function checkBlocks(count: number, options: ExtractOptions): void {
  const max = options.maxBlocks ?? Infinity;
  if (count > max) throw new TooLargeError(`The page has ${n(count)} paragraphs; the limit is ${n(max)}.`);
}

/**
 * Readability on a clone of doc, split into blocks. Null when Readability finds no article.
 * Throws TooLargeError past the size limits or the time budget of options.
 */
export function extractParagraphs(doc: Document, options: ExtractOptions = {}, start = now()): ExtractedParagraphs | null {
  checkSize(doc, options);
  const check = budgetCheck(options, start);
  // Read through prototypes, and the clone's clobbering names taken off (safe-dom.ts).
  const clone = cloneDocument(doc);
  defuseClobbering(clone);
  resolveLazyImages(clone);
  // Asked before Readability changes the clone: does the page look like an article at all?
  const probablyReaderable = isProbablyReaderable(clone);
  check();
  const parsed = new Readability<Node>(clone, {
    keepClasses: true, // class tokens are classifier signals
    serializer: (node) => node, // walk the article DOM directly instead of re-parsing HTML
  }).parse();
  check();
  if (!parsed || !parsed.content || !isElement(parsed.content)) return null;

  const root = protoGet<Element | null>(doc, 'documentElement');
  const meta: ArticleMeta = {
    title: (parsed.title ?? protoGet<string>(doc, 'title') ?? '').trim(),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang) ?? clean(root ? protoCall<string | null>(root, 'getAttribute', 'lang') : null),
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    publishedTime: clean(parsed.publishedTime),
    excerpt: clean(parsed.excerpt),
    url: options.url ?? protoGet<string>(doc, 'URL'),
  };
  const blocks = splitIntoBlocks(parsed.content, (count) => {
    check();
    checkBlocks(count, options);
  });
  checkBlocks(blocks.length, options);
  return { meta, blocks, readabilityText: parsed.textContent ?? '', probablyReaderable };
}

/** The blocks with the classifier's verdicts. */
function classify({ meta, blocks }: ExtractedParagraphs): ClassifiedParagraph[] {
  const verdicts = classifyParagraphs(blocks, { lang: meta.lang, title: meta.title });
  return blocks.map((b, i): ClassifiedParagraph => ({
    tag: b.tag,
    text: b.text,
    html: b.html,
    ...verdicts[i]!,
    ...(b.tag === 'li' && b.dom && b.dom.listIndex >= 0 ? { list: { index: b.dom.listIndex, ordered: b.dom.ordered === true } } : {}),
  }));
}

export function failed(error: unknown, ms: number): ExtractResult {
  const failure = error instanceof TooLargeError ? 'too-large' : 'error';
  return { ok: false, failure, message: error instanceof Error ? error.message : String(error), ms };
}

/**
 * The classifier on what extractParagraphs found, and the no-article decision.
 * Exported so the Node tools, which also need readabilityText, run Readability once.
 */
export function articleFromParagraphs(extracted: ExtractedParagraphs, ms: () => number): ExtractResult {
  const paragraphs = classify(extracted);
  // Thin text alone is not enough to refuse a page that looks like an article:
  // short articles exist. Both together (search results, sign-in forms) are.
  if (!hasArticleText(paragraphs) && !extracted.probablyReaderable) {
    return { ok: false, failure: 'no-article', message: 'This page has no article text to show.', ms: ms() };
  }
  return { ok: true, article: { ...extracted.meta, paragraphs }, ms: ms() };
}

/** extractParagraphs, then the classifier. Never throws: failures are results. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const start = now();
  const ms = () => Math.round((now() - start) * 100) / 100;
  try {
    const extracted = extractParagraphs(doc, options, start);
    if (!extracted) return { ok: false, failure: 'no-article', message: 'No article was found on this page.', ms: ms() };
    budgetCheck(options, start)();
    return articleFromParagraphs(extracted, ms);
  } catch (error) {
    return failed(error, ms());
  }
}

/**
 * "Show anyway": the whole page's text as paragraphs, classified, when there is no
 * article (whole-page.ts). Same limits as extractArticle; no check that it reads like
 * an article. 'no-article' only when the page has no text at all. Never throws.
 */
export function extractWholePage(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const start = now();
  const ms = () => Math.round((now() - start) * 100) / 100;
  try {
    checkSize(doc, options);
    const check = budgetCheck(options, start);
    const extracted = wholePageParagraphs(doc, options.url, (count) => {
      check();
      checkBlocks(count, options);
    });
    if (!extracted) return { ok: false, failure: 'no-article', message: 'This page has no text to show.', ms: ms() };
    checkBlocks(extracted.blocks.length, options);
    check();
    return { ok: true, article: { ...extracted.meta, paragraphs: classify(extracted) }, ms: ms() };
  } catch (error) {
    return failed(error, ms());
  }
}

function hasArticleText(paragraphs: ClassifiedParagraph[]): boolean {
  let proseChars = 0;
  for (const p of paragraphs) {
    if (p.label !== 'content') continue;
    const stats = computeTextStats(p.text, p.html);
    if (stats.linkDensity > 0.5) continue;
    if (stats.words >= LONG_PARAGRAPH_WORDS) return true;
    if (stats.words >= PROSE_WORDS) proseChars += stats.chars;
  }
  return proseChars >= MIN_PROSE_CHARS;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
