// The lexicon's generated trigger table (src/classifier/phrase-triggers.ts): the build
// writes it from the phrases so that the content script does not parse them at every
// click. It must say exactly what required-literals.ts reads from today's phrases, and
// a stale one must never cost a hit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lexiconHits, PHRASES, phrasesFingerprint, unpackTriggers, untriggeredPhrases } from '../../../src/classifier/lexicon.ts';
import { packTriggers, triggersFile, workOutTriggers } from '../../../src/eval/triggers-file.ts';

const TABLE_FILE = fileURLToPath(new URL('../../../src/classifier/phrase-triggers.ts', import.meta.url));

describe('the generated trigger table', () => {
  it('is what the build writes from the current phrases (npm run build writes it again)', () => {
    expect(readFileSync(TABLE_FILE, 'utf8') === triggersFile(), 'src/classifier/phrase-triggers.ts is stale: run npm run build').toBe(true);
  });

  it('gives every phrase the triggers required-literals.ts reads from it', () => {
    const expected = workOutTriggers();
    expect(expected.filter((t) => t !== null)).toHaveLength(PHRASES.length);
    PHRASES.forEach((p, i) => expect(p.triggers, p.source).toEqual(expected[i]));
  });
});

describe('packed triggers', () => {
  it('are cut from the phrase\'s source where it spells them, and spelt out where it does not', () => {
    expect(packTriggers('(?:newsletters? sign-up)', ['newsletter', 'news letter', 'sign-up'])).toEqual([3, 10, 'news letter', 16, 7]);
    expect(unpackTriggers('(?:newsletters? sign-up)', [3, 10, 'news letter', 16, 7])).toEqual(['newsletter', 'news letter', 'sign-up']);
    expect(packTriggers('(?:x)', null)).toBeNull();
    expect(unpackTriggers('(?:x)', null)).toBeNull();
  });

  it('unpack to the same triggers for every phrase, most of them cut from the source', () => {
    let cut = 0;
    let spelt = 0;
    workOutTriggers().forEach((triggers, i) => {
      const source = PHRASES[i]!.source;
      const packed = packTriggers(source, triggers);
      for (const item of packed ?? []) if (typeof item === 'string') spelt++; else cut++;
      expect(unpackTriggers(source, packed), source).toEqual(triggers);
    });
    expect(cut / 2).toBeGreaterThan(2 * spelt);
  });
});

describe('phrasesFingerprint', () => {
  const phrases = PHRASES.map(({ source, flags }) => ({ source, flags }));
  const changed = (i: number, change: (p: { source: string; flags: string }) => { source: string; flags: string }) =>
    phrasesFingerprint(phrases.map((p, j) => (j === i ? change(p) : p)));

  it('changes when a phrase is added, removed, reordered, lengthened or retyped', () => {
    const today = phrasesFingerprint(phrases);
    expect(phrasesFingerprint([...phrases, { source: 'new phrase', flags: 'gu' }])).not.toBe(today);
    expect(phrasesFingerprint(phrases.slice(1))).not.toBe(today);
    expect(phrasesFingerprint([phrases[1]!, phrases[0]!, ...phrases.slice(2)])).not.toBe(today);
    expect(changed(10, (p) => ({ ...p, source: `${p.source}s` }))).not.toBe(today);
    expect(changed(10, (p) => ({ ...p, flags: 'u' === p.flags ? 'gu' : 'u' }))).not.toBe(today);
    expect(changed(10, (p) => {
      const middle = p.source.length >> 1;
      return { ...p, source: p.source.slice(0, middle) + (p.source[middle] === 'x' ? 'y' : 'x') + p.source.slice(middle + 1) };
    })).not.toBe(today);
  });
});

describe('a stale table', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/classifier/phrase-triggers.ts');
    vi.resetModules();
  });

  it('is not used: every phrase runs on every text, and the hits are the same', async () => {
    vi.resetModules();
    vi.doMock('../../../src/classifier/phrase-triggers.ts', () => ({
      PHRASES_FINGERPRINT: '1:00000000',
      // wrong triggers: used, they would hide every hit
      PHRASE_TRIGGERS: PHRASES.map(() => ['no text has this']),
    }));
    const stale = await import('../../../src/classifier/lexicon.ts');
    expect(stale.PHRASES.every((p) => p.triggers === null)).toBe(true);
    expect(stale.untriggeredPhrases()).toHaveLength(PHRASES.length);
    expect(untriggeredPhrases()).toEqual([]);
    const texts = ['Sign up for our newsletter', '© 2024 Example Ltd. All rights reserved.', 'Photo: Getty Images', 'Follow us on X', 'Read more: the port crisis'];
    for (const text of texts) {
      expect(lexiconHits(text).length, text).toBeGreaterThan(0);
      expect(stale.lexiconHits(text), text).toEqual(lexiconHits(text));
    }
  });
});
