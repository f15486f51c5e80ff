// A Document to an article of classified paragraphs. The same code runs in the
// browser (content script) and in jsdom (CLI, eval). The input document is never
// changed: Readability mutates what it parses, so it gets a clone.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { computeTextStats } from '../classifier/text-stats.ts';
import type { ArticleMeta, ClassifiedParagraph, ExtractResult } from '../shared/types.ts';
import { splitIntoBlocks } from './blocks.ts';
import { classify } from './classify.ts';
import { lazyImageResolver } from './lazy-images.ts';
import { budgetCheck, checkBlocks, checkSize, elapsedMs, failed, now, TooLargeError } from './limits.ts';
import { clobberDefuser, cloneDocument, forEachElement, protoCall, protoGet } from './safe-dom.ts';
import { isRepeatedVariant, REPEATED_VARIANT_SELECTOR } from './responsive-variants.ts';
import { completeStreamedSegments, isStreamedSegment, STREAMED_SEGMENT_SELECTOR } from './streamed-segments.ts';
import { isFurnitureContainer, markFurniture, setAsideFurniture } from './furniture-pick.ts';
import { isTooltipBubble, TOOLTIP_SELECTOR } from './tooltips.ts';
import type { ExtractOptions, ExtractedParagraphs } from './types.ts';

export type { ExtractOptions, ExtractedBlock, ExtractedParagraphs } from './types.ts';
// The limits and the Show-anyway path live in their own modules (the whole-page
// content script must not bundle Readability); re-exported for the Node tools and tests.
export { CLICK_BUDGET_MS, CLICK_LIMITS, DEFAULT_MAX_ELEMENTS, TooLargeError, failed } from './limits.ts';
export { extractWholePage } from './whole-page.ts';

/**
 * A page has an article when its kept text has one paragraph of real prose (25+
 * words, mostly not links), or enough shorter prose paragraphs (10+ words) to
 * add up to MIN_PROSE_CHARS. Search results, sign-in forms and link lists don't.
 * A second copy of a paragraph (reason `duplicate`) counts as the page shows it: the
 * reader drops the copy, but the page is no less an article for having one.
 */
const LONG_PARAGRAPH_WORDS = 25;
const PROSE_WORDS = 10;
const MIN_PROSE_CHARS = 500;

/**
 * Readability on a clone of doc, split into blocks. Null when Readability finds no article.
 * Throws TooLargeError past the size limits or the time budget of options.
 */
export function extractParagraphs(doc: Document, options: ExtractOptions = {}, start = now()): ExtractedParagraphs | null {
  checkSize(doc, options);
  return pickPastFurniture(doc, options, start);
}

/**
 * Readability's pick; when that is the page's footer, small print or a pop-up
 * (furniture-pick.ts), its pick from the clone without them, if that finds something
 * else of at least RETRY_MIN_SHARE of the first pick's text: a class word such as
 * "footer-fixed" on a wrapper of the whole page makes the page itself look like
 * furniture, and what is left without it is the header. The first pick's text stays
 * the "Readability alone" baseline.
 */
function pickPastFurniture(doc: Document, options: ExtractOptions, start: number, charThreshold?: number): ExtractedParagraphs | null {
  const first = readabilityPick(doc, options, start, charThreshold);
  if (!first?.furniture) return first && withoutPositions(first);
  let again: Pick | null;
  try {
    again = readabilityPick(doc, options, start, charThreshold, new Set(first.furniture));
  } catch (error) {
    if (error instanceof TooLargeError) return withoutPositions(first);
    throw error;
  }
  if (!again || again.furniture || again.readabilityText.length < RETRY_MIN_SHARE * first.readabilityText.length) return withoutPositions(first);
  return { ...withoutPositions(again), readabilityText: first.readabilityText };
}

const RETRY_MIN_SHARE = 0.25;

/** A pick, and where it sat in the clone when every part of it is furniture (furniture-pick.ts). */
type Pick = ExtractedParagraphs & { furniture: number[] | null };

const withoutPositions = ({ meta, blocks, readabilityText }: Pick): ExtractedParagraphs => ({ meta, blocks, readabilityText });

/**
 * Readability on a prepared clone of doc, split into blocks, less the furniture beside
 * the article, and with where its pick sat when it is all furniture. charThreshold:
 * the second look asks for one it never reaches, on a page whose size was checked
 * already. leaveOut: walk positions of furniture to leave out of the clone
 * (pickPastFurniture).
 */
function readabilityPick(doc: Document, options: ExtractOptions, start: number, charThreshold?: number, leaveOut?: ReadonlySet<number>): Pick | null {
  const check = budgetCheck(options, start);
  // Read through prototypes, and the clone's clobbering names taken off (safe-dom.ts).
  const clone = cloneDocument(doc);
  // The second look (a charThreshold) keeps what Readability's first attempt strips as
  // unlikely, comment threads among it: those are taken off first.
  prepareClone(clone, charThreshold !== undefined, leaveOut);
  check();
  const parsed = new Readability<Node>(clone, {
    keepClasses: true, // class tokens are classifier signals
    serializer: (node) => node, // walk the article DOM directly instead of re-parsing HTML
    ...(charThreshold === undefined ? {} : { charThreshold }),
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
  // Readability's own text, the baseline, before any furniture beside the article goes.
  const readabilityText = parsed.textContent ?? '';
  const furniture = setAsideFurniture(parsed.content);
  const blocks = splitIntoBlocks(parsed.content, (count) => {
    check();
    checkBlocks(count, options);
  });
  checkBlocks(blocks.length, options);
  return { meta, blocks, readabilityText, furniture };
}

/**
 * A blog's comment thread as WordPress themes mark it (the list of comments, the area
 * around it and the reply form). Readability's first attempt strips these as unlikely
 * candidates; a later one keeps them, and the comments then read as article text.
 */
const COMMENT_THREAD_IDS = new Set(['comments', 'respond']);
const COMMENT_THREAD_CLASSES = ['comment-list', 'commentlist', 'comments-area', 'comment-respond'];

function isCommentThread(el: Element): boolean {
  const id = protoCall<string | null>(el, 'getAttribute', 'id');
  if (id && COMMENT_THREAD_IDS.has(id.trim().toLowerCase())) return true;
  const tokens = (protoCall<string | null>(el, 'getAttribute', 'class') ?? '').toLowerCase().split(/\s+/);
  return COMMENT_THREAD_CLASSES.some((c) => tokens.includes(c));
}

/**
 * One walk over the clone: the clobbering names off each element, then its lazy image
 * source; <noscript> images are swapped in after the walk, with every name defused,
 * and the parts a streaming React page left hidden for its scripts are put in place
 * (streamed-segments.ts: on a saved page the article is often one of them). A Framer
 * page's renderings of one part for other screen sizes are left out
 * (responsive-variants.ts), and so are tooltip bubbles (tooltips.ts). With
 * dropCommentThreads, comment threads are taken out of the clone too. Footers, small
 * print and pop-ups are marked with their position in the walk, and those at the
 * positions in leaveOut are taken out (furniture-pick.ts).
 */
function prepareClone(clone: Document, dropCommentThreads = false, leaveOut?: ReadonlySet<number>): void {
  const defuser = clobberDefuser(clone);
  const images = lazyImageResolver(clone);
  const leftOut: Element[] = [];
  const segments: Element[] = [];
  let position = -1;
  forEachElement(clone, (el, tag) => {
    position++;
    if ((dropCommentThreads && isCommentThread(el)) || isRepeatedVariant(el, tag) || isTooltipBubble(el)) {
      leftOut.push(el);
      return false;
    }
    // walked into all the same, so that every later position is what it was on the first walk
    if (leaveOut?.has(position)) leftOut.push(el);
    else if (isFurnitureContainer(el, tag)) markFurniture(el, position);
    if (isStreamedSegment(el, tag)) segments.push(el);
    defuser.visit(el, tag);
    images.visit(el, tag);
  });
  images.finish();
  for (const el of leftOut) protoCall(el, 'remove');
  if (segments.length > 0) completeStreamedSegments(clone, segments);
}

/**
 * Does prepareClone change what Readability reads on doc, beyond defusing names and
 * resolving lazy images: streamed segments to put in place, Framer variants or tooltip
 * bubbles to leave out? Then Readability's text from the pick is not what Readability
 * alone gives, and the Node tools measure that baseline on a run of its own
 * (src/node/process-page.ts).
 * Read through the prototype, as everything of the live page.
 */
export function isChangedBeforeReadability(doc: Document): boolean {
  if (protoCall<Element | null>(doc, 'querySelector', `${STREAMED_SEGMENT_SELECTOR}, ${REPEATED_VARIANT_SELECTOR}`) !== null) return true;
  // TOOLTIP_SELECTOR finds every "tooltip" class, a term's too: ask each what prepareClone asks
  const tooltips = protoCall<NodeListOf<Element>>(doc, 'querySelectorAll', TOOLTIP_SELECTOR);
  return Array.prototype.some.call(tooltips, (el: Element) => isTooltipBubble(el));
}

/**
 * Does the page look like an article at all? Asked only when the kept text is thin
 * (articleFromParagraphs), and of the live page: Readability has changed the clone, and
 * isProbablyReaderable only reads. Its one document call goes through the prototype;
 * the p, pre, article and div elements it reads next have no named properties.
 */
function probablyReaderable(doc: Document): boolean {
  const page = { querySelectorAll: (selectors: string) => protoCall<NodeListOf<Element>>(doc, 'querySelectorAll', selectors) };
  return isProbablyReaderable(page as unknown as Document);
}

/**
 * The classifier on what extractParagraphs found from doc, a second look when that is
 * thin, and the no-article decision. Exported so the Node tools, which also need
 * readabilityText (the first pick's, the "Readability alone" baseline), run Readability
 * once on most pages.
 */
export function articleFromParagraphs(extracted: ExtractedParagraphs, doc: Document, ms: () => number, options: ExtractOptions = {}, start = now()): ExtractResult {
  let meta = extracted.meta;
  let paragraphs = classify(extracted);
  const second = secondLook(paragraphs, doc, options, start);
  if (second) ({ meta, paragraphs } = second);
  // Thin text alone is not enough to refuse a page that looks like an article:
  // short articles exist. Both together (search results, sign-in forms) are.
  if (!hasArticleText(paragraphs) && !probablyReaderable(doc)) {
    return { ok: false, failure: 'no-article', message: 'This page has no article text to show.', ms: ms() };
  }
  return { ok: true, article: { ...meta, paragraphs }, ms: ms() };
}

/**
 * The second look. Readability stops at its first attempt whose text reaches 500
 * characters; on some pages that is a box beside the article (an advertiser
 * disclosure, a list of courses, a teaser) and the article comes in a later attempt,
 * which leaves "unlikely" classes in or stops weighing class names. When the first
 * pick keeps under SECOND_LOOK_BELOW_CHARS of content, Readability runs again with a
 * threshold no attempt reaches, so it makes them all and returns the longest; that is
 * taken when it keeps SECOND_LOOK_GAIN times as much content. Measured on wcxb-dev
 * (README, Quality): it changes about one page in fifty.
 *
 * Best effort: it is not tried when its four Readability attempts would not fit in
 * what is left of the click's time budget (each takes about as long as the first
 * look), and past the budget the first pick stands.
 */
const SECOND_LOOK_BELOW_CHARS = 2_000;
const SECOND_LOOK_GAIN = 3;
const NEVER_ENOUGH_CHARS = Number.MAX_SAFE_INTEGER;
/** Readability's attempts when none reaches its threshold */
const READABILITY_ATTEMPTS = 4;

function secondLook(first: ClassifiedParagraph[], doc: Document, options: ExtractOptions, start: number): { meta: ArticleMeta; paragraphs: ClassifiedParagraph[] } | null {
  const firstChars = contentChars(first);
  if (firstChars >= SECOND_LOOK_BELOW_CHARS) return null;
  // A short article is thin everywhere: ask again only when the page's own paragraphs
  // hold more than SECOND_LOOK_GAIN times what was kept. Measured on the corpus, that
  // asks on 1 in 12 wcxb-dev pages and 2 of the 130 readability pages instead of 1 in 4
  // and 52, and every article page the second look improved is still among them.
  if (paragraphChars(doc) <= SECOND_LOOK_GAIN * firstChars) return null;
  const firstMs = now() - start;
  if (firstMs * (1 + READABILITY_ATTEMPTS) > (options.budgetMs ?? Infinity)) return null;
  let again: ExtractedParagraphs | null;
  try {
    again = pickPastFurniture(doc, options, start, NEVER_ENOUGH_CHARS);
  } catch (error) {
    if (error instanceof TooLargeError) return null;
    throw error;
  }
  if (!again) return null;
  const paragraphs = classify(again);
  return contentChars(paragraphs) > SECOND_LOOK_GAIN * firstChars ? { meta: again.meta, paragraphs } : null;
}

/** Paragraphs shorter than this are captions, labels and buttons more often than article text. */
const PARAGRAPH_MIN_CHARS = 80;

/**
 * The characters in the live page's <p> elements of PARAGRAPH_MIN_CHARS or more (read
 * through the prototypes). getElementsByTagName, not querySelectorAll: the same list,
 * six times faster in jsdom (this function over the 130 readability pages: 41 instead
 * of 243 ms in all).
 */
function paragraphChars(doc: Document): number {
  let chars = 0;
  const paragraphs = protoCall<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', 'p');
  for (let i = 0, n = protoGet<number>(paragraphs, 'length'); i < n; i++) {
    const p = protoCall<Element | null>(paragraphs, 'item', i);
    const length = (p ? protoGet<string | null>(p, 'textContent') ?? '' : '').trim().length;
    if (length >= PARAGRAPH_MIN_CHARS) chars += length;
  }
  return chars;
}

/** The characters of the paragraphs the reader shows as body text. */
function contentChars(paragraphs: ClassifiedParagraph[]): number {
  let chars = 0;
  for (const p of paragraphs) if (p.label === 'content') chars += p.text.length;
  return chars;
}

/** extractParagraphs, then the classifier. Never throws: failures are results. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const start = now();
  const ms = elapsedMs(start);
  try {
    const extracted = extractParagraphs(doc, options, start);
    if (!extracted) return { ok: false, failure: 'no-article', message: 'No article was found on this page.', ms: ms() };
    budgetCheck(options, start)();
    return articleFromParagraphs(extracted, doc, ms, options, start);
  } catch (error) {
    return failed(error, ms());
  }
}

function hasArticleText(paragraphs: ClassifiedParagraph[]): boolean {
  let proseChars = 0;
  for (const p of paragraphs) {
    if (p.label !== 'content' && p.reason !== 'duplicate') continue;
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
