import { describe, expect, it } from 'vitest';
import { evenSample, parseArgs } from '../../../src/eval/args.ts';
import { datasetPage } from '../../../src/eval/dataset.ts';
import { htmlToText } from '../../../src/eval/html-text.ts';
import { scoreReadabilityPage, scoreWcxbPage, summarizeReadability, summarizeWcxb, type PageRun } from '../../../src/eval/report.ts';

const gold = {
  mainContent: 'The council voted on Monday to close the old library for repairs.\n\nWork starts in June and ends in December.',
  with: ['voted on Monday to close', 'Work starts in June'],
  without: ['Subscribe to our newsletter', 'Share on Facebook'],
};
const body = 'The council voted on Monday to close the old library for repairs.\n\nWork starts in June and ends in December.';
const run = (over: Partial<PageRun>): PageRun => ({
  ran: true, error: null, readabilityText: '', blocksText: null, cleanerText: null, cleanerFailure: null, removed: [], paragraphs: 0, ms: 10, extractMs: 5, ...over,
});

describe('scoring a wcxb page', () => {
  const page = { id: '0001', domain: 'a.com', pageType: 'article', pageTypeSource: 'metadata' as const, url: 'https://a.com/x', gold };
  it('sets Readability alone beside the cleaner from the same run', () => {
    const s = scoreWcxbPage(page, run({
      readabilityText: `${body}\nSubscribe to our newsletter for more news every day\nShare on Facebook`,
      cleanerText: body,
      removed: [{ text: 'Subscribe to our newsletter for more news every day', tag: 'p', label: 'promo', reason: 'newsletter', score: 0.9 }],
      paragraphs: 4,
    }));
    expect(s.readability.recall).toBe(1);
    expect(s.readability.precision!).toBeLessThan(1);
    expect(s.cleaner.precision).toBe(1);
    expect(s.report.removedWithout).toEqual(['Subscribe to our newsletter', 'Share on Facebook']);
    expect(s.report.keptWithout).toEqual([]);
    expect(s.report.lostWith).toEqual([]);
  });
  it('records with-snippets the cleaner lost and counts failures per side', () => {
    const lost = scoreWcxbPage(page, run({ readabilityText: body, cleanerText: 'The council voted on Monday to close the old library for repairs.' }));
    expect(lost.report.lostWith).toEqual(['Work starts in June']);
    const failed = scoreWcxbPage(page, run({ readabilityText: body, cleanerText: null, cleanerFailure: 'no-article: none' }));
    const crashed = scoreWcxbPage(page, run({ ran: false, error: 'timeout' }));
    const g = summarizeWcxb('all', [lost, failed, crashed]);
    expect(g.readability.failedPages).toBe(1);
    expect(g.cleaner.failedPages).toBe(2);
    expect(g.readability.withKept).toEqual({ n: 4, of: 6, pct: (100 * 4) / 6 });
    expect(g.cleaner.withKept).toEqual({ n: 1, of: 6, pct: (100 * 1) / 6 });
    expect(g.withLostOfReadabilityKept).toEqual({ n: 3, of: 4, pct: 75 });
    expect(g.pagesLosingWith).toBe(2);
    expect(g.withoutRemovedOfReadabilityKept).toEqual({ n: 0, of: 0, pct: null });
    expect(g.cleaner.shingle.precisionPages).toBe(1);
    expect(g.timing.medianMs).toBe(10);
  });
});

describe("the classifier's ceiling", () => {
  const page = { id: '0002', domain: 'b.com', pageType: 'article', pageTypeSource: 'metadata' as const, url: 'https://b.com/x', gold };
  const promo = 'Subscribe to our newsletter for more news every day';
  it('is Readability\'s blocks less those the gold says are not content, whatever the cleaner kept', () => {
    const blocksText = `The council voted on Monday to close the old library for repairs.\n\n${promo}\n\nWork starts in June and ends in December.`;
    const s = scoreWcxbPage(page, run({ readabilityText: blocksText, blocksText, cleanerText: blocksText }));
    expect(s.cleaner.precision!).toBeLessThan(1);
    expect(s.report.ceiling).toEqual({ precision: 1, recall: 1 });
    // a block only partly in the gold (ambiguous) stays in the ceiling's text
    const partial = scoreWcxbPage(page, run({ readabilityText: body, blocksText: `${body.replace('\n\n', ' ')} Read our full coverage of the library`, cleanerText: body }));
    expect(partial.report.ceiling.precision!).toBeLessThan(1);
    expect(partial.report.ceiling.recall).toBe(1);
    const g = summarizeWcxb('all', [s, partial]);
    expect(g.ceiling.precision).toBeCloseTo((1 + partial.report.ceiling.precision!) / 2);
    expect(g.ceiling.recall).toBe(1);
  });
  it('falls back to the blocks\' own score when the blocks are not known', () => {
    const s = scoreWcxbPage(page, run({ readabilityText: `${body}\n${promo}`, blocksText: null, cleanerText: null, cleanerFailure: 'no-article: none' }));
    expect(s.report.ceiling).toEqual({ precision: s.blocks.precision, recall: s.blocks.recall });
    const crashed = scoreWcxbPage(page, run({ ran: false, error: 'timeout' }));
    expect(crashed.report.ceiling).toEqual({ precision: null, recall: 0 });
  });
});

describe('the blocks baseline', () => {
  it('scores Readability\'s blocks apart from its textContent, whose blocks can fuse words', () => {
    const page = { id: '1', domain: 'a', pageType: 'article', pageTypeSource: 'metadata' as const, url: '', gold: { mainContent: 'Big news today\n\nThe council voted to close it', with: [], without: [] } };
    // textContent of <h2>Big news today</h2><p>The council…</p> has "todayThe"
    const s = scoreWcxbPage(page, run({
      readabilityText: 'Big news todayThe council voted to close it',
      blocksText: 'Big news today\n\nThe council voted to close it',
      cleanerText: 'Big news today\n\nThe council voted to close it',
    }));
    expect(s.readability.recall).toBeCloseTo(2 / 6); // 2 of the 6 gold shingles survive "todayThe"
    expect(s.blocks.recall).toBe(1);
    expect(s.cleaner.recall).toBe(1);
  });
});

describe('readability pages', () => {
  it('scores agreement with expected.html and counts removed paragraphs by reason', () => {
    const p = scoreReadabilityPage('x', body, run({
      readabilityText: body, cleanerText: 'The council voted on Monday to close the old library for repairs.', paragraphs: 2,
      removed: [{ text: 'Work starts in June and ends in December.', tag: 'p', label: 'boilerplate', reason: 'legal', score: 1 }],
    }));
    expect(p.readability).toEqual({ failed: false, precision: 1, recall: 1 });
    expect(p.cleaner.precision).toBe(1);
    expect(p.cleaner.recall!).toBeLessThan(0.6);
    const s = summarizeReadability([p]);
    expect(s.removedParagraphs).toBe(1);
    expect(s.removedByReason).toEqual({ legal: 1 });
  });
});

describe('expected.html text', () => {
  it('separates blocks so words of adjacent blocks never fuse', () => {
    expect(htmlToText('<div><p>end.</p><p>Next <b>bold</b> one</p><ul><li>a</li><li>b</li></ul><script>x()</script></div>')).toBe(
      'end.\n\nNext bold one\n\na\n\nb',
    );
  });
});

describe('eval arguments', () => {
  it('parses --sample, --only and --out', () => {
    const a = parseArgs(['--sample', '20', '--only=article', '--out', 'x.json', '--timeout', '60']);
    expect(a.timeoutMs).toBe(60_000);
    expect(a.sample).toBe(20);
    expect(a.only).toBe('article');
    expect(a.out.endsWith('x.json')).toBe(true);
    expect(() => parseArgs(['--only', 'news'])).toThrow(/--only takes/);
    expect(() => parseArgs(['--sample', '0'])).toThrow(/positive/);
    expect(() => parseArgs(['--nope'])).toThrow(/unknown argument/);
  });
  it('samples evenly and keeps order', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([0, 3, 6]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
    expect(evenSample([1, 2], null)).toEqual([1, 2]);
  });
});

describe('dataset records', () => {
  it('carry each block with its alignment, and a page without article has no blocks', () => {
    const rec = datasetPage(
      { id: '0001', domain: 'a.com', pageType: 'article' },
      { url: 'u', mainContent: gold.mainContent, without: gold.without },
      {
        meta: { lang: 'en', title: 'T' },
        blocks: [
          { text: 'The council voted on Monday to close the old library for repairs.', html: 'The council…', tag: 'p' },
          { text: 'Share on Facebook', html: '<a href="#">Share on Facebook</a>', tag: 'p' },
        ],
      },
      null,
    );
    expect(rec.blocks.map((b) => [b.label, b.why])).toEqual([['content', 'covered'], ['not-content', 'without']]);
    expect(rec.lang).toBe('en');
    const none = datasetPage({ id: '2', domain: 'b', pageType: 'forum' }, { url: 'u', mainContent: 'x', without: [] }, null, 'timeout');
    expect(none).toMatchObject({ error: 'timeout', blocks: [] });
  });
});
