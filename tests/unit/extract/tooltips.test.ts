// @vitest-environment jsdom
// A tooltip's bubble is not part of the sentence it hangs on (src/extract/tooltips.ts).
import { describe, expect, it } from 'vitest';
import { extractArticle, isChangedBeforeReadability } from '../../../src/extract/index.ts';
import { isTooltipBubble } from '../../../src/extract/tooltips.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} explains, in plain and patient sentences, what the council decided about the harbour wall on Tuesday and why the residents of the old district worry about its cost.`;
const parse = (body: string) => new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Harbour wall</title></head><body>${body}</body></html>`, 'text/html');
const element = (html: string) => parse(html).body.firstElementChild!;
/** html as the only element inside a sentence of running text */
const inSentence = (html: string) => element(`<p>The harbour wall must stand up to a ${html} every month of the year.</p>`).firstElementChild!;
const TERM = 'The wall must stand up to a <span class="Term_component"><dfn class="Term_term">spring tide</dfn><span class="Term_tooltip" role="tooltip"><span class="Term_tooltipBubble">Spring tide The highest tide of the month. Learn more</span></span></span> every month.';

describe('isTooltipBubble', () => {
  it("takes role=tooltip and a class naming a tooltip's bubble, text or content, in running text", () => {
    for (const html of ['<span role="tooltip">tip</span>', '<span role="Tooltip ">tip</span>', '<span class="tooltiptext">tip</span>', '<span class="tooltip-content">tip</span>', '<span class="Term_tooltipBubble__x1">tip</span>', '<span class="c-tooltip_inner">tip</span>']) {
      expect(isTooltipBubble(inSentence(html)), html).toBe(true);
    }
  });

  it('leaves a bare tooltip class, which CSS-only tooltips put on the term itself, and its trigger', () => {
    for (const html of ['<span class="tooltip">tip</span>', '<span class="has-tooltip">tip</span>', '<span class="tooltip-trigger">tip</span>', '<span class="content">tip</span>']) {
      expect(isTooltipBubble(inSentence(html)), html).toBe(false);
    }
  });

  it("leaves a bubble outside running text: an icon's only label", () => {
    const icon = element('<div class="icon-tooltip"><span class="icon-tooltip-text">B corp</span><button aria-label="B corp"><img src="/b.svg" alt=""></button></div>');
    expect(isTooltipBubble(icon.firstElementChild!)).toBe(false);
    // nor in a list item whose only text it is
    expect(isTooltipBubble(element('<li><span role="tooltip">Budget friendly</span></li>').firstElementChild!)).toBe(false);
  });
});

describe("a glossary term's tooltip", () => {
  const page = `<article><h1>Harbour wall</h1><p>${PROSE(1)}</p><p>${TERM}</p><p>A <span class="tooltip">quay<span class="tooltiptext">A platform where ships load.</span></span> will be rebuilt too, and ${PROSE(2)}</p><p>${PROSE(3)}</p></article>`;

  it('is left out of the sentence; the term stays', () => {
    const result = extractArticle(parse(page));
    const texts = result.ok ? result.article.paragraphs.map((p) => p.text) : [];
    expect(texts).toContain('The wall must stand up to a spring tide every month.');
    expect(texts.find((t) => t.startsWith('A quay will be rebuilt too'))).toBeDefined();
    expect(texts.join(' ')).not.toMatch(/highest tide|ships load/);
  });

  it('marks the page as one the clone is changed for, so the Node tools measure Readability alone on its own run', () => {
    expect(isChangedBeforeReadability(parse(page))).toBe(true);
    expect(isChangedBeforeReadability(parse(`<article><p>${PROSE(1)}</p></article>`))).toBe(false);
    // a CSS-only tooltip's term, with no bubble in the page, changes nothing
    expect(isChangedBeforeReadability(parse(`<article><p>A <span class="tooltip" title="A platform where ships load.">quay</span> and ${PROSE(1)}</p></article>`))).toBe(false);
  });

  it('leaves the live page as it was', () => {
    const doc = parse(page);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
