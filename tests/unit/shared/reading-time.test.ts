import { describe, expect, it } from 'vitest';
import { CHARACTERS_PER_MINUTE, countText, DEFAULT_WORDS_PER_MINUTE, primaryLanguage, readingTime, WORDS_PER_MINUTE } from '../../../src/shared/reading-time.ts';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('the words-per-minute table', () => {
  it('is English 238 (Brysbaert 2019) and the IReST ratios for the rest', () => {
    expect(WORDS_PER_MINUTE).toMatchObject({ en: 238, es: 228, fr: 204, de: 187, it: 196, pt: 189, nl: 211, ru: 192, ar: 144, fi: 168 });
    expect(DEFAULT_WORDS_PER_MINUTE).toBe(192);
    expect(CHARACTERS_PER_MINUTE).toEqual({ zh: 266, ja: 373 });
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['en-GB', 'en'], ['pt_BR', 'pt'], ['DE', 'de'], ['zh-Hant-TW', 'zh'], ['fil', 'fil'], [null, null], ['', null], ['12', null], ['english', null],
  ])('%s → %s', (tag, primary) => expect(primaryLanguage(tag)).toBe(primary));
});

describe('countText', () => {
  it('counts words by white space, skipping bare punctuation', () => {
    expect(countText('The wall — approved, at last. 2025 !')).toMatchObject({ words: 6, characters: 0 });
  });
  it('counts Han and kana one by one, apart from the Latin words around them', () => {
    expect(countText('東京でAI技術の会議が開かれた。')).toMatchObject({ words: 1, characters: 13, hasKana: true });
    expect(countText('北京市政府今天宣布')).toMatchObject({ words: 0, characters: 9, hasKana: false });
  });
  it('counts Korean (written with spaces) by words', () => {
    expect(countText('서울시는 오늘 새로운 계획을 발표했다')).toMatchObject({ words: 5, characters: 0 });
  });
});

describe('readingTime', () => {
  it('uses the rate of the article language', () => {
    expect(readingTime(words(476), 'en').minutes).toBe(2); // 476 / 238
    expect(readingTime(words(561), 'de-DE').minutes).toBe(3); // 561 / 187
    expect(readingTime(words(612), 'fr').minutes).toBe(3); // 612 / 204
    expect(readingTime(words(960), null).minutes).toBe(5); // 960 / 192
    expect(readingTime(words(960), 'xx').wordsPerMinute).toBe(192);
  });
  it('reads Chinese and Japanese by characters', () => {
    const zh = '政府宣布新的计划'.repeat(100); // 800 characters
    expect(readingTime(zh, 'zh-CN')).toMatchObject({ words: 0, characters: 800, minutes: 3 }); // 800 / 266
    const ja = 'きょうはいいてんきです'.repeat(100); // 1100 characters
    expect(readingTime(ja, 'ja')).toMatchObject({ characters: 1100, minutes: 3 }); // 1100 / 373
    // kana in a page with no language: Japanese; Han only: Chinese
    expect(readingTime(ja, null).charactersPerMinute).toBe(373);
    expect(readingTime(zh, null).charactersPerMinute).toBe(266);
  });
  it('adds words and characters of mixed text', () => {
    const r = readingTime(`${words(238)} ${'漢'.repeat(266)}`, 'zh');
    expect(r).toMatchObject({ words: 238, characters: 266, wordsPerMinute: 192, minutes: 2 });
  });
  it('is at least one minute for any text, and zero for none', () => {
    expect(readingTime('Short.', 'en').minutes).toBe(1);
    expect(readingTime('  ', 'en').minutes).toBe(0);
  });
});
