// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassifiedParagraph } from '../../../src/shared/types.ts';
import { loadMessages, messageFrom } from './english-messages.ts';

vi.mock('../../../src/platform/browser.ts', () => ({ message: messageFrom(loadMessages('en')), uiLanguage: () => 'en' }));

const { renderArticle } = await import('../../../src/popup/render.ts');
const { readerItems } = await import('../../../src/popup/reader-state.ts');

const p = (tag: ClassifiedParagraph['tag'], html: string, label: ClassifiedParagraph['label'] = 'content', reason: ClassifiedParagraph['reason'] = 'body', extra: Partial<ClassifiedParagraph> = {}): ClassifiedParagraph => ({
  tag, html, text: html.replace(/<[^>]+>/g, ''), label, reason, score: 0.1, ...extra,
});

function render(paragraphs: ClassifiedParagraph[], choices: { kept?: number[]; inPlace?: number[] } = {}, meta: { lang?: string; dir?: 'rtl' | 'ltr' } = {}) {
  const container = document.createElement('article');
  const kept: number[] = [];
  const items = readerItems({ paragraphs }, { rules: [], site: 'example.com', kept: new Set(choices.kept ?? []), inPlace: new Set(choices.inPlace ?? []) });
  renderArticle(container, { lang: meta.lang ?? null, dir: meta.dir ?? null }, items, { keep: (i) => kept.push(i) });
  return { container, kept };
}

/** The structure: tag names, children in brackets. */
const shape = (el: Element): string =>
  [...el.children].map((c) => (c.children.length && !['P', 'H2', 'H3', 'FIGCAPTION'].includes(c.tagName) ? `${c.tagName.toLowerCase()}[${shape(c)}]` : c.tagName.toLowerCase())).join(' ');

beforeEach(() => document.body.replaceChildren());

describe('renderArticle: faithful structure', () => {
  it('headings, paragraphs, quotes, code; h1/h2 become h2 under the page title', () => {
    const { container } = render([p('h1', 'Top'), p('p', 'Text'), p('h4', 'Deep'), p('blockquote', '<p>Said</p>'), p('pre', '<code>x = 1</code>')]);
    expect(shape(container)).toBe('h2 p h3 blockquote[p] pre[code]');
    expect(container.querySelector('pre')!.tabIndex).toBe(0);
  });

  it('list items go back into their own <ul> or <ol>, one list per list', () => {
    const { container } = render([
      p('li', 'a', 'content', 'list', { list: { index: 0, ordered: false } }),
      p('li', 'b', 'content', 'list', { list: { index: 0, ordered: false } }),
      p('li', 'one', 'content', 'list', { list: { index: 1, ordered: true } }),
      p('li', 'two', 'content', 'list', { list: { index: 1, ordered: true } }),
      p('li', 'other list', 'content', 'list', { list: { index: 2, ordered: true } }),
      p('li', 'no list info (seed data)'),
    ]);
    expect(shape(container)).toBe('ul[li li] ol[li li] ol[li] ul[li]');
  });

  it('tables keep their rows, inside a focusable, labelled scroll region', () => {
    const { container } = render([p('table', '<caption>Costs</caption><tbody><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>4.1m</td></tr></tbody>', 'content', 'table')]);
    const wrap = container.querySelector('.table-wrap')!;
    expect(wrap.getAttribute('role')).toBe('region');
    expect(wrap.getAttribute('aria-label')).toBe('Costs');
    expect((wrap as HTMLElement).tabIndex).toBe(0);
    expect([...wrap.querySelectorAll('tr')].map((tr) => tr.textContent)).toEqual(['YearCost', '20254.1m']);
  });

  it('a caption or credit right after its image joins that figure', () => {
    const { container } = render([
      p('figure', '<img src="https://img.example/a.jpg" alt="A">', 'content', 'figure'),
      p('p', 'The harbour at dawn.', 'caption', 'figure-caption'),
      p('p', 'Photo: Jan Smit', 'caption', 'image-credit'),
      p('p', 'Story.'),
      p('p', 'A caption with no image before it.', 'caption', 'figure-caption'),
    ]);
    expect(shape(container)).toBe('figure[img figcaption] p p');
    expect(container.querySelector('figcaption')!.textContent).toBe('The harbour at dawn. Photo: Jan Smit');
    expect(container.lastElementChild!.className).toBe('caption');
  });

  it('lays out right-to-left articles right to left, in their language', () => {
    const { container } = render([p('p', 'مرحبا')], {}, { lang: 'ar', dir: 'rtl' });
    expect([container.dir, container.lang]).toEqual(['rtl', 'ar']);
  });

  it('links open in a new tab without opener', () => {
    const { container } = render([p('p', 'See <a href="https://example.org/x">this</a>.')]);
    const a = container.querySelector('a')!;
    expect([a.target, a.rel]).toEqual(['_blank', 'noopener noreferrer']);
  });
});

describe('renderArticle: what was removed', () => {
  const paragraphs = [p('p', 'Story.'), p('p', 'Sign up to our newsletter.', 'promo', 'newsletter'), p('p', 'More story.')];

  it('leaves removed items out, and meta (shown in the header) too', () => {
    const { container } = render([p('p', 'By Ann', 'meta', 'byline'), ...paragraphs]);
    expect(container.textContent).toBe('Story.More story.');
  });

  it('shows one in place when asked: where it was, named, with "keep this"', () => {
    const { container, kept } = render(paragraphs, { inPlace: [1] });
    const box = container.querySelector('.in-place') as HTMLElement;
    expect(container.children[1]).toBe(box);
    expect(box.dataset).toMatchObject({ reason: 'newsletter', label: 'promo', index: '1' });
    expect(box.querySelector('.in-place-label span')!.textContent).toBe('Removed: newsletter promo');
    box.querySelector('button')!.click();
    expect(kept).toEqual([1]);
  });

  it('a kept item is article text again, marked as kept', () => {
    const { container } = render(paragraphs, { kept: [1] });
    const block = container.children[1] as HTMLElement;
    expect(block.tagName).toBe('P');
    expect(block.textContent).toBe('Sign up to our newsletter.');
    expect(block.dataset).toMatchObject({ kept: 'you', reason: 'newsletter', mark: 'Kept by you: newsletter promo' });
  });
});
