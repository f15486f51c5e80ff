// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatDate, publishedDate } from '../../../src/popup/published-date.ts';
import { readerItems } from '../../../src/popup/reader-state.ts';
import type { ClassifiedParagraph } from '../../../src/shared/types.ts';

const dateline = (html: string): ClassifiedParagraph => ({ tag: 'p', text: html.replace(/<[^>]+>/g, ''), html, label: 'meta', reason: 'dateline', score: 0.9 });
const items = (...paragraphs: ClassifiedParagraph[]) => readerItems({ paragraphs }, { rules: [], site: null, kept: new Set(), inPlace: new Set() });

describe('publishedDate', () => {
  it("prefers Readability's publishedTime", () => {
    const d = publishedDate({ publishedTime: '2024-05-02T08:00:00+02:00' }, items(dateline('<time datetime="2020-01-01">1 Jan</time>')));
    expect(d?.date.toISOString()).toBe('2024-05-02T06:00:00.000Z');
    expect(d?.dateOnly).toBe(false);
  });

  it('falls back to the <time datetime> of a date line set aside as meta', () => {
    const d = publishedDate({ publishedTime: null }, items(dateline('<time datetime="2022-10-22T21:43:12.000Z">22 October 2022</time>')));
    expect(d?.date.toISOString()).toBe('2022-10-22T21:43:12.000Z');
  });

  it('skips what is not a date', () => {
    expect(publishedDate({ publishedTime: 'yesterday' }, items(dateline('<time datetime="soon">soon</time>')))).toBeNull();
    expect(publishedDate({ publishedTime: '0001-01-01' }, [])).toBeNull();
  });
});

describe('formatDate', () => {
  const oct22 = { date: new Date('2022-10-22T12:00:00Z'), dateOnly: false };
  it.each([
    ['en-GB', '22 October 2022'],
    ['en-US', 'October 22, 2022'],
    ['de', '22. Oktober 2022'],
    ['fr-FR', '22 octobre 2022'],
    ['es', '22 de octubre de 2022'],
  ])('in the article language %s: %s', (lang, text) => expect(formatDate(oct22, lang, 'en')).toBe(text));

  it('falls back to the browser language for a missing or broken tag', () => {
    expect(formatDate(oct22, null, 'de')).toBe('22. Oktober 2022');
    expect(formatDate(oct22, 'not a language!', 'fr')).toBe('22 octobre 2022');
  });

  it('shows a date without a time as that day anywhere (UTC)', () => {
    expect(formatDate({ date: new Date('2022-10-22'), dateOnly: true }, 'en-GB', 'en')).toBe('22 October 2022');
  });
});
