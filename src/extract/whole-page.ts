// "Show anyway": the whole page's text, when Readability finds no article. The page's
// body (on a clone, as always) is split into blocks like an article and classified by
// extractWholePage, so the reader still drops boilerplate; nothing has to read like prose.
import type { ArticleMeta, ExtractResult } from '../shared/types.ts';
import { classify } from './classify.ts';
import { budgetCheck, checkBlocks, checkSize, elapsedMs, failed, now } from './limits.ts';
import { splitIntoBlocks } from './blocks.ts';
import { cloneDocument, defuseClobbering, protoCall, protoGet } from './safe-dom.ts';
import type { ExtractOptions, ExtractedParagraphs } from './types.ts';

/** What never holds text to read: taken out of the clone before it is split. */
const NOT_TEXT =
  'script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, ' +
  'input, select, textarea, button, [hidden], [aria-hidden="true"]';

/**
 * The body of doc without its non-text elements, as blocks; null when the page has no
 * text at all. Links and images are made absolute against the page's base URL (relative
 * ones would otherwise point into the extension). check is splitIntoBlocks' check.
 */
export function wholePageParagraphs(doc: Document, url?: string, check?: (blocks: number) => void): ExtractedParagraphs | null {
  const clone = cloneDocument(doc);
  defuseClobbering(clone);
  const body = protoGet<HTMLElement | null>(clone, 'body');
  if (!body) return null;
  for (const el of body.querySelectorAll(NOT_TEXT)) el.remove();
  const pageUrl = url ?? protoGet<string>(doc, 'URL');
  const base = protoGet<string>(doc, 'baseURI') || pageUrl;
  for (const el of body.querySelectorAll('a[href], img[src], source[src]')) {
    const attr = el.localName === 'a' ? 'href' : 'src';
    const abs = absolute(el.getAttribute(attr) ?? '', base);
    if (abs) el.setAttribute(attr, abs);
    else el.removeAttribute(attr);
  }
  // srcset candidates would stay relative: the reader makes do with src.
  for (const el of body.querySelectorAll('[srcset]')) el.removeAttribute('srcset');
  check?.(0);
  const blocks = splitIntoBlocks(body, check);
  if (blocks.length === 0) return null;
  const root = protoGet<Element | null>(doc, 'documentElement');
  const meta: ArticleMeta = {
    title: (protoGet<string>(doc, 'title') ?? '').trim(),
    byline: null,
    siteName: null,
    lang: (root && protoCall<string | null>(root, 'getAttribute', 'lang')?.trim()) || null,
    dir: null,
    publishedTime: null,
    excerpt: null,
    url: pageUrl,
  };
  return { meta, blocks, readabilityText: '' };
}

function absolute(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/**
 * "Show anyway": the whole page's text as paragraphs, classified, when there is no
 * article. Same limits as extractArticle; no check that it reads like
 * an article. 'no-article' only when the page has no text at all. Never throws.
 */
export function extractWholePage(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const start = now();
  const ms = elapsedMs(start);
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
