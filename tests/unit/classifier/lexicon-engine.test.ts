// The lexicon's matching engine: which phrases it tries on a text. Skipping a phrase
// is only allowed when the phrase cannot match, so these tests run every phrase the
// slow, obvious way and check that each one that matches was among those tried.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plainLiteral, requiredLiterals } from '../../../src/classifier/required-literals.ts';
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
  // phrases found by one of several triggers, or by a short one
  'Anna Schmidt is a political correspondent for the Times.', 'Jo Lee was the paper’s chief columnist', 'Copyright (c) 2021 Example Ltd',
  '© 2024', 'Follow us on X', 'Folgen Sie uns auf X und Threads', '(AP)', 'Reuters', '2024-01-05', '5.1.2024', 'Home > Sport > Tennis',
  'Edited by Jo Lee', 'Editing by Jo Lee', 'With reporting by Jo Lee', 'Cargando…', 'Foto: ANP', 'Image 3 of 12',
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
  it('gives every phrase one of whose triggers occurs in the text, inside words too, in table order, once', () => {
    for (const text of TEXTS) {
      const lower = matchingText(text);
      const expected = PHRASES.flatMap((p, i) => (p.triggers?.some((t) => lower.includes(t)) ? [i] : []));
      expect(triggeredPhrases(lower), text).toEqual(expected);
    }
  });

  it('finds triggers at the very start and the very end of the text', () => {
    const first = PHRASES.findIndex((p) => p.triggers?.length === 1 && p.triggers[0] === 'newsletter');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(triggeredPhrases('newsletter')).toContain(first);
    expect(triggeredPhrases('our newsletter')).toContain(first);
    expect(triggeredPhrases('newslette')).not.toContain(first);
  });
});

describe('candidatePhrases', () => {
  it('tries every phrase that matches (triggers only skip phrases that cannot)', () => {
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
    // the texts above make many phrases match, short triggers ("©", "|", "x") and long ones
    expect(matched).toBeGreaterThan(100);
  });

  it('tries phrases in table order', () => {
    for (const text of TEXTS) {
      const tried = candidatePhrases(matchingText(text));
      expect([...tried].sort((a, b) => a - b)).toEqual(tried);
    }
  });

});

describe('plainLiteral', () => {
  it.each([
    ['newsletters?', 'newsletter'], // the s may be missing
    ['invites? you to subscribe', ' you to subscribe'],
    ['(?:abonnieren|bestellen) sie (?:jetzt )?newsletter', 'newsletter'],
    ['sign up for \\S+ news', 'sign up for '],
    ['ab{10,200}cdef', 'cdef'], // no "10,200" from the quantifier
    ['x [abcdefg] yyyy', ' yyyy'], // nor a class
    ['sign\\.up here', 'up here'],
    ['foo|bar', null], // alternatives: nothing is in every match
    ['abc', null], // too short to be worth it
    ['(?:long enough)', null], // inside a group
  ])('%s → %j', (phrase, literal) => {
    expect(plainLiteral(phrase)).toBe(literal);
  });
});

const literals = (source: string) => requiredLiterals(source)?.slice().sort() ?? null;

describe('requiredLiterals', () => {
  it.each([
    ['newsletters?', ['newsletter']],
    ['invites? you to subscribe', [' you to subscribe']],
    ['(?:abonnieren|bestellen) sie (?:jetzt )?newsletter', ['newsletter']],
    ['sign up (?:for|to) (?:our|the) newsletter', [' newsletter']],
    ['(?:^(?:(?:good|more) )?(?:articles|posts) to read (?:together|next))', [' to read ']],
    ['(?:^(?:read|see) more)|(?:^related)|(?:^(?:watch|listen)\\s?:)', ['listen', 'read more', 'related', 'see more', 'watch']],
    ['(?:edited|editing) by', ['edited by', 'editing by']],
    ['foo|bar', ['bar', 'foo']],
    ['^\\s*(?:©|\\(c\\)|copyright)', ['(c)', 'copyright', '©']],
    ['(?:\\S+ ){1,3}is (?:a|an|the) (?:\\S+ ){0,3}(?:reporter|correspondent)', ['correspondent', 'reporter']],
    ['x(?!yz)', ['x']],
    ['[’\']s news', ["'s news", '’s news']],
    ['xyz+w', ['xy']], // "z+" ends the run of exact characters
    ['\\u00e9t\\u00e9', ['été']],
    ['😀?abcd', ['abcd']], // the quantifier takes the whole pair
    ['ab😀cd', ['ab😀cd']],
    ['[😀x]yz', ['yz']], // astral members: the class is not followed
    ['wx\\u{1F600}?yz', ['wx']],
    ['a(?<n>bcd)e', ['abcde']], // a named group is a group
    ['\\bword\\b', ['word']],
  ])('%s needs one of %j', (source, expected) => {
    expect(literals(source)).toEqual(expected);
  });

  it.each([
    ['\\S+ \\d+'], // no literal but a space, which nearly every text has
    ['(?:abc)?\\d'], // "abc" is optional
    ['a*'],
    ['[a-z]+'], // ranges: not followed
    ['[^abc]'],
    ['(?:abc|\\d+)'], // one alternative has no literal
    ['(\\S)\\1'], // a backreference
    ['abc', 'i'],
    ['(?:x'], // not a regex
  ])('%s needs nothing known (null)', (source, flags = 'u') => {
    expect(requiredLiterals(source, flags)).toBe(null);
  });

  it('holds for every phrase on the test texts: a text a phrase matches contains one of its literals', () => {
    let checked = 0;
    for (const p of PHRASES) {
      const needed = requiredLiterals(p.source, p.flags);
      if (needed === null) continue;
      for (const text of TEXTS) {
        const lower = matchingText(text);
        if (!new RegExp(p.source, p.flags).test(lower)) continue;
        checked++;
        expect(needed.some((t) => lower.includes(t)), `${p.source} on ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
