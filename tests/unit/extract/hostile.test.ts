// @vitest-environment jsdom
// Hostile and huge pages in extract: DOM clobbering, the click's limits and time budget,
// and "Show anyway" (extractWholePage).
import { describe, expect, it } from 'vitest';
import { CLICK_BUDGET_MS, CLICK_LIMITS, extractArticle, extractWholePage } from '../../../src/extract/index.ts';
import { cloneDocument, countTextChars, defuseClobbering, textCharsOver } from '../../../src/extract/safe-dom.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} of the report explains, in plain and patient sentences, what the council decided on Tuesday and why residents of the old harbour district are worried about the cost of the new sea wall.`;
const ARTICLE = `<article><h1>Harbour wall approved</h1>${[1, 2, 3, 4, 5].map((i) => `<p>${PROSE(i)}</p>`).join('')}</article>`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Harbour wall approved</title></head><body>${html}</body></html>`, 'text/html');
}

describe('DOM clobbering', () => {
  it('takes off the clone exactly the names that shadow document or form properties', () => {
    const doc = parse(`${ARTICLE}
      <img name="cloneNode" id="lead"><img name="body"><img name="harbour-photo" id="photo"><img name="x" id="title">
      <form name="querySelector"></form><form id="f"><input name="getAttribute"><input name="tagName" id="q"><input name="email" id="submit"><input name="city" id="town"></form>
      <object id="documentElement"></object><embed name="URL"><iframe name="wide"></iframe>
      <h1 id="title">A heading with an ordinary id</h1><div id="body" class="story">ids on divs name nothing</div>`);
    const clone = cloneDocument(doc);
    expect(defuseClobbering(clone)).toBe(9);
    const attrs = (sel: string) => [...clone.querySelectorAll(sel)].map((e) => `${e.getAttribute('id') ?? ''}/${e.getAttribute('name') ?? ''}`);
    expect(attrs('img')).toEqual(['lead/', '/', 'photo/harbour-photo', '/x']);
    expect(attrs('form')).toEqual(['/', 'f/']);
    expect(attrs('input')).toEqual(['/', 'q/', '/email', 'town/city']);
    expect(attrs('object, embed, iframe')).toEqual(['/', '/', '/wide']);
    expect(attrs('h1#title, div#body')).toEqual(['title/', 'body/']);
    // the page itself keeps every attribute
    expect(doc.querySelectorAll('[name="cloneNode"], [name="getAttribute"]').length).toBe(2);
  });

  it('walks past a form whose own properties are its inputs, and still reaches what follows it', () => {
    const doc = parse(`<form id="f"><input name="lastElementChild"><input name="hasAttribute"><img name="cloneNode"></form><img name="body">`);
    const clone = cloneDocument(doc);
    // In a browser these inputs would be the form's own properties (jsdom has no named properties).
    const form = clone.querySelector('form')!;
    const input = clone.querySelector('input')!;
    for (const name of ['lastElementChild', 'previousElementSibling', 'localName', 'hasAttribute', 'getAttribute', 'removeAttribute']) {
      Object.defineProperty(form, name, { value: input, configurable: true });
    }
    // lastElementChild and hasAttribute from the inputs, cloneNode and body from the images
    expect(defuseClobbering(clone)).toBe(4);
    expect(clone.querySelectorAll('[name]').length).toBe(0);
  });

  it('asks isProbablyReaderable of the live page through the prototype when the kept text is thin', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/story/${i}">Harbour wall story number ${i} of the series</a>`).join(' · ');
    const doc = parse(`<article><h1>Harbour wall: the series</h1><p>${links}</p><p>${links}</p></article>`);
    const img = doc.createElement('img');
    Object.defineProperty(doc, 'querySelectorAll', { value: img, configurable: true });
    // link lines are not article text, but the page reads like one: shown, not refused
    const result = extractArticle(doc, { url: 'https://news.example/harbour-series' });
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
  });

  it('reads the live document through its prototypes: clobbered methods and properties do not matter', () => {
    const doc = parse(ARTICLE);
    const before = doc.documentElement.outerHTML;
    // What named properties do in a browser (jsdom has none): own properties that shadow the prototype's.
    const img = doc.createElement('img');
    for (const name of ['cloneNode', 'getElementsByTagName', 'documentElement', 'body', 'title', 'URL', 'baseURI', 'querySelectorAll', 'createElement']) {
      Object.defineProperty(doc, name, { value: img, configurable: true });
    }
    const result = extractArticle(doc, { url: 'https://news.example/harbour', ...CLICK_LIMITS });
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Harbour wall approved');
    expect(result.article.lang).toBe('en');
    expect(result.article.paragraphs.map((p) => p.text).join(' ')).toContain(PROSE(5));
    const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!.get!.call(doc) as Element;
    expect(root.outerHTML, 'the page changed').toBe(before);
  });
});

describe('the limits of a click (CLICK_LIMITS)', () => {
  it('states a 3 s budget', () => {
    expect(CLICK_BUDGET_MS).toBe(3_000);
    expect(CLICK_LIMITS.budgetMs).toBe(CLICK_BUDGET_MS);
  });

  it('refuses a page with more text than maxTextChars before Readability runs, not counting scripts and styles', () => {
    const doc = parse(`${ARTICLE}<script>${'x'.repeat(5_000)}</script><style>${'y'.repeat(5_000)}</style>`);
    expect(countTextChars(doc)).toBeLessThan(2_000);
    expect(extractArticle(doc, { maxTextChars: 2_000 }).ok).toBe(true);
    const result = extractArticle(doc, { maxTextChars: 500 });
    expect(result).toMatchObject({ ok: false, failure: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/characters of text; the limit is 500/);
  });

  it('counts the text of the page exactly: a style inside a noscript is not taken off twice', () => {
    const doc = parse(`<p>Twelve chars</p><noscript><style>${'y'.repeat(300)}</style></noscript><template><p>${'z'.repeat(50)}</p></template><p>and ten more</p>`);
    expect(countTextChars(doc)).toBe('Twelve chars'.length + 'and ten more'.length);
  });

  it('says a page is over the text limit only when its text without scripts is, with the exact count', () => {
    const doc = parse(`<p>${'a'.repeat(100)}</p><script>${'x'.repeat(1_000)}</script>`);
    expect(textCharsOver(doc, 1_200)).toBeNull(); // under even with the script
    expect(textCharsOver(doc, 500)).toBeNull(); // over only with the script
    expect(textCharsOver(doc, 99)).toBe(100);
  });

  it('refuses an article of more blocks than maxBlocks, from inside the split', () => {
    const doc = parse(`<article><h1>Long</h1>${Array.from({ length: 300 }, (_, i) => `<p>${PROSE(i)}</p>`).join('')}</article>`);
    const result = extractArticle(doc, { maxBlocks: 120 });
    expect(result).toMatchObject({ ok: false, failure: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/paragraphs; the limit is 120/);
    expect(extractArticle(doc, { maxBlocks: 400 }).ok).toBe(true);
  });

  it('stops with too-large once the time budget is spent', () => {
    const doc = parse(`<article><h1>Long</h1>${Array.from({ length: 300 }, (_, i) => `<p>${PROSE(i)}</p>`).join('')}</article>`);
    const result = extractArticle(doc, { budgetMs: 0 });
    expect(result).toMatchObject({ ok: false, failure: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/would take longer than 0 s/);
    expect(extractWholePage(doc, { budgetMs: 0 })).toMatchObject({ ok: false, failure: 'too-large' });
  });
});

describe('extractWholePage ("Show anyway")', () => {
  // the base element stands for the page's address (a DOMParser document has the test runner's)
  const SEARCH = `<base href="https://news.example/search"><header><nav><a href="/">Home</a></nav></header><main><h1>Search results</h1>
    <form action="/search"><input name="q" value="harbour"><button>Search</button></form>
    <ol><li><a href="/a">Harbour wall approved</a><p>The council voted on Tuesday.</p></li>
    <li><a href="b">Ferry terminal to move</a><p>Plans were shown to residents.</p></li></ol>
    <script>window.tracking = 1</script><style>.x{color:red}</style><noscript>Enable scripts</noscript>
    <div hidden>Secret hidden text</div><svg><text>chart label</text></svg><img src="/img/map.png" alt="Map"></main>`;

  it('gives the page text when extractArticle finds no article', () => {
    const doc = parse(SEARCH);
    expect(extractArticle(doc)).toMatchObject({ ok: false, failure: 'no-article' });
    const result = extractWholePage(doc, { url: 'https://news.example/search?q=harbour' });
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (!result.ok) return;
    const text = result.article.paragraphs.map((p) => p.text).join(' | ');
    for (const t of ['Search results', 'Harbour wall approved', 'The council voted on Tuesday.', 'Ferry terminal to move', 'Plans were shown to residents.']) expect(text).toContain(t);
    for (const t of ['window.tracking', 'color:red', 'Enable scripts', 'Secret hidden text', 'chart label']) expect(text).not.toContain(t);
    expect(result.article.title).toBe('Harbour wall approved');
    expect(result.article.url).toBe('https://news.example/search?q=harbour');
    const html = result.article.paragraphs.map((p) => p.html).join('');
    expect(html).toContain('href="https://news.example/a"');
    expect(html).toContain('href="https://news.example/b"');
    expect(html).toContain('src="https://news.example/img/map.png"');
    expect(result.article.paragraphs.every((p) => typeof p.label === 'string' && typeof p.reason === 'string')).toBe(true);
  });

  it('leaves the page as it was', () => {
    const doc = parse(SEARCH);
    const before = doc.documentElement.outerHTML;
    extractWholePage(doc, { url: 'https://news.example/' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says no-article for a page without any text', () => {
    expect(extractWholePage(parse(''), { url: 'https://news.example/' })).toMatchObject({ ok: false, failure: 'no-article', message: 'This page has no text to show.' });
    expect(extractWholePage(parse('<script>var a = 1</script><div hidden>x</div>'), { url: 'https://news.example/' })).toMatchObject({ ok: false, failure: 'no-article' });
  });
});
