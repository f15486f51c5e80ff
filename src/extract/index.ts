// A Document to an article of classified paragraphs. The same code runs in the
// browser (content script) and in jsdom (CLI, eval). The input document is never
// changed: Readability mutates what it parses, so it gets a clone.
import { Readability } from '@mozilla/readability';
import { classifyParagraphs } from '../classifier/index.ts';
import { computeTextStats } from '../classifier/text-stats.ts';
import type { ArticleMeta, ClassifiedParagraph, ExtractResult } from '../shared/types.ts';
import { splitIntoBlocks } from './blocks.ts';
import type { ExtractOptions, ExtractedParagraphs } from './types.ts';

export type { ExtractOptions, ExtractedBlock, ExtractedParagraphs } from './types.ts';

/** Above this many elements a page is refused as too large (a 20 MB page has ~300k). */
export const DEFAULT_MAX_ELEMENTS = 150_000;
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

/** Readability on a clone of doc, split into blocks. Null when Readability finds no article. */
export function extractParagraphs(doc: Document, options: ExtractOptions = {}): ExtractedParagraphs | null {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > maxElements) {
    throw new TooLargeError(`The page has ${elementCount.toLocaleString('en')} elements; the limit is ${maxElements.toLocaleString('en')}.`);
  }
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, {
    keepClasses: true, // class tokens are classifier signals
    serializer: (node) => node, // walk the article DOM directly instead of re-parsing HTML
  }).parse();
  if (!parsed || !parsed.content || !isElement(parsed.content)) return null;

  const meta: ArticleMeta = {
    title: (parsed.title ?? doc.title ?? '').trim(),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    publishedTime: clean(parsed.publishedTime),
    excerpt: clean(parsed.excerpt),
    url: options.url ?? doc.URL,
  };
  return { meta, blocks: splitIntoBlocks(parsed.content), readabilityText: parsed.textContent ?? '' };
}

/** extractParagraphs, then the classifier. Never throws: failures are results. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const start = now();
  const ms = () => Math.round((now() - start) * 100) / 100;
  try {
    const extracted = extractParagraphs(doc, options);
    if (!extracted) return { ok: false, failure: 'no-article', message: 'No article was found on this page.', ms: ms() };
    const { meta, blocks } = extracted;
    const verdicts = classifyParagraphs(blocks, { lang: meta.lang, title: meta.title });
    const paragraphs = blocks.map((b, i) => ({ tag: b.tag, text: b.text, html: b.html, ...verdicts[i]! }));
    if (!hasArticleText(paragraphs)) {
      return { ok: false, failure: 'no-article', message: 'This page has no article text to show.', ms: ms() };
    }
    return { ok: true, article: { ...meta, paragraphs }, ms: ms() };
  } catch (error) {
    const failure = error instanceof TooLargeError ? 'too-large' : 'error';
    return { ok: false, failure, message: error instanceof Error ? error.message : String(error), ms: ms() };
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
