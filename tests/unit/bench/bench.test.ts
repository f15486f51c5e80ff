// The pure parts of npm run bench: the summaries it prints and its arguments.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../src/bench/args.ts';
import { passes, quantile, summarize } from '../../../src/bench/stats.ts';

describe('bench summaries', () => {
  it('median of an odd and an even count, p95 by nearest rank', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(hundred, 0.95)).toBe(95);
    expect(summarize(hundred).p95).toBe(95);
    expect(Number.isNaN(summarize([]).median)).toBe(true);
  });

  it('a target passes at or under its limit as it says; NaN never passes', () => {
    const t = { name: 'x', unit: 'ms', limit: 150 };
    expect(passes({ ...t, value: 150, inclusive: true })).toBe(true);
    expect(passes({ ...t, value: 150, inclusive: false })).toBe(false);
    expect(passes({ ...t, value: NaN, inclusive: true })).toBe(false);
  });
});

describe('bench arguments', () => {
  it('reads --pages, --wcxb, --no-browser, --analyze, --linkedom and --out', () => {
    const a = parseBenchArgs(['--pages', '5', '--wcxb=7', '--no-browser', '--analyze', '--linkedom', '/x/linkedom.js', '--out', '/tmp/b.json']);
    expect(a).toEqual({ pages: 5, wcxb: 7, browser: false, analyze: true, linkedom: '/x/linkedom.js', out: '/tmp/b.json' });
    expect(parseBenchArgs([])).toMatchObject({ pages: null, wcxb: 100, browser: true, analyze: false });
  });

  it('refuses what it does not know, with the usage', () => {
    expect(() => parseBenchArgs(['--pages', 'x'])).toThrow(/whole number[\s\S]*usage: npm run bench/);
    expect(() => parseBenchArgs(['--pages'])).toThrow(/--pages needs a value/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument --fast/);
  });
});
