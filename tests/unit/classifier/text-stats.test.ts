// computeTextStats counts in one pass what regexes used to count; these tests hold
// it to those regexes, on edge cases and on random text.
import { describe, expect, it } from 'vitest';
import { charClass, computeTextStats, isSpace, IS_LETTER, IS_UPPER } from '../../../src/classifier/text-stats.ts';

const SECOND_PERSON =
  /(?<![\p{L}\p{N}])(?:you|your|yours|you're|you'll|sie|ihr|ihre|ihren|ihrem|dich|dein|deine|euch|vous|votre|vos|toi|ton|ta|tes|usted|ustedes|tu|tus|te|vuestro|vuestra|voi|vostro|vostra|ti|você|vocês|seu|sua|je|jij|jouw|u|uw)(?![\p{L}\p{N}])/giu;

/** The statistics as the regexes gave them. */
function reference(text: string) {
  let letters = 0;
  let upper = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    } else if (/\p{N}/u.test(ch)) digits++;
  }
  return {
    words: text ? text.split(/\s+/).filter(Boolean).length : 0,
    sentences: (text.match(/[.!?…。！？](?=\s|$|["'”’»)])/g) ?? []).length,
    endsLikeSentence: /[.!?…。！？:;]["'”’»)]*$/.test(text),
    upperRatio: letters ? upper / letters : 0,
    digitRatio: text.length ? digits / text.length : 0,
    secondPerson: (text.match(SECOND_PERSON) ?? []).length,
  };
}

const pick = (s: typeof reference extends (t: string) => infer R ? R : never, stats: ReturnType<typeof computeTextStats>) =>
  Object.fromEntries(Object.keys(s).map((k) => [k, stats[k as keyof typeof stats]]));

const CASES = [
  '', ' ', 'you', 'You', 'YOU', "you're", "you'll and YOU'RE", 'yourself', 'ayou', 'you2', '2you', 'your yours',
  'Sie sagen: ihr, ihre, ihren!', 'vous votre vos', 'usted ustedes vuestro vuestra', 'você vocês VOCÊ', 'je jij jouw u uw',
  'ſie', 'KELVIN \u212a', '𝐀𝐁 you 𝐲𝐨𝐮', 'you\u{1D400}', '\u{1D400}you', '\ud800you', 'you\udc00', '\udc00\ud800',
  'a\tb\u2028c\u3000d\ufeffe\u00a0f\u202fg', '"Hello." she said! Really?" »', 'End (see above.)', 'x…', '。日本語。', '¿Qué? ¡Sí!',
  'İstanbul ıI', 'Ⓐ Ⓑ ⅰⅱ Ⅻ ½ ²', '😀 you 😀', ' lead space. Two  spaces!! ', 'ends with a colon:', 'quote.”', '(te) [ti] tu-tus',
];

describe('computeTextStats', () => {
  it.each(CASES)('counts %j as the regexes did', (text) => {
    const expected = reference(text);
    expect(pick(expected, computeTextStats(text, ''))).toEqual(expected);
  });

  it('counts random text as the regexes did', () => {
    const alphabet = [...'youYOUrsietvdjnw \t\n.!?…:;"\')»”’-2éÊſ', '\u00a0', '\u2028', '\u212a', '\u{1D400}', '\u{1F600}', '\ud800', '\udc00', 'İ', 'ß'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = reference(text);
      expect(pick(expected, computeTextStats(text, '')), JSON.stringify(text)).toEqual(expected);
    }
  });

  it('counts links only when the HTML has an anchor', () => {
    expect(computeTextStats('Read more here', 'Read <a href="/x">more</a> here').links).toBe(1);
    expect(computeTextStats('Read more here', 'Read <A HREF="/x">more</A> here').links).toBe(1);
    expect(computeTextStats('Read more here', 'Read <abbr>more</abbr> here').links).toBe(0);
    expect(computeTextStats('Read more here', 'Read more here').linkDensity).toBe(0);
  });
});

describe('charClass and isSpace', () => {
  it('agree with the regexes for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpace(c), `U+${c.toString(16)}`).toBe(/\s/.test(ch));
      const letter = /\p{L}/u.test(ch);
      expect((charClass(c) & IS_LETTER) !== 0, `U+${c.toString(16)}`).toBe(letter);
      expect((charClass(c) & IS_UPPER) !== 0, `U+${c.toString(16)}`).toBe(letter && ch !== ch.toLowerCase());
    }
  });
});
