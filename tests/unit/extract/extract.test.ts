// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle, extractParagraphs } from '../../../src/extract/index.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} of the report explains, in plain and patient sentences, what the council decided on Tuesday and why residents of the old harbour district are worried about the cost of the new sea wall.`;

function page(body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Harbour wall approved</title></head><body>
     <nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer>Site footer</footer></body></html>`,
    'text/html',
  );
}

const ARTICLE = `<article>
  <h1>Harbour wall approved</h1>
  <p>${PROSE(1)}</p>
  <h2>What happens next</h2>
  <p>${PROSE(2)}</p>
  <ul><li>First, the <a href="/survey">survey</a> of the quay.</li><li>Then the tender, due in spring.</li></ul>
  <figure><img src="/img/wall.jpg" alt="The wall"><figcaption>The planned wall. Photo: Jan Smit</figcaption></figure>
  <blockquote><p>We cannot wait another winter, said the mayor.</p></blockquote>
  <p>${PROSE(3)}</p>
  <pre>cost = 12.4e6</pre>
  <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>4.1m</td></tr></table>
  <p>${PROSE(4)}</p>
</article>`;

describe('extractParagraphs', () => {
  it('splits the article into paragraph blocks with their tags', () => {
    const result = extractParagraphs(page(ARTICLE), { url: 'https://news.example/harbour' });
    expect(result).not.toBeNull();
    const tags = result!.blocks.map((b) => b.tag);
    expect(tags).toEqual(['p', 'h2', 'p', 'li', 'li', 'figure', 'blockquote', 'p', 'pre', 'table', 'p']);
    const figure = result!.blocks.find((b) => b.tag === 'figure')!;
    expect(figure.text).toBe('The planned wall. Photo: Jan Smit');
    expect(figure.html).toContain('<img');
    const item = result!.blocks.find((b) => b.tag === 'li')!;
    expect(item.html).toContain('<a href=');
    expect(item.dom?.listIndex).toBe(0);
    expect(result!.meta.title).toBe('Harbour wall approved');
    expect(result!.meta.lang).toBe('en');
  });

  it('reads a table wrapped in a figure (WordPress table block) as a table, its caption apart', () => {
    const html = ARTICLE.replace('<pre>', '<figure class="wp-block-table"><table><tr><th>Quay</th><th>Length</th></tr><tr><td>North</td><td>240 m</td></tr></table><figcaption>Quays to be rebuilt</figcaption></figure><pre>');
    const blocks = extractParagraphs(page(html), { url: 'https://news.example/harbour' })!.blocks;
    const at = blocks.findIndex((b) => b.text.startsWith('Quay Length'));
    expect(blocks[at]?.tag).toBe('table');
    expect(blocks[at]?.text).toBe('Quay Length North 240 m');
    expect(blocks[at + 1]).toMatchObject({ tag: 'figcaption', text: 'Quays to be rebuilt' });
  });

  it('reads a quotation or a code listing in a figure as a quote or code, its caption apart', () => {
    const quote = '<figure class="quote"><div class="avatar"><img src="/img/mayor.jpg" alt=""></div><blockquote><p>We cannot wait another winter.</p></blockquote><figcaption>Anna Berg, mayor</figcaption></figure>';
    const listing = '<figure><pre>wall.height = 4.2</pre><figcaption>Listing 1: the design height</figcaption></figure>';
    const blocks = extractParagraphs(page(ARTICLE.replace('<pre>', `${quote}${listing}<pre>`)), { url: 'https://news.example/harbour' })!.blocks;
    const at = blocks.findIndex((b) => b.text === 'We cannot wait another winter.');
    expect(blocks.slice(at, at + 4).map((b) => [b.tag, b.text])).toEqual([
      ['blockquote', 'We cannot wait another winter.'],
      ['figcaption', 'Anna Berg, mayor'],
      ['pre', 'wall.height = 4.2'],
      ['figcaption', 'Listing 1: the design height'],
    ]);
    const result = extractArticle(page(ARTICLE.replace('<pre>', `${quote}${listing}<pre>`)), { url: 'https://news.example/harbour' });
    const labelOf = (text: string) => (result.ok ? result.article.paragraphs.find((p) => p.text === text)?.reason : null);
    expect(labelOf('We cannot wait another winter.')).toBe('quote');
    expect(labelOf('wall.height = 4.2')).toBe('code');
    expect(labelOf('Anna Berg, mayor')).toBe('figure-caption');
  });

  it('keeps a pull quote, which repeats a line of the article, one figure', () => {
    const pull = '<figure class="wp-block-pullquote"><blockquote><p>Another winter is too long.</p><cite>The mayor</cite></blockquote></figure>';
    const blocks = extractParagraphs(page(ARTICLE.replace('<pre>', `${pull}<pre>`)), { url: 'https://news.example/harbour' })!.blocks;
    expect(blocks.filter((b) => b.html.includes('Another winter')).map((b) => b.tag)).toEqual(['figure']);
  });

  it('keeps a table in a figure whole even with paragraphs in its cells; a bare table with them is layout', () => {
    const cells = '<tr><td><p>Certification</p></td><td><p>Cost</p></td></tr><tr><td><p>CAPM</p></td><td><p>$225 to $300</p></td></tr>';
    const inFigure = ARTICLE.replace('<pre>', `<figure class="wp-block-table"><table class="has-fixed-layout">${cells}</table></figure><pre>`);
    const blocks = extractParagraphs(page(inFigure), { url: 'https://news.example/harbour' })!.blocks;
    const table = blocks.find((b) => b.text.startsWith('Certification'));
    expect(table).toMatchObject({ tag: 'table', text: 'Certification Cost CAPM $225 to $300' });
    expect(blocks.some((b) => b.text === 'CAPM')).toBe(false);
    // the same table outside a figure lays out paragraphs: read through, cell by cell
    const bare = ARTICLE.replace('<pre>', `<table>${cells}</table><pre>`);
    const bareBlocks = extractParagraphs(page(bare), { url: 'https://news.example/harbour' })!.blocks;
    expect(bareBlocks.filter((b) => ['Certification', 'Cost', 'CAPM', '$225 to $300'].includes(b.text)).map((b) => b.tag)).toEqual(['p', 'p', 'p', 'p']);
  });

  it('keeps words apart across line breaks and table cells', () => {
    const html = ARTICLE.replace('<pre>', '<p>Harbour office<br>Quay Road 4</p><pre>');
    const blocks = extractParagraphs(page(html), { url: 'https://news.example/harbour' })!.blocks;
    expect(blocks.map((b) => b.text)).toContain('Harbour office Quay Road 4');
    expect(blocks.find((b) => b.tag === 'table')?.text).toBe('Year Cost 2025 4.1m');
  });

  it('makes relative links absolute against the page URL', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><base href="https://news.example/2025/"></head><body>${ARTICLE}</body></html>`,
      'text/html',
    );
    const result = extractParagraphs(doc)!;
    const item = result.blocks.find((b) => b.tag === 'li')!;
    expect(item.html).toContain('href="https://news.example/survey"');
  });

  it('never changes the document it reads', () => {
    const doc = page(ARTICLE);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle', () => {
  it('returns the classified article', () => {
    const result = extractArticle(page(ARTICLE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.paragraphs.length).toBe(11);
    expect(result.article.paragraphs.filter((p) => p.label === 'content').length).toBeGreaterThanOrEqual(9);
    expect(result.article.paragraphs.every((p) => typeof p.reason === 'string')).toBe(true);
  });

  it('says so when a page has no article', () => {
    const result = extractArticle(page('<div><a href="/a">A</a> <a href="/b">B</a></div>'));
    expect(result).toMatchObject({ ok: false, failure: 'no-article' });
  });

  it('counts a second copy of a paragraph when it asks whether the page has an article', () => {
    // a studio's case studies, each rendered for large screens and again for phones: the
    // lines once make under 500 characters of prose, twice over it
    const lines = [
      'Raising attendance and awareness of a space museum in a small Kansas town.',
      'Bringing a clinic\'s leaders into the work as we evolved its brand for patients.',
      'Branding a local beer brewed to raise money for the town museum every year.',
      'Bringing back a classic bourbon label that is now on top shelves across Kentucky.',
    ];
    const section = (variant: string, line: string) => `<section class="slide ${variant}"><p>${line}</p></section>`;
    const result = extractArticle(page(`<main>${lines.map((l) => section('desktop', l) + section('mobile', l)).join('')}</main>`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.paragraphs.filter((p) => p.label === 'content').map((p) => p.text)).toEqual(lines);
    expect(result.article.paragraphs.filter((p) => p.reason === 'duplicate')).toHaveLength(lines.length);
  });

  it('refuses a page above the element limit instead of freezing', () => {
    const result = extractArticle(page(`<div>${'<span>x</span>'.repeat(500)}</div>${ARTICLE}`), { maxElements: 300 });
    expect(result).toMatchObject({ ok: false, failure: 'too-large' });
    if (!result.ok) expect(result.message).toMatch(/elements/);
  });
});
