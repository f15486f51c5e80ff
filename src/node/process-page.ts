// One saved page, start to finish, as a pool worker runs it: read (gunzip
// .gz), decode, parse, then Readability + classifier ('extract') or
// Readability alone ('paragraphs'). Failures are thrown as PageError with a
// message fit to show the user.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { articleFromParagraphs, extractParagraphs, failed, isChangedBeforeReadability, type ExtractedParagraphs } from '../extract/index.ts';
import type { ExtractResult } from '../shared/types.ts';
import { decodePage, looksBinary } from './decode.ts';
import { loadDocument } from './load-document.ts';
import { errorMessage } from '../shared/error-message.ts';

export type PageMode = 'extract' | 'paragraphs';

export interface ExtractedPage {
  result: ExtractResult;
  /** Readability's own text, the "Readability alone" baseline; '' when it found nothing */
  readabilityText: string;
}

export type PageResult<M extends PageMode> = M extends 'extract' ? ExtractedPage : ExtractedParagraphs | null;

export interface PageRequest<M extends PageMode = PageMode> {
  file: string;
  url: string;
  mode: M;
}

export interface ProcessedPage<M extends PageMode = PageMode> {
  result: PageResult<M>;
  /** parse + extract (+ classify), not reading or decoding the file */
  ms: number;
}

export class PageError extends Error {}

export function processPage<M extends PageMode>(request: PageRequest<M>): ProcessedPage<M> {
  const html = readPage(request.file);
  const start = performance.now();
  const page = loadDocument(html, request.url);
  try {
    const result = request.mode === 'extract'
      ? extractWithBaseline(page.document, request.url)
      : extractParagraphs(page.document, { url: request.url });
    return { result: result as PageResult<M>, ms: roundMs(performance.now() - start) };
  } finally {
    page.close();
  }
}

/** The page's text, or a PageError saying why there is none. */
export function readPage(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new PageError(`cannot read file: ${describeFsError(error)}`);
  }
  if (file.endsWith('.gz')) {
    try {
      bytes = zlib.gunzipSync(bytes);
    } catch (error) {
      throw new PageError(`not a valid gzip file: ${errorMessage(error)}`);
    }
  }
  if (bytes.length === 0) throw new PageError('empty file');
  if (looksBinary(bytes)) throw new PageError('binary file, not an HTML page');
  return decodePage(bytes).text;
}

/**
 * extractArticle's result plus Readability's own text, with Readability run once on
 * most pages. A page the extraction changes before Readability reads it is the
 * exception (streamed React segments put in place, src/extract/streamed-segments.ts;
 * Framer's renderings for other screen sizes and tooltip bubbles left out,
 * responsive-variants.ts, tooltips.ts), which
 * Readability alone does not do: its baseline is measured by a run of its own on the
 * page as saved.
 */
function extractWithBaseline(document: Document, url: string): ExtractedPage {
  const start = performance.now();
  const ms = () => roundMs(performance.now() - start);
  const changed = isChangedBeforeReadability(document);
  const baseline = (text: string) => (changed ? readabilityAlone(document) : text);
  try {
    const extracted = extractParagraphs(document, { url }, start);
    if (!extracted) return { result: { ok: false, failure: 'no-article', message: 'No article was found on this page.', ms: ms() }, readabilityText: baseline('') };
    const result = articleFromParagraphs(extracted, document, ms, { url }, start);
    return { result, readabilityText: baseline(extracted.readabilityText) };
  } catch (error) {
    return { result: failed(error, ms()), readabilityText: baseline('') };
  }
}

/** Readability's text on a plain clone of the page, '' when it finds nothing or throws. */
function readabilityAlone(document: Document): string {
  try {
    return new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && FS_ERRORS[code]) return FS_ERRORS[code];
  return errorMessage(error);
}

function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
