import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, featurize } from '../../../src/classifier/features.ts';
import { datasetPage } from '../../../src/eval/dataset.ts';
import { decidedByStructure, trainingRows } from '../../../src/eval/rows.ts';

describe('training rows', () => {
  const gold = {
    url: 'https://a.com/x',
    mainContent: 'The council voted on Monday to close the old library for repairs.\n\nWork starts in June and ends in December, the council said.',
    without: ['Share on Facebook'],
  };
  const blocks = [
    { text: 'The council voted on Monday to close the old library for repairs.', html: 'The council voted on Monday to close the old library for repairs.', tag: 'p' as const },
    { text: 'the old library', html: 'the old library', tag: 'p' as const }, // ambiguous/short
    { text: 'Work starts in June and ends in December, the council said.', html: 'Work starts in June and ends in December, the council said.', tag: 'p' as const },
    { text: 'Share on Facebook', html: '<a href="#">Share on Facebook</a>', tag: 'p' as const },
  ];
  const page = datasetPage({ id: '1', domain: 'a.com', pageType: 'article' }, gold, { meta: { lang: 'en', title: 'T' }, blocks }, null);

  it('featurizes the whole article (ambiguous blocks as context) and trains on the labelled blocks only', () => {
    expect(page.blocks.map((b) => b.label)).toEqual(['content', 'ambiguous', 'content', 'not-content']);
    const { rows, skipped, pages } = trainingRows([page]);
    expect(skipped).toBe(1);
    expect(pages).toBe(1);
    expect(rows.map((r) => r.y)).toEqual([0, 0, 1]);
    expect(rows.every((r) => r.group === 'a.com' && r.x.length === FEATURE_NAMES.length)).toBe(true);
    // rows are the featurizer's rows for the full article, positions included
    const full = featurize(blocks.map((b) => ({ text: b.text, html: b.html })), { lang: 'en', title: 'T' });
    expect(rows.map((r) => r.x)).toEqual([full[0], full[2], full[3]]);
  });
  it('skips pages without blocks', () => {
    expect(trainingRows([{ ...page, blocks: [] }]).rows).toEqual([]);
  });
});

describe('blocks decided by structure', () => {
  it('are figures, captions and anything inside a figure', () => {
    const dom = { tag: 'p' as const, classTokens: [], inFigure: false, inAside: false, inFooter: false, inHeader: false, inNav: false, listIndex: -1 };
    expect(decidedByStructure({ tag: 'figure' })).toBe(true);
    expect(decidedByStructure({ tag: 'figcaption' })).toBe(true);
    expect(decidedByStructure({ tag: 'p', dom: { ...dom, inFigure: true } })).toBe(true);
    expect(decidedByStructure({ tag: 'p', dom })).toBe(false);
    expect(decidedByStructure({ tag: 'li' })).toBe(false);
  });
});
