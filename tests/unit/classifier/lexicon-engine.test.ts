// The lexicon's matching engine: which phrases it tries on a text. Skipping a phrase
// is only allowed when the phrase cannot match, so these tests run every phrase the
// slow, obvious way and check that each one that matches was among those tried.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstChars } from '../../../src/classifier/first-chars.ts';
import { candidatePhrases, matchingText, PHRASES, triggeredPhrases } from '../../../src/classifier/lexicon.ts';
import { parseSeed, seedParagraph } from '../../../src/seed/read-seed.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seedTexts = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => parseSeed(readFileSync(SEEDS_DIR + f, 'utf8')).map((html) => seedParagraph(html).text));

const long = (start: string) => `${start} ${'and the story goes on for a while, '.repeat(8)}`;
const TEXTS = [
  ...seedTexts,
  '', 'ab', 'app', 'Sign up', 'Related stories', 'Related', 'Anzeige', 'Publicité', '5 min read', 'Share',
  'Business › Media › TV', '© 2022 BBC. All rights reserved.', 'Photo: Getty Images', '(Foto: dpa/Bernd Weißbrod)',
  'By Anna Schmidt and Jo Lee', 'Anna Schmidt is a political reporter for the Times.', '12 March 2025, 09:45 GMT',
  'Barcelona - 18 feb 2025 - 09:45 CET', 'Updated 3:45 PM', 'Loading…', 'Stay connected!', 'Leggi anche: la crisi dei porti',
  'Follow us on Facebook, X and Instagram', 'In je inbox elke ochtend', 'Listen on Spotify', 'Join our mailing list',
  'Alle Artikel für 9,99 €', "L'application mobile disponible sur iOS", 'Abonnez-vous à notre newsletter',
  'Subscribe now', long('Subscribe now'), long('Related stories:'), long('Related stories'), long('Advertisement'),
  'x'.repeat(199) + ' x', 'x'.repeat(200) + ' x', 'Taxes, next, Xbox and x', 'happy apps and the app', 'you to subscribe: invites you to subscribe',
  'İstanbul: sign up for our newsletter', '😀 Share this on Facebook', 'a😀b newsletter 😀', 'newsletter'.repeat(3),
];

/** findWhole of the lexicon, written out: the first match that starts on a word boundary. */
function matches(source: string, flags: string, lower: string): boolean {
  const regex = new RegExp(source, flags);
  if (!regex.global) return regex.exec(lower) !== null;
  for (let m = regex.exec(lower); m; m = regex.exec(lower)) {
    if (m[0].length > 0 && !/[\p{L}\p{N}_]/u.test(lower[m.index - 1] ?? '')) return true;
    regex.lastIndex = m.index + 1;
  }
  return false;
}

describe('triggeredPhrases', () => {
  it('gives every phrase whose trigger occurs in the text, inside words too, in table order, once', () => {
    for (const text of TEXTS) {
      const lower = matchingText(text);
      const expected = PHRASES.flatMap((p, i) => (p.trigger !== null && lower.includes(p.trigger) ? [i] : []));
      expect(triggeredPhrases(lower), text).toEqual(expected);
    }
  });

  it('finds triggers at the very start and the very end of the text', () => {
    const first = PHRASES.findIndex((p) => p.trigger === 'newsletter');
    expect(triggeredPhrases('newsletter')).toContain(first);
    expect(triggeredPhrases('our newsletter')).toContain(first);
    expect(triggeredPhrases('newslette')).not.toContain(first);
  });
});

describe('candidatePhrases', () => {
  it('tries every phrase that matches (triggers and gates only skip phrases that cannot)', () => {
    let matched = 0;
    for (const text of TEXTS) {
      const lower = matchingText(text);
      const tried = new Set(candidatePhrases(lower));
      PHRASES.forEach((p, i) => {
        if (lower.length > p.maxChars || !matches(p.source, p.flags, lower)) return;
        matched++;
        expect(tried.has(i), `${p.source} on ${JSON.stringify(text)}`).toBe(true);
      });
    }
    // the texts above do exercise the phrases without a trigger, anchored or not
    expect(matched).toBeGreaterThan(100);
  });

  it('tries phrases in table order', () => {
    for (const text of TEXTS) {
      const tried = candidatePhrases(matchingText(text));
      expect([...tried].sort((a, b) => a - b)).toEqual(tried);
    }
  });

  it('skips phrases without a trigger that cannot match: anchored ones by the first character, the others by their gate', () => {
    const text = 'The council approved the budget on Tuesday after a long debate.';
    const tried = candidatePhrases(matchingText(text));
    const untriggered = tried.filter((i) => PHRASES[i]!.trigger === null);
    // only anchored phrases that may start with "t" are left
    expect(untriggered.length).toBeGreaterThan(0);
    for (const i of untriggered) {
      expect(PHRASES[i]!.flags).not.toContain('g');
      const first = firstChars(PHRASES[i]!.source, PHRASES[i]!.flags);
      expect(first === null || first.has('t'.charCodeAt(0))).toBe(true);
    }
    expect(untriggered.length).toBeLessThan(PHRASES.filter((p) => p.trigger === null).length / 3);
  });
});

const chars = (source: string) => {
  const first = firstChars(source);
  return first === null ? null : [...first].map((c) => String.fromCharCode(c)).sort().join('');
};

describe('firstChars', () => {
  it.each([
    ['^abc', 'a'],
    ['^(?:read|see) more', 'rs'],
    ['^(?:written |reported )?by ', 'brw'],
    ['^a?b*c', 'abc'],
    ['^a{0,2}b', 'ab'],
    ['^a{1,2}b', 'a'],
    ['^\\(?(?:reuters|ap)\\)?$', '(ar'],
    ['^\\d{1,2} min', '0123456789'],
    ['(?:(?:^foo)|(?:^bar))(?![0-9_a-z])', 'bf'],
    ['^\\bepa', 'e'],
    ['^(?:copy|©)', 'c©'],
    ['^(?<name>x)y', 'x'],
    ['^x.*?y', 'x'],
  ])('%s starts with one of %s', (source, expected) => {
    expect(chars(source)).toBe(expected);
  });

  it.each([
    ['abc'], // not anchored: a match can start anywhere
    ['^a|b'], // the second alternative is not anchored
    ['(?:^a)?b'], // an optional ^ does not anchor
    ['^(?:a)?'], // can match without a character
    ['^$'],
    ['^\\s*x'], // \s: not followed
    ['^[abc]'], // classes: not followed
    ['^.x'],
    ['^\\Sx'],
    ['^(?=a)a'], // lookarounds: not followed
    ['^\\p{L}'],
    ['^(a)?\\1x'], // a backreference: not followed
    ['^\u{1F600}'],
    ['^(?:x'], // not a regex
  ])('%s may start with anything (null)', (source) => {
    expect(chars(source)).toBe(null);
  });

  it('is null for flags that change matching', () => {
    expect(firstChars('^abc', 'i')).toBe(null);
    expect(firstChars('^abc', 'm')).toBe(null);
    expect(firstChars('^abc', 'u')).not.toBe(null);
  });

  it('holds for every anchored phrase on the test texts: a match starts with one of its characters', () => {
    for (const p of PHRASES) {
      const first = firstChars(p.source, p.flags);
      if (first === null) continue;
      for (const text of TEXTS) {
        const lower = matchingText(text);
        if (new RegExp(p.source, p.flags).test(lower)) expect(first.has(lower.charCodeAt(0)), `${p.source} on ${text}`).toBe(true);
      }
    }
  });
});
