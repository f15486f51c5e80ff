// What a pool worker does with one page, run in-process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, extractParagraphs } from '../../../src/extract/index.ts';
import { loadDocument } from '../../../src/node/load-document.ts';
import { processPage, readPage } from '../../../src/node/process-page.ts';
import type { ExtractResult } from '../../../src/shared/types.ts';
import { FIXTURE_PAGES } from './built.ts';

const PROSE = 'The council voted on Tuesday to rebuild the harbour wall, after two winters of storms left the old one cracked and the quay flooded at every spring tide.';

let dir: string;
const pages: Record<string, string> = {};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-page-'));
  const write = (name: string, html: string) => {
    pages[name] = path.join(dir, name);
    fs.writeFileSync(pages[name], html);
  };
  write('lists.html', `<html lang="en"><title>Harbour wall</title><body><article><h1>Harbour wall</h1>
    <p>${PROSE}</p><p>${PROSE}</p>
    <ol><li>First, the survey of the quay and the old stones.</li><li>Then the tender, due in spring.</li></ol>
    <ul><li>Cost: 12 million</li><li>Length: 400 metres</li></ul>
    <p>${PROSE}</p><p>Sign up for our newsletter to get the top stories every morning.</p></article></body></html>`);
  write('search.html', '<html><title>Search</title><body><form><input name="q"></form><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>');
  write('blank.html', '<html><title>Nothing</title><body></body></html>');
  write('short.html', '<html><title>Brief</title><body><article><p>Closed today.</p><p>Back on Monday.</p></article></body></html>');
  // a streaming React page saved before its scripts ran: the article waits in a hidden segment
  write('streamed.html', `<html lang="en"><title>Harbour wall</title><body><main><template id="B:0"></template><div class="animate-pulse"></div></main>
    <footer><p>Products</p><p>Subscribe to the Harbour Times newsletter for the news of the coast every morning.</p><p>2026 (c) Harbour Times. All rights reserved.</p></footer>
    <div hidden id="S:0"><article><h1>Harbour wall</h1><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></article></div></body></html>`);
  // a Framer page: the article once per screen size, two of them hidden by its style sheet
  const variant = (size: string) => `<div class="ssr-variant hidden-${size}"><article><p>${PROSE} (${size})</p><p>${PROSE}</p><p>${PROSE}</p></article></div>`;
  // a product page of short cards, whose longest prose is its disclaimer box
  const smallPrint = `<p>Fund fees fell again last year, and the savings went to investors, not managers, as the fund grew, year by year, across markets.</p>`.repeat(4);
  const card = (n: number) => `<div class="card"><h3>Why index funds ${n}</h3><span>Low costs, broad markets and fewer taxes for investor number ${n} of many.</span></div>`;
  write('small-print.html', `<html lang="en"><title>Index funds</title><body><main><h1>Index funds</h1>${[1, 2, 3, 4, 5, 6, 7, 8].map(card).join('')}</main><div class="cmp-richtext--disclaimer">${smallPrint}</div></body></html>`);
  // a glossary term whose tooltip bubble sits in the sentence, hidden by a style sheet
  write('tooltip.html', `<html lang="en"><title>Harbour wall</title><body><article><p>${PROSE}</p><p>The wall must stand up to a <dfn>spring tide</dfn><span role="tooltip">The highest tide of the month.</span> every month, and ${PROSE}</p><p>${PROSE}</p></article></body></html>`);
  write('framer.html', `<html lang="en"><title>Harbour wall</title><body><main>${variant('desktop')}${variant('tablet')}${variant('phone')}</main></body></html>`);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function withoutMs(result: ExtractResult): unknown {
  const { ms, ...rest } = result;
  expect(ms).toBeGreaterThanOrEqual(0);
  return rest;
}

describe("processPage in 'extract' mode", () => {
  // processPage repeats extractArticle's steps after extractParagraphs (to keep
  // Readability's text without running it twice): the two must agree.
  it.each([
    ['cp1252-news.html', 'https://gazette.example/cafe'],
    ['utf8-bom-news.html', undefined],
    ['lists.html', 'https://harbour.example/wall'],
    ['small-print.html', undefined],
    ['search.html', undefined],
    ['short.html', undefined],
    ['blank.html', undefined],
  ])('gives the result extractArticle gives for %s', (name, url) => {
    const file = pages[name] ?? path.join(FIXTURE_PAGES, name);
    const pageUrl = url ?? 'http://fakehost/test/page.html';
    const { result } = processPage({ file, url: pageUrl, mode: 'extract' });

    const page = loadDocument(readPage(file), pageUrl);
    try {
      expect(withoutMs(result.result)).toEqual(withoutMs(extractArticle(page.document, { url: pageUrl })));
      expect(result.readabilityText).toBe(extractParagraphs(page.document, { url: pageUrl })?.readabilityText ?? '');
    } finally {
      page.close();
    }
  });

  it("keeps Readability's own text, which has the promos the cleaner removes", () => {
    const { result, ms } = processPage({ file: pages['lists.html']!, url: 'https://harbour.example/wall', mode: 'extract' });
    expect(ms).toBeGreaterThan(0);
    expect(result.result.ok).toBe(true);
    expect(result.readabilityText).toContain('Sign up for our newsletter');
    expect(result.readabilityText).toContain('Then the tender, due in spring.');
  });
});

describe('the baseline on a streaming page', () => {
  it("is Readability alone on the page as saved, while the cleaner reads the article it streamed", () => {
    const { result } = processPage({ file: pages['streamed.html']!, url: 'https://harbour.example/wall', mode: 'extract' });
    expect(result.readabilityText).toContain('All rights reserved');
    expect(result.readabilityText).not.toContain('harbour wall');
    expect(result.result.ok && result.result.article.paragraphs.some((p) => p.text === PROSE)).toBe(true);
  });
});

describe('the baseline on a Framer page', () => {
  it('is Readability alone with every rendering, while the cleaner keeps the first', () => {
    const { result } = processPage({ file: pages['framer.html']!, url: 'https://harbour.example/wall', mode: 'extract' });
    expect(result.readabilityText).toContain('(tablet)');
    const texts = result.result.ok ? result.result.article.paragraphs.map((p) => p.text) : [];
    expect(texts.some((t) => t.includes('(desktop)'))).toBe(true);
    expect(texts.some((t) => t.includes('(tablet)') || t.includes('(phone)'))).toBe(false);
  });
});

describe('the baseline on a page with a tooltip bubble', () => {
  it('is Readability alone with the bubble in the sentence, while the cleaner leaves it out', () => {
    const { result } = processPage({ file: pages['tooltip.html']!, url: 'https://harbour.example/wall', mode: 'extract' });
    expect(result.readabilityText).toContain('The highest tide of the month.');
    const texts = result.result.ok ? result.result.article.paragraphs.map((p) => p.text) : [];
    expect(texts.some((t) => t.startsWith('The wall must stand up to a spring tide every month'))).toBe(true);
    expect(texts.join(' ')).not.toContain('highest tide');
  });
});

describe('the baseline on a page whose pick is its small print', () => {
  it('is Readability alone, the small print, while the cleaner reads the cards', () => {
    const { result } = processPage({ file: pages['small-print.html']!, url: 'https://funds.example/index', mode: 'extract' });
    expect(result.readabilityText).toContain('Fund fees fell again last year');
    expect(result.readabilityText).not.toContain('Why index funds');
    const texts = result.result.ok ? result.result.article.paragraphs.map((p) => p.text) : [];
    expect(texts).toContain('Why index funds 8');
    expect(texts.join(' ')).not.toContain('Fund fees fell');
  });
});

describe("processPage in 'paragraphs' mode", () => {
  it("gives extractParagraphs' blocks, unclassified", () => {
    const file = path.join(FIXTURE_PAGES, 'utf8-bom-news.html');
    const { result } = processPage({ file, url: 'http://fakehost/test/page.html', mode: 'paragraphs' });
    const page = loadDocument(readPage(file));
    expect(result).toEqual(extractParagraphs(page.document));
    page.close();
  });

  it('gives null when Readability finds no article', () => {
    const { result } = processPage({ file: pages['blank.html']!, url: 'http://fakehost/test/page.html', mode: 'paragraphs' });
    expect(result).toBeNull();
  });
});

describe('readPage', () => {
  it('decodes a saved page by its own charset declaration', () => {
    expect(readPage(path.join(FIXTURE_PAGES, 'cp1252-news.html'))).toContain('Café Crème Brûlée');
  });

  it('says why a file cannot be a page', () => {
    fs.mkdirSync(path.join(dir, 'folder.html'));
    expect(() => readPage(path.join(dir, 'folder.html'))).toThrow('cannot read file: is a directory');
    expect(() => readPage(path.join(dir, 'nothing-here.html'))).toThrow('cannot read file: no such file');
  });
});
