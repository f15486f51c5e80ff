import { describe, expect, it } from 'vitest';
import { alignBlocks, countLabels } from '../../../src/eval/align.ts';

const gold = {
  mainContent:
    'The mayor said on Tuesday that the new bridge will open in May.\n\nRelated coverage\n\n' +
    'It will carry four lanes of traffic and a cycle path across the river.',
  without: ['Sign up for our newsletter', 'Home', 'Share this article'],
};

describe('alignBlocks', () => {
  const blocks = [
    'The mayor said on Tuesday that the new bridge will open in May.',
    'Sign up for our newsletter to get the latest news every morning.',
    'Advertisement',
    'Home',
    'Related coverage',
    'the new bridge',
    'It will carry four lanes of traffic. Readers also liked these ten stories about bridges and tunnels',
    '',
    'Share this article',
  ];
  const al = alignBlocks(blocks, gold);
  const got = al.blocks.map((b) => `${b.label}/${b.why}`);

  it('labels a block found in the gold as content', () => {
    expect(got[0]).toBe('content/covered');
    expect(al.blocks[0]!.coverage).toBe(1);
  });
  it('labels a block absent from the gold that holds a `without` snippet as not-content/without', () => {
    expect(got[1]).toBe('not-content/without');
    expect(al.blocks[1]!.coverage).toBe(0);
    expect(al.blocks[1]!.withoutMatch).toBe('Sign up for our newsletter');
    expect(got[3]).toBe('not-content/without');
    expect(got[8]).toBe('not-content/without');
  });
  it('labels a short block absent from the gold not-content/absent', () => {
    expect(got[2]).toBe('not-content/absent');
  });
  it('takes a short block that is a whole gold line as content, but a short fragment of a line as ambiguous', () => {
    expect(got[4]).toBe('content/gold-line');
    expect(got[5]).toBe('ambiguous/short');
  });
  it('marks partial overlap ambiguous (4 of 14 shingles found)', () => {
    expect(got[6]).toBe('ambiguous/partial');
    expect(al.blocks[6]!.coverage).toBeCloseTo(4 / 14);
  });
  it('marks a block without text ambiguous', () => {
    expect(got[7]).toBe('ambiguous/empty');
  });
  it('measures how much of the gold Readability kept', () => {
    expect(al.wrongRegion).toBe(false);
    // gold lines: 10 + 1 + 11 shingles; found: all of line 1, the heading, 4 of line 3
    expect(al.readabilityRecall).toBeCloseTo(15 / 22);
  });
  it('counts labels', () => {
    const c = countLabels(al.blocks);
    expect([c.content, c['not-content'], c.ambiguous]).toEqual([2, 4, 3]);
    expect(c.byWhy['not-content/without']).toBe(3);
  });
  it('does not let a one-word `without` snippet match inside a longer block', () => {
    const a = alignBlocks([gold.mainContent, 'Go back Home to the start page of the site'], gold);
    expect(a.wrongRegion).toBe(false);
    expect(a.blocks[1]!.withoutMatch).toBeNull();
    expect(a.blocks[1]!.why).toBe('absent');
  });
  it('counts a sentence the page repeats as covered', () => {
    const a = alignBlocks([gold.mainContent.split('\n\n')[0]!, gold.mainContent.split('\n\n')[0]!], gold);
    expect(a.blocks.map((b) => b.label)).toEqual(['content', 'content']);
  });
});

describe('wrong region', () => {
  it('turns not-content into ambiguous when Readability kept little of the gold', () => {
    const a = alignBlocks(
      ['Great post, thanks for sharing this with all of us here!', 'The mayor said on Tuesday that the new bridge', 'Share this article'],
      gold,
    );
    expect(a.readabilityRecall).toBeLessThan(0.3);
    expect(a.wrongRegion).toBe(true);
    // a `without` snippet is boilerplate wherever it is
    expect(a.blocks.map((b) => `${b.label}/${b.why}`)).toEqual(['ambiguous/wrong-region', 'content/covered', 'not-content/without']);
  });
});
