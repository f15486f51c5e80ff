// Cheap string statistics of one paragraph, computed once and shared by the
// features and the rules. Pure string work: the seed path has only inline HTML.

export interface TextStats {
  chars: number;
  words: number;
  sentences: number;
  /** share of the text inside <a> elements, 0..1 */
  linkDensity: number;
  links: number;
  /** the text ends like a sentence: . ! ? … or a closing quote after one */
  endsLikeSentence: boolean;
  upperRatio: number;
  digitRatio: number;
  /** you / your / Sie / vous / tu / usted / je / jij ... */
  secondPerson: number;
  hasImage: boolean;
  /** share of the words that start with a letter whose first letter is a capital (0 under two such words): menus and product names */
  titleCaseRatio: number;
}

const ANCHOR = /<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi;
const TAG = /<[^>]*>/g;
const SECOND_PERSON =
  /(?<![\p{L}\p{N}])(?:you|your|yours|you're|you'll|sie|ihr|ihre|ihren|ihrem|dich|dein|deine|euch|vous|votre|vos|toi|ton|ta|tes|usted|ustedes|tu|tus|te|vuestro|vuestra|voi|vostro|vostra|ti|você|vocês|seu|sua|je|jij|jouw|u|uw)(?![\p{L}\p{N}])/giu;

export function stripTags(html: string): string {
  return html.replace(TAG, ' ');
}

export function computeTextStats(text: string, html: string): TextStats {
  const chars = text.length;
  let linkChars = 0;
  let links = 0;
  // the anchor regex needs "<a" (or "<A"): most paragraphs have no link
  if (html.includes('<a') || html.includes('<A')) {
    for (const m of html.matchAll(ANCHOR)) {
      links++;
      linkChars += stripTags(m[1] ?? '').replace(/\s+/g, ' ').trim().length;
    }
  }
  const c = scanText(text);
  return {
    chars,
    words: c.words,
    sentences: c.sentences,
    linkDensity: chars ? Math.min(1, linkChars / chars) : 0,
    links,
    endsLikeSentence: endsLikeSentence(text),
    upperRatio: c.letters ? c.upper / c.letters : 0,
    digitRatio: chars ? c.digits / chars : 0,
    secondPerson: c.secondPerson,
    titleCaseRatio: c.titleWords < 2 ? 0 : c.capitalised / c.titleWords,
    hasImage: /<(?:img|picture|video|svg)\b/i.test(html),
  };
}

const LETTER = /\p{L}/u;
const LETTER_START = /^\p{L}/u;
const DIGIT = /\p{N}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

// What one UTF-16 code unit is, as the regexes above would say it, worked out on
// first sight and kept: a bit set per code unit.
const KNOWN = 1;
/** \p{L} */
export const IS_LETTER = 2;
/** a letter whose toLowerCase differs */
export const IS_UPPER = 4;
/** \p{N} */
const IS_NUMBER = 8;
/** \s */
const IS_SPACE = 16;
/** . ! ? … 。 ！ ？ */
const IS_SENTENCE_END = 32;
/** " ' ” ’ » ) */
const IS_CLOSER = 64;
/** a sentence end, : or ; */
const IS_LINE_END = 128;
/** can be the first letter of a second-person word, as SECOND_PERSON's /iu matching compares letters */
const STARTS_SECOND_PERSON = 256;
const CLASS = new Uint16Array(0x10000);
const SENTENCE_END = '.!?…。！？';
/** the first letters of SECOND_PERSON's words, with its flags */
const SECOND_PERSON_FIRST = /^[ysidevtuj]/iu;
const CLOSERS = '"\'”’»)';

/** The class bits of a code unit (a lone surrogate is none of them). */
export function charClass(c: number): number {
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN;
    if (LETTER.test(ch)) k |= IS_LETTER | (ch !== ch.toLowerCase() ? IS_UPPER : 0);
    else if (DIGIT.test(ch)) k |= IS_NUMBER;
    if (/\s/.test(ch)) k |= IS_SPACE;
    if (SENTENCE_END.includes(ch)) k |= IS_SENTENCE_END | IS_LINE_END;
    if (ch === ':' || ch === ';') k |= IS_LINE_END;
    if (CLOSERS.includes(ch)) k |= IS_CLOSER;
    if (SECOND_PERSON_FIRST.test(ch)) k |= STARTS_SECOND_PERSON;
    CLASS[c] = k;
  }
  return k;
}
for (let c = 0; c < 128; c++) charClass(c);

/** \s, as split(/\s+/) sees it */
export const isSpace = (c: number): boolean => (charClass(c) & IS_SPACE) !== 0;

/** The second-person words, anchored: tried where a run of letters and digits starts. */
const SECOND_PERSON_AT = new RegExp(SECOND_PERSON.source, 'iuy');
/** no second-person word is longer (in code points) */
const SECOND_PERSON_MAX = 7;

/** The code unit before the closing quotes and brackets that end the text ("…now!»" gives "!"); -1 when there is none. */
export function finalMark(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && charClass(text.charCodeAt(i)) & IS_CLOSER) i--;
  return i >= 0 ? text.charCodeAt(i) : -1;
}

/** /[.!?…。！？:;]["'”’»)]*$/ */
function endsLikeSentence(text: string): boolean {
  const c = finalMark(text);
  return c >= 0 && (charClass(c) & IS_LINE_END) !== 0;
}

/**
 * One pass over the text for what the regexes used to count:
 * - words: runs of non-space (text.split(/\s+/) without empty parts); those of them
 *   that start with a letter (\p{L}, by code point), and those whose first code unit
 *   is a capital (for titleCaseRatio);
 * - letters, capitals and digits, per UTF-16 code unit;
 * - sentences: /[.!?…。！？](?=\s|$|["'”’»)])/g;
 * - second-person words: SECOND_PERSON's matches. Its lookbehind lets a match
 *   start only where a run of letters and digits (by code point) starts, and it
 *   ends that run ("you're" is counted by its "you"), so it is tried at run starts
 *   alone, on runs short enough to be one of its words.
 */
function scanText(text: string): { words: number; letters: number; upper: number; digits: number; sentences: number; secondPerson: number; titleWords: number; capitalised: number } {
  let words = 0;
  let titleWords = 0;
  let capitalised = 0;
  let inWord = false;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let sentences = 0;
  let secondPerson = 0;
  let runStart = -1;
  let runPoints = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = CLASS[c] || charClass(c);
    if (k & IS_SPACE) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
      // a word that starts with a letter (by code point), and whether it is a capital
      if (k & IS_LETTER) {
        titleWords++;
        if (k & IS_UPPER) capitalised++;
      } else if (c >= 0xd800 && c <= 0xdfff && LETTER_START.test(text.slice(i, i + 2))) titleWords++;
    }
    let ln = (k & (IS_LETTER | IS_NUMBER)) !== 0;
    if (ln) {
      letters += (k & IS_LETTER) >> 1;
      upper += (k & IS_UPPER) >> 2;
      digits += (k & IS_NUMBER) >> 3;
    } else if (k & IS_SENTENCE_END) {
      if (i + 1 === n || charClass(text.charCodeAt(i + 1)) & (IS_SPACE | IS_CLOSER)) sentences++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      // a surrogate pair: one code point for the runs; neither half is a letter or digit above
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        ln = LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
        if (ln) {
          if (runStart < 0) { runStart = i; runPoints = 0; }
          runPoints++;
        }
        i++; // the second half: not a space, not a letter or digit, and inWord is already set
        if (ln) continue;
      }
    }
    if (ln) {
      if (runStart < 0) { runStart = i; runPoints = 0; }
      runPoints++;
    } else if (runStart >= 0) {
      secondPerson += secondPersonRun(text, runStart, runPoints);
      runStart = -1;
    }
  }
  if (runStart >= 0) secondPerson += secondPersonRun(text, runStart, runPoints);
  return { words, letters, upper, digits, sentences, secondPerson, titleWords, capitalised };
}

function secondPersonRun(text: string, start: number, points: number): number {
  if (points > SECOND_PERSON_MAX) return 0;
  const c = text.charCodeAt(start);
  // a run that starts with a surrogate pair is always tried
  if ((c < 0xd800 || c > 0xdfff) && !(charClass(c) & STARTS_SECOND_PERSON)) return 0;
  SECOND_PERSON_AT.lastIndex = start;
  return SECOND_PERSON_AT.test(text) ? 1 : 0;
}
