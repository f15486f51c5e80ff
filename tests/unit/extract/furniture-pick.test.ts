// @vitest-environment jsdom
// Readability's pick is the page's footer or small print: look again without it
// (src/extract/furniture-pick.ts, extractParagraphs in src/extract/index.ts).
import { describe, expect, it } from 'vitest';
import { extractArticle, extractParagraphs } from '../../../src/extract/index.ts';
import { setAsideFurniture, isFurnitureContainer, markFurniture } from '../../../src/extract/furniture-pick.ts';

const SMALL_PRINT = (n: number) =>
  `Fund fees fell again in ${2010 + n}, and the savings went to investors, not managers, as the fund grew, year by year, across markets.`;
const card = (n: number) => `<div class="card"><h3>Why index funds ${n}</h3><span>Low costs, broad markets and fewer taxes for investor number ${n} of many.</span></div>`;
const CARDS = [1, 2, 3, 4, 5, 6, 7, 8].map(card).join('');
const parse = (body: string) => new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Index funds</title></head><body>${body}</body></html>`, 'text/html');
const element = (html: string) => parse(html).body.firstElementChild!;
const texts = (result: ReturnType<typeof extractArticle>) => (result.ok ? result.article.paragraphs.map((p) => p.text) : []);

describe('isFurnitureContainer', () => {
  it('takes a <footer> and class or id words naming a footer or a disclaimer', () => {
    expect(isFurnitureContainer(element('<footer></footer>'), 'footer')).toBe(true);
    for (const names of ['class="cmp-richtext--disclaimer aem-GridColumn"', 'class="footer_main_sec"', 'class="Footer-styled__LowerGrid-sc-d11"', 'id="mobile-menu-footer"', 'class="siteFooter"', 'class="disclaimers"', 'class="disclosure-modal-container"', 'id="newsletter-modal"']) {
      expect(isFurnitureContainer(element(`<div ${names}></div>`), 'div'), names).toBe(true);
    }
  });

  it('leaves words that only contain one, and legal text, which can be a terms page', () => {
    for (const names of ['class="footnotes"', 'class="footerless-layout"', 'class="wsite-elements wsite-not-footer"', 'class="no-modal"', 'class="legal-content"', 'id="copyright-notice"', 'class="entry-content"', '']) {
      expect(isFurnitureContainer(element(`<div ${names}></div>`), 'div'), names).toBe(false);
    }
  });
});

describe('setAsideFurniture', () => {
  const content = (parts: string) => element(`<div id="readability-content"><div id="readability-page-1" class="page">${parts}</div></div>`);
  const marked = (at: number, text: string) => {
    const part = element(`<div class="footer">${text}</div>`);
    markFurniture(part, at);
    return part.outerHTML;
  };

  it('gives the walk positions when every part with text is furniture, and takes the marks off', () => {
    const pick = content(`${marked(30, 'Small print one.')}<div class="spacer"> </div>${marked(41, 'Small print two.')}`);
    expect(setAsideFurniture(pick)).toEqual([30, 41]);
    expect(pick.outerHTML).not.toContain('data-article-cleaner');
  });

  it('takes furniture beside the article out of the pick, gives null and takes the marks off', () => {
    const pick = content(`${marked(30, 'Small print.')}<div class="article">The article.</div>`);
    expect(setAsideFurniture(pick)).toBeNull();
    expect(pick.textContent).toBe('The article.');
    expect(pick.outerHTML).not.toContain('data-article-cleaner');
  });

  it("ignores a mark the page wrote itself", () => {
    expect(setAsideFurniture(content('<div class="article" data-article-cleaner-furniture="3">The article.</div>'))).toBeNull();
  });

  it('reads a single part under the wrappers, not the part itself', () => {
    expect(setAsideFurniture(content(marked(7, 'Only the footer.')))).toEqual([7]);
  });
});

describe('a pick that is the small print', () => {
  const page = `<main><h1>Index funds</h1>${CARDS}</main>
    <div class="cmp-richtext--disclaimer"><p>${SMALL_PRINT(1)} ${SMALL_PRINT(2)}</p><p>${SMALL_PRINT(3)} ${SMALL_PRINT(4)}</p><p>${SMALL_PRINT(5)} ${SMALL_PRINT(6)}</p></div>`;

  it('gives way to the article Readability finds without it', () => {
    const got = texts(extractArticle(parse(page)));
    expect(got).toContain('Why index funds 8');
    expect(got.join(' ')).not.toContain('Fund fees fell');
  });

  it('leaves the live page as it was and no mark in the article', () => {
    const doc = parse(page);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(result.ok && result.article.paragraphs.every((p) => !p.html.includes('data-article-cleaner'))).toBe(true);
  });

  it('stands when what is left without it is much less: a wrapper of the whole page with a footer word', () => {
    const prose = [1, 2, 3, 4].map((n) => `<p>${SMALL_PRINT(n)}</p>`).join('');
    const got = texts(extractArticle(parse(`<header><p>Index funds, explained for new investors.</p></header><main><div class="layout footer-fixed">${prose}</div></main>`)));
    expect(got).toContain(SMALL_PRINT(4));
  });

  it('beside the article, as a sibling Readability appended, is left out of it', () => {
    const prose = [1, 2, 3, 4, 5].map((n) => `<p>${SMALL_PRINT(n).replace('Fund fees fell', 'The harbour wall rose')}</p>`).join('');
    const doc = parse(`<main><div class="story">${prose}</div><p class="disclaimer">${SMALL_PRINT(1)} ${SMALL_PRINT(2)}</p></main>`);
    const got = texts(extractArticle(doc));
    expect(got.filter((t) => t.startsWith('The harbour wall rose'))).toHaveLength(5);
    expect(got.join(' ')).not.toContain('Fund fees fell');
    // Readability alone's text, the eval's baseline, keeps it
    expect(extractParagraphs(doc)?.readabilityText).toContain('Fund fees fell');
  });

  it('stands when the page has nothing else', () => {
    const got = texts(extractArticle(parse(`<footer><p>${SMALL_PRINT(1)} ${SMALL_PRINT(2)}</p><p>${SMALL_PRINT(3)} ${SMALL_PRINT(4)}</p></footer>`)));
    expect(got.join(' ')).toContain(SMALL_PRINT(3));
  });
});
