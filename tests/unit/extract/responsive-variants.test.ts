// @vitest-environment jsdom
// A Framer page renders each part once per screen size (src/extract/responsive-variants.ts).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { isRepeatedVariant } from '../../../src/extract/responsive-variants.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} sets out, in plain and patient sentences, what a kitchen remodel in California costs this year, from cabinets and counters to permits, and where the money usually goes.`;
const part = (hidden: string, paragraphs: number[]) =>
  `<div class="ssr-variant ${hidden}"><section class="framer-text">${paragraphs.map((n) => `<p>${PROSE(n)}</p>`).join('')}</section></div>`;
const parse = (body: string) => new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Remodel costs</title></head><body>${body}</body></html>`, 'text/html');

describe('Framer responsive variants', () => {
  it('marks every variant after the first of a run of siblings', () => {
    const doc = parse(`<main>${part('hidden-a', [1])}${part('hidden-b', [1])}${part('hidden-c', [1])}</main><div class="ssr-variant"><p>alone</p></div>`);
    const variants = [...doc.querySelectorAll('.ssr-variant')];
    expect(variants.map((el) => isRepeatedVariant(el, 'div'))).toEqual([false, true, true, false]);
  });

  it('gives the article once, not once per screen size', () => {
    const doc = parse(`<main><h1>Remodel costs</h1>${part('hidden-desktop', [1, 2, 3, 4])}${part('hidden-tablet', [1, 2, 3, 4])}${part('hidden-phone', [1, 2, 3, 4])}</main>`);
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    const body = result.ok ? result.article.paragraphs.filter((p) => p.label === 'content').map((p) => p.text) : [];
    expect(body.filter((t) => t === PROSE(1))).toHaveLength(1);
    expect(body).toContain(PROSE(4));
  });
});
