import { describe, expect, it } from 'vitest';
import { isShownAsText, parseKept, readerItems, removedByReason, storedParagraph } from '../../../src/popup/reader-state.ts';
import { ENGLISH_SUMMARY, removedSummary } from '../../../src/popup/summary.ts';
import type { SiteRule } from '../../../src/shared/site-rules.ts';
import type { ClassifiedParagraph } from '../../../src/shared/types.ts';

const p = (text: string, label: ClassifiedParagraph['label'], reason: ClassifiedParagraph['reason']): ClassifiedParagraph => ({ tag: 'p', text, html: text, label, reason, score: 0.5 });
const article = {
  paragraphs: [
    p('By Ann Lee', 'meta', 'byline'),
    p('Story one.', 'content', 'body'),
    p('Photo: AP', 'caption', 'image-credit'),
    p('Sign up to our newsletter.', 'promo', 'newsletter'),
    p('Story two.', 'content', 'body'),
    p('Get the app.', 'promo', 'app-download'),
    p('© 2025 Example', 'boilerplate', 'copyright'),
    p('Sign up to the weekly newsletter.', 'promo', 'newsletter'),
  ],
};
const none = { rules: [] as SiteRule[], site: 'example.com', kept: new Set<number>(), inPlace: new Set<number>() };
const states = (items: ReturnType<typeof readerItems>) => items.map((i) => i.state);

describe('readerItems', () => {
  it('follows the verdicts when the person has chosen nothing', () => {
    const items = readerItems(article, none);
    expect(states(items)).toEqual(['meta', 'content', 'caption', 'removed', 'content', 'removed', 'removed', 'removed']);
    expect(items.filter(isShownAsText).map((i) => i.index)).toEqual([1, 2, 4]);
  });

  it('"keep this" makes one removed item kept, "show in place" marks another, a rule keeps a kind', () => {
    const items = readerItems(article, {
      rules: [{ site: 'example.com', reason: 'newsletter', added: '' }],
      site: 'example.com',
      kept: new Set([6]),
      inPlace: new Set([5, 6, 1]),
    });
    expect(states(items)).toEqual(['meta', 'content', 'caption', 'kept-by-rule', 'content', 'removed', 'kept', 'kept-by-rule']);
    expect(items.map((i) => i.inPlace)).toEqual([false, false, false, false, false, true, false, false]);
    expect(items[3]).toMatchObject({ reason: 'newsletter', paragraph: { label: 'content', reason: 'kept-by-rule', keptFrom: 'newsletter' } });
    expect(items.filter(isShownAsText).map((i) => i.index)).toEqual([1, 2, 3, 4, 6, 7]);
  });

  it("a rule for another site changes nothing here", () => {
    const items = readerItems(article, { ...none, rules: [{ site: 'other.org', reason: 'newsletter', added: '' }] });
    expect(states(items)).toEqual(states(readerItems(article, none)));
  });
});

describe('removedByReason and the summary', () => {
  it('groups by reason, largest first, ties in page order', () => {
    const groups = removedByReason(readerItems(article, none));
    expect(groups.map((g) => [g.reason, g.items.map((i) => i.index)])).toEqual([
      ['newsletter', [3, 7]],
      ['app-download', [5]],
      ['copyright', [6]],
    ]);
    expect(removedSummary(readerItems(article, none))).toBe('4 removed: 2 newsletter promos, 1 app download prompt, 1 copyright line');
  });

  it('counts only what is still removed', () => {
    const items = readerItems(article, { ...none, kept: new Set([3, 5]) });
    expect(removedSummary(items)).toBe('2 removed: 1 copyright line, 1 newsletter promo');
    const all = readerItems(article, { ...none, kept: new Set([3, 5, 6, 7]) });
    expect(removedSummary(all)).toBe('Nothing removed');
  });

  it('takes its words from outside (the popup passes the browser language)', () => {
    const words = { ...ENGLISH_SUMMARY, total: (n: number, parts: string[]) => `${n} entfernt: ${parts.join(', ')}`, counted: (_r: string, n: number) => `${n} x` };
    expect(removedSummary(readerItems(article, none), words)).toBe('4 entfernt: 2 x, 1 x, 1 x');
  });
});

describe('storedParagraph (lastResult) and parseKept (reader.html?keep=)', () => {
  it('stores a kept paragraph as content, keeps everything else as verdict or rule made it', () => {
    const items = readerItems(article, { ...none, kept: new Set([5]), rules: [{ site: 'example.com', reason: 'copyright', added: '' }] });
    expect(items.map(storedParagraph).slice(3)).toEqual([
      { text: 'Sign up to our newsletter.', label: 'promo', reason: 'newsletter' },
      { text: 'Story two.', label: 'content', reason: 'body' },
      { text: 'Get the app.', label: 'content', reason: 'app-download' },
      { text: '© 2025 Example', label: 'content', reason: 'kept-by-rule' },
      { text: 'Sign up to the weekly newsletter.', label: 'promo', reason: 'newsletter' },
    ]);
  });

  it.each([
    [null, []],
    ['', []],
    ['3,7', [3, 7]],
    ['3,,x,-1,2.5,0', [3, 0]],
  ])('keep=%s → %j', (value, kept) => expect([...parseKept(value)]).toEqual(kept));
});
