// Page-relative features of features.ts: where a block sits against the classes the
// article's own body carries.
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, featurize } from '../../../src/classifier/features.ts';
import type { ParagraphInput } from '../../../src/shared/types.ts';

const block = (text: string, classTokens: string[] | null): ParagraphInput => ({
  text,
  html: text,
  ...(classTokens ? { dom: { tag: 'p' as const, classTokens, inFigure: false, inAside: false, inFooter: false, inHeader: false, inNav: false, listIndex: -1 } } : {}),
});

const BODY = 'The council approved the new budget on Tuesday after a debate that lasted well into the night, with eleven members in favour.';
const column = (rows: number[][], name: string) => rows.map((r) => r[FEATURE_NAMES.indexOf(name)]);

describe('class features against the article body', () => {
  const article = [
    block(BODY, ['entry', 'content']),
    block(BODY, ['entry', 'content']),
    block('Want to win more jobs with less effort?', ['entry', 'content', 'cta', 'wrapper']),
    block(BODY, ['entry', 'content']),
    block(BODY, ['entry', 'content']),
    block(BODY, ['entry', 'content']),
    block('Our partners', ['sidebar', 'widget']),
  ];

  it('says how much of the body’s classes a block lacks', () => {
    expect(column(featurize(article), 'missing_main_classes')).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it('says which share of a block’s own classes are rare on the page', () => {
    expect(column(featurize(article), 'foreign_classes')).toEqual([0, 0, 0.5, 0, 0, 0, 1]);
  });

  it('is 0 without DOM hints (the seed format has none)', () => {
    const rows = featurize(article.map((b) => block(b.text, null)));
    expect(column(rows, 'missing_main_classes')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(column(rows, 'foreign_classes')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
