// The Node half of `npm run bench`: per page, Readability alone against the whole
// Article Cleaner pipeline on the same parsed document, and the classifier alone.
//
// Each page is read and parsed once (jsdom, as the CLI and eval parse it; timed on its
// own, so the parser's share is visible). Then, on that one document:
//   - Readability alone: a clone of the document, then `new Readability(clone).parse()`
//     with its default options (what a plain reader view runs; it serialises the article
//     to HTML);
//   - the pipeline: `extractArticle(document, CLICK_LIMITS)`, the content script's own
//     call (src/content/index.ts): its size checks, its clone, Readability, the block
//     splitter and the classifier (and isProbablyReaderable, asked only when the kept
//     text is thin). Without the click's time budget
//     (jsdom on a busy machine is slower than a browser: a long page would stop at the
//     budget as "too-large" and look fast);
//   - the classifier alone: `classifyParagraphs` on the blocks extractParagraphs found,
//     as extractArticle calls it.
// Both whole sides clone the document each run. Each side runs twice per page, in the
// order A B B A, its faster run counting; which side is A alternates from page to page;
// the first pages run once unmeasured to warm the JIT. With
// --expose-gc (npm run bench passes it) a collection runs before each page's parse, so a
// page does not pay for the one before; not between the timed calls, because a forced
// collection also throws away V8's compiled regular expressions, and the classifier
// would then be timed recompiling its lexicon (about five times slower).
import { Readability } from '@mozilla/readability';
import { classifyParagraphs } from '../classifier/index.ts';
import { CLICK_LIMITS, extractArticle, extractParagraphs } from '../extract/index.ts';
import { loadDocument } from '../node/load-document.ts';
import { readPage } from '../node/process-page.ts';
import { errorMessage } from '../shared/error-message.ts';

export interface BenchPage {
  set: 'readability' | 'wcxb';
  id: string;
  file: string;
  url: string;
}

export interface PageTiming {
  set: BenchPage['set'];
  id: string;
  /** characters of HTML */
  chars: number;
  parseMs: number;
  readabilityMs: number;
  pipelineMs: number;
  /** the pipeline's result: 'ok', or its failure ('no-article', 'too-large', 'error') */
  outcome: string;
  /** blocks the classifier saw; 0 when Readability found no article */
  paragraphs: number;
  /** null when there were no blocks to classify */
  classifierUs: number | null;
  /** the same page through linkedom instead of jsdom, when it is measured */
  linkedom?: LinkedomTiming;
}

export interface LinkedomTiming {
  parseMs: number;
  pipelineMs: number;
  /** the same paragraphs, labels, reasons and scores as the jsdom document gave */
  sameResult: boolean;
  /** why not the same (the first difference) */
  difference?: string;
}

/** A DOM to compare with jsdom: html in, a Document out. */
export type ParseHtml = (html: string, url: string) => Document;

/** The content script's limits, less its time budget (see above). */
const LIMITS = { ...CLICK_LIMITS, budgetMs: Infinity };

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const now = () => performance.now();
const WARM_UP_PAGES = 5;

function timed(fn: () => void): number {
  const t = now();
  fn();
  return now() - t;
}

const readabilityAlone = (doc: Document) => () => {
  new Readability(doc.cloneNode(true) as Document).parse();
};

/** What a result shows the reader: each paragraph's text, label, reason and score; or the failure. */
function resultKey(doc: Document, url: string): string[] {
  const r = extractArticle(doc, { url, ...LIMITS });
  if (!r.ok) return [`failure ${r.failure}`];
  return [r.article.title, ...r.article.paragraphs.map((p) => `${p.label}/${p.reason} ${p.score.toFixed(3)}: ${p.text}`)];
}

function firstDifference(a: string[], b: string[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `#${i}: jsdom ${JSON.stringify(a[i]?.slice(0, 80) ?? null)} / linkedom ${JSON.stringify(b[i]?.slice(0, 80) ?? null)}`;
  }
  return undefined;
}

function timePage(page: BenchPage, html: string, index: number, linkedom: ParseHtml | null): PageTiming {
  let loaded!: ReturnType<typeof loadDocument>;
  gc();
  const parseMs = timed(() => {
    loaded = loadDocument(html, page.url);
  });
  try {
    const doc = loaded.document;
    let outcome = '';
    const pipeline = () => {
      const r = extractArticle(doc, { url: page.url, ...LIMITS });
      outcome = r.ok ? 'ok' : r.failure;
    };
    // Each side runs twice, in the order A B B A, and its faster run counts. The first
    // run on a freshly parsed document is 20–30% slower whichever side makes it (jsdom's
    // first touches, the garbage of the run before), and single runs charged that to
    // one side or the other: the median ratio swung by ±0.1 with the page mix.
    let readabilityMs = Infinity;
    let pipelineMs = Infinity;
    const runReadability = () => { readabilityMs = Math.min(readabilityMs, timed(readabilityAlone(doc))); };
    const runPipeline = () => { pipelineMs = Math.min(pipelineMs, timed(pipeline)); };
    const [a, b] = index % 2 === 0 ? [runReadability, runPipeline] : [runPipeline, runReadability];
    a();
    b();
    b();
    a();
    const extracted = extractParagraphs(doc, { url: page.url });
    const blocks = extracted?.blocks ?? [];
    const classifierUs = extracted && blocks.length > 0
      ? timed(() => classifyParagraphs(blocks, { lang: extracted.meta.lang, title: extracted.meta.title })) * 1000
      : null;
    const timing: PageTiming = {
      set: page.set, id: page.id, chars: html.length, parseMs, readabilityMs, pipelineMs, outcome, paragraphs: blocks.length, classifierUs,
    };
    if (linkedom) timing.linkedom = timeLinkedom(page, html, linkedom, resultKey(doc, page.url));
    return timing;
  } finally {
    loaded.close();
  }
}

function timeLinkedom(page: BenchPage, html: string, parse: ParseHtml, jsdomKey: string[]): LinkedomTiming {
  let doc!: Document;
  const parseMs = timed(() => {
    doc = parse(html, page.url);
  });
  try {
    const pipelineMs = timed(() => extractArticle(doc, { url: page.url, ...LIMITS }));
    const difference = firstDifference(jsdomKey, resultKey(doc, page.url));
    return { parseMs, pipelineMs, sameResult: difference === undefined, ...(difference ? { difference } : {}) };
  } catch (error) {
    return { parseMs, pipelineMs: NaN, sameResult: false, difference: `threw: ${errorMessage(error)}` };
  }
}

/** Times every page; a page that cannot be read or parsed is reported on stderr and skipped. */
export async function timePages(pages: readonly BenchPage[], linkedom: ParseHtml | null, progress: (done: number) => void): Promise<PageTiming[]> {
  const htmlOf = (p: BenchPage) => readPage(p.file);
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    timePage(page, htmlOf(page), 0, linkedom);
    // a jsdom window is freed only after the event loop turns (src/node/load-document.ts)
    await new Promise((r) => setImmediate(r));
  }
  const out: PageTiming[] = [];
  for (const [i, page] of pages.entries()) {
    try {
      out.push(timePage(page, htmlOf(page), i, linkedom));
    } catch (error) {
      process.stderr.write(`bench: ${page.set} ${page.id} skipped: ${errorMessage(error)}\n`);
    }
    progress(i + 1);
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

/** linkedom's DOMParser as a ParseHtml, when the module can be loaded (it is not a dependency). */
export async function loadLinkedom(specifier: string): Promise<ParseHtml | null> {
  try {
    // eslint-disable-next-line no-unsanitized/method -- the --linkedom argument of the person running the bench
    const mod = (await import(specifier)) as { DOMParser: new () => { parseFromString(html: string, type: string): Document } };
    return (html) => new mod.DOMParser().parseFromString(html, 'text/html');
  } catch {
    return null;
  }
}
