import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace, pageScore, quantile, shingleCounts, shingles, snippetCounts, snippetResult,
  summarizeShingles, tokenize,
} from '../../../src/eval/metrics.ts';

describe('tokenize (Python \\w+)', () => {
  it('keeps runs of letters, digits and _, case kept, punctuation dropped', () => {
    expect(tokenize("Hello, world! It's 2024_x café — naïve")).toEqual(['Hello', 'world', 'It', 's', '2024_x', 'café', 'naïve']);
  });
  it('counts other numerals and scripts as word characters', () => {
    expect(tokenize('x² ½ Ⅻ 一二 Привет')).toEqual(['x²', '½', 'Ⅻ', '一二', 'Привет']);
  });
  it('splits at combining marks exactly as Python does', () => {
    // Python: re.findall(r'\w+', 'हिन्दी') == ['ह', 'न', 'द']
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
    // decomposed e + U+0301
    expect(tokenize('cafe\u0301s')).toEqual(['cafe', 's']);
  });
  it('gives nothing for text without word characters', () => {
    expect(tokenize(' — … !! ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('are 4-token windows counted as a multiset', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'e'])]).toEqual([['a b c d', 1], ['b c d e', 1]]);
    const m = shingles(tokenize('a b c d a b c d'));
    expect(m.get('a b c d')).toBe(2);
    expect([...m.values()].reduce((x, y) => x + y)).toBe(5);
  });
  it('a text of 1–3 tokens is one shingle of its whole run; no token, no shingle', () => {
    expect([...shingles(['Hi', 'there'])]).toEqual([['Hi there', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('page score', () => {
  it('one shared shingle out of two each side: P = R = 1/2, counts normalised by their sum', () => {
    const s = pageScore('a b c d e', 'a b c d x');
    expect(s.tp).toBeCloseTo(1 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.fn).toBeCloseTo(1 / 3);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
  });
  it('counts a repeated shingle once per occurrence (multiset)', () => {
    // output: abcd ×2, bcda, cdab, dabc; gold: abcd ×1 -> tp 1, fp 4, fn 0
    expect(shingleCounts('a b c d a b c d', 'a b c d')).toEqual({ tp: 1, fp: 4, fn: 0 });
    const s = pageScore('a b c d a b c d', 'a b c d');
    expect(s.precision).toBeCloseTo(0.2);
    expect(s.recall).toBe(1);
  });
  it('is case sensitive and ignores punctuation and white space', () => {
    expect(pageScore('The cat sat down.', 'the cat sat down').recall).toBe(0);
    expect(pageScore('The cat,  sat\n\ndown!', 'The cat sat down').precision).toBe(1);
  });
  it('leaves out precision for an empty output and recall for an empty gold', () => {
    expect(pageScore('', 'a b c d')).toMatchObject({ precision: null, recall: 0 });
    expect(pageScore('a b c d', '')).toMatchObject({ precision: 0, recall: null });
    expect(pageScore('', '')).toMatchObject({ precision: null, recall: null });
  });
  it('short texts match only an equal token run', () => {
    expect(pageScore('Hi there', 'Hi there').recall).toBe(1);
    expect(pageScore('Hi there', 'Hi there friend of mine').recall).toBe(0);
  });
});

describe('summary over pages', () => {
  it('averages P and R over the pages that have them, F1 from the means', () => {
    const pages = [
      pageScore('a b c d e', 'a b c d x'), // P .5, R .5
      pageScore('', 'a b c d'), //           P –,  R 0
      pageScore('p q r s t', 'p q r s t'), // P 1,  R 1
    ];
    const s = summarizeShingles(pages);
    expect(s.precision).toBeCloseTo(0.75); // (0.5 + 1) / 2
    expect(s.recall).toBeCloseTo(0.5); //    (0.5 + 0 + 1) / 3
    expect(s.f1).toBeCloseTo(0.6); //        2 · .75 · .5 / 1.25
    expect(s.precisionPages).toBe(2);
    expect(s.recallPages).toBe(3);
  });
  it('is zero, not NaN, for no pages', () => {
    expect(summarizeShingles([])).toEqual({ precision: 0, recall: 0, f1: 0, precisionPages: 0, recallPages: 0 });
  });
});

describe('snippets', () => {
  it('finds snippets after collapsing white space, case sensitive', () => {
    const r = snippetResult('The  quick\nbrown fox\u00a0jumps', ['quick brown fox', 'lazy dog', 'Quick brown'], ['fox  jumps', 'Subscribe now']);
    expect(r).toEqual({
      withFound: ['quick brown fox'],
      withMissing: ['lazy dog', 'Quick brown'],
      withoutFound: ['fox  jumps'],
      withoutAbsent: ['Subscribe now'],
    });
    expect(snippetCounts([r, snippetResult('', ['x'], ['y'])])).toEqual({ tp: 1, fn: 3, fp: 1, tn: 2 });
  });
  it('collapses white space', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
  });
});

describe('quantile', () => {
  it('uses the nearest rank', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(quantile(xs, 0.5)).toBe(10);
    expect(quantile(xs, 0.95)).toBe(19);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
