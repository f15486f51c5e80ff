// @vitest-environment jsdom
// A streaming React page saved without its scripts run (src/extract/streamed-segments.ts):
// the article waits in a hidden <div id="S:n"> for a script that never moves it.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractParagraphs } from '../../../src/extract/index.ts';
import { completeStreamedSegments, isStreamedSegment } from '../../../src/extract/streamed-segments.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} explains, in plain and patient sentences, why the harbour board chose to rebuild the old sea wall in stone rather than concrete, and what it will cost the town over twenty years.`;
const ARTICLE = `<article><h1>Harbour wall</h1>${[1, 2, 3, 4, 5].map((n) => `<p>${PROSE(n)}</p>`).join('')}</article>`;
const FOOTER = '<footer><p>Products</p><p>Company</p><p>Subscribe to the Harbour Times newsletter for the news of the coast every morning.</p><p>2026 (c) Harbour Times. All rights reserved.</p></footer>';

const parse = (body: string) => new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Harbour wall</title></head><body>${body}</body></html>`, 'text/html');

function complete(doc: Document): number {
  const segments = [...doc.querySelectorAll('div')].filter((el) => isStreamedSegment(el, 'div'));
  return completeStreamedSegments(doc, segments);
}

describe('completing streamed segments', () => {
  it('puts a segment over its boundary when the saved page lost its comments', () => {
    const doc = parse(`<main><template id="B:0"></template><div class="skeleton"></div></main>${FOOTER}<div hidden id="S:0">${ARTICLE}</div>`);
    expect(complete(doc)).toBe(1);
    const main = doc.querySelector('main')!;
    expect(main.firstElementChild!.tagName).toBe('ARTICLE');
    expect(doc.getElementById('B:0')).toBeNull();
    expect(doc.getElementById('S:0')).toBeNull();
    expect(main.querySelector('.skeleton')).not.toBeNull(); // the fallback's end is not known without its comment
  });

  it('replaces the whole fallback when the comments are there, nested boundaries and all', () => {
    const doc = parse(`<main><!--$?--><template id="B:0"></template><p>Loading…</p><!--$--><p>Inner</p><!--/$--><p>Still loading</p><!--/$--><p>After</p></main><div hidden id="S:0"><p>${PROSE(1)}</p></div>`);
    complete(doc);
    const main = doc.querySelector('main')!;
    expect([...main.querySelectorAll('p')].map((p) => p.textContent)).toEqual([PROSE(1), 'After']);
    expect([...main.childNodes].filter((n) => n.nodeType === 8).map((n) => (n as Comment).data)).toEqual(['$', '/$']);
  });

  it('puts a segment in place of its placeholder, and unhides one that has neither', () => {
    const doc = parse(`<main><p>One</p><template id="P:1"></template><p>Three</p></main><div hidden id="S:1"><p>Two</p></div><div hidden id="S:2"><p>Orphan</p></div>`);
    expect(complete(doc)).toBe(2);
    expect([...doc.querySelectorAll('main p')].map((p) => p.textContent)).toEqual(['One', 'Two', 'Three']);
    expect(doc.getElementById('P:1')).toBeNull();
    expect(doc.getElementById('S:2')!.hasAttribute('hidden')).toBe(false);
  });

  it('ends on hostile pairings: segments inside each other, a segment holding its own boundary', () => {
    const doc = parse('<main><template id="B:0"></template></main><div hidden id="S:0"><p>Zero</p><template id="B:1"></template></div><div hidden id="S:1"><p>One</p><template id="B:2"></template></div><div hidden id="S:2"><p>Two</p><template id="B:2"></template></div>');
    expect(complete(doc)).toBe(3);
    // every text is there once, and nothing is left hidden
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent).sort()).toEqual(['One', 'Two', 'Zero']);
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(0);
  });

  it('takes only a <template> for a placeholder', () => {
    const doc = parse('<main><div id="B:4"><p>The page\'s own box</p></div></main><div hidden id="S:4"><p>Late part</p></div>');
    complete(doc);
    expect(doc.getElementById('B:4')!.textContent).toBe("The page's own box");
    expect(doc.getElementById('S:4')!.hasAttribute('hidden')).toBe(false);
  });

  it('leaves alone what is not a waiting segment', () => {
    const doc = parse('<div id="S:0"><p>shown</p></div><div hidden id="Summary"><p>hidden</p></div><section hidden id="S:3"></section>');
    expect([...doc.querySelectorAll('div, section')].map((el) => isStreamedSegment(el, el.localName))).toEqual([false, false, false]);
  });
});

describe('extraction on a saved streaming page', () => {
  const page = () => parse(`<header><p>Harbour Times</p></header><main><template id="B:0"></template><div class="animate-pulse"></div></main>${FOOTER}<div hidden id="S:0">${ARTICLE}</div>`);

  it('finds the article that waited in the hidden segment, not the footer', () => {
    const result = extractArticle(page());
    expect(result.ok).toBe(true);
    const body = result.ok ? result.article.paragraphs.filter((p) => p.label === 'content').map((p) => p.text) : [];
    expect(body).toContain(PROSE(1));
    expect(body).toContain(PROSE(5));
  });

  it('leaves the live document as it was', () => {
    const doc = page();
    const before = doc.body.innerHTML;
    extractParagraphs(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});
