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
  const words = text ? text.split(/\s+/).filter(Boolean).length : 0;
  let linkChars = 0;
  let links = 0;
  for (const m of html.matchAll(ANCHOR)) {
    links++;
    linkChars += stripTags(m[1] ?? '').replace(/\s+/g, ' ').trim().length;
  }
  const { letters, upper, digits } = countCharacters(text);
  return {
    chars,
    words,
    sentences: (text.match(/[.!?…。！？](?=\s|$|["'”’»)])/g) ?? []).length,
    linkDensity: chars ? Math.min(1, linkChars / chars) : 0,
    links,
    endsLikeSentence: /[.!?…。！？:;]["'”’»)]*$/.test(text),
    upperRatio: letters ? upper / letters : 0,
    digitRatio: chars ? digits / chars : 0,
    secondPerson: (text.match(SECOND_PERSON) ?? []).length,
    hasImage: /<(?:img|picture|video|svg)\b/i.test(html),
  };
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/** Letters, capitals and digits in one pass; plain loops: this runs for every paragraph. */
function countCharacters(text: string): { letters: number; upper: number; digits: number } {
  let letters = 0;
  let upper = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) letters++;
      else if (c >= 65 && c <= 90) { letters++; upper++; }
      else if (c >= 48 && c <= 57) digits++;
      continue;
    }
    const ch = text[i]!;
    if (LETTER.test(ch)) {
      letters++;
      if (ch !== ch.toLowerCase()) upper++;
    } else if (DIGIT.test(ch)) digits++;
  }
  return { letters, upper, digits };
}
