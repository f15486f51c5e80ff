// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle, extractParagraphs } from '../../../src/extract/index.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} of the recipe explains, in plain and patient sentences, how the bakers of the old town make their rye bread with a starter kept alive for more than forty years.`;

const PAGE = `<!doctype html><html lang="en"><head><title>Rye bread</title></head><body><article>
  <h1>Rye bread</h1><p>${PROSE(1)}</p>
  <ul><li>Rye flour, 500 g</li><li>Water, 400 ml</li></ul>
  <p>${PROSE(2)}</p>
  <ol><li>Mix the starter with the water.</li><li>Add the flour and rest overnight.</li><li>Bake for an hour.</li></ol>
  <p>${PROSE(3)}</p></article></body></html>`;

describe('list items say which list they are in and whether it is numbered', () => {
  it('DomHints.ordered: false in <ul>, true in <ol>', () => {
    const blocks = extractParagraphs(new DOMParser().parseFromString(PAGE, 'text/html'))!.blocks.filter((b) => b.tag === 'li');
    expect(blocks.map((b) => [b.text, b.dom?.listIndex, b.dom?.ordered])).toEqual([
      ['Rye flour, 500 g', 0, false],
      ['Water, 400 ml', 0, false],
      ['Mix the starter with the water.', 1, true],
      ['Add the flour and rest overnight.', 1, true],
      ['Bake for an hour.', 1, true],
    ]);
    const paragraph = extractParagraphs(new DOMParser().parseFromString(PAGE, 'text/html'))!.blocks.find((b) => b.tag === 'p')!;
    expect(paragraph.dom && 'ordered' in paragraph.dom).toBe(false);
  });

  it('ClassifiedParagraph.list carries it to the reader', () => {
    const result = extractArticle(new DOMParser().parseFromString(PAGE, 'text/html'));
    if (!result.ok) throw new Error(result.message);
    const items = result.article.paragraphs.filter((p) => p.tag === 'li');
    expect(items.map((p) => p.list)).toEqual([
      { index: 0, ordered: false },
      { index: 0, ordered: false },
      { index: 1, ordered: true },
      { index: 1, ordered: true },
      { index: 1, ordered: true },
    ]);
    expect(result.article.paragraphs.filter((p) => p.tag !== 'li').every((p) => p.list === undefined)).toBe(true);
  });
});
