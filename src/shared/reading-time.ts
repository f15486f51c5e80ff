// Reading time for the header: words (or, for Chinese and Japanese, characters) at
// the silent reading rate of the article's language. Pure.
//
// The rates. English: 238 words a minute, the mean adult silent reading rate for
// non-fiction in Brysbaert's meta-analysis (J. Memory & Language 109, 2019; 190
// studies). Other languages: the same rate scaled by how fast each language is read
// relative to English in IReST, texts of matched content read by native speakers
// (Trauzettel-Klosinski & Dietz, IOVS 53(9), 2012; English 228 words/min aloud):
//
//   language      IReST (aloud)    here (silent)
//   en English    228 words/min    238 words/min
//   es Spanish    218              228
//   nl Dutch      202              211
//   sv Swedish    199              208
//   fr French     195              204
//   it Italian    188              196
//   he Hebrew     187              195
//   ru Russian    184              192
//   pt Portuguese 181              189
//   sl Slovenian  180              188
//   de German     179              187
//   pl Polish     166              173
//   tr Turkish    166              173
//   fi Finnish    161              168
//   ar Arabic     138              144
//   zh Chinese    255 chars/min    266 characters/min
//   ja Japanese   357 chars/min    373 characters/min
//   other         184 (the mean)   192 words/min
//
// Chinese and Japanese are written without spaces between words, so Han, Hiragana and
// Katakana are counted one by one, at the character rate (Japanese when the text has
// kana or the article says ja, else Chinese). Korean separates words with spaces and
// has no IReST figure: its words are counted at the "other" rate.

const ENGLISH_SILENT_WPM = 238;
const IREST_ENGLISH = 228;
const scaled = (irest: number) => Math.round((ENGLISH_SILENT_WPM * irest) / IREST_ENGLISH);

/** Words a minute by primary language subtag. */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = Object.freeze({
  en: ENGLISH_SILENT_WPM,
  es: scaled(218),
  nl: scaled(202),
  sv: scaled(199),
  fr: scaled(195),
  it: scaled(188),
  he: scaled(187),
  ru: scaled(184),
  pt: scaled(181),
  sl: scaled(180),
  de: scaled(179),
  pl: scaled(166),
  tr: scaled(166),
  fi: scaled(161),
  ar: scaled(138),
});
export const DEFAULT_WORDS_PER_MINUTE = scaled(184);
/** Characters a minute for text written without word spaces. */
export const CHARACTERS_PER_MINUTE: Readonly<Record<'zh' | 'ja', number>> = Object.freeze({ zh: scaled(255), ja: scaled(357) });

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORDISH = /[\p{L}\p{N}]/u;

export interface ReadingTime {
  minutes: number;
  words: number;
  /** Han and kana characters (counted apart from words) */
  characters: number;
  wordsPerMinute: number;
  charactersPerMinute: number;
}

/** "pt-BR" → "pt"; null for a missing or malformed tag. */
export function primaryLanguage(lang: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(lang ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function countText(text: string): { words: number; characters: number; hasKana: boolean } {
  const characters = text.match(CJK_CHAR)?.length ?? 0;
  const rest = characters ? text.replace(CJK_CHAR, ' ') : text;
  let words = 0;
  for (const token of rest.split(/\s+/)) if (WORDISH.test(token)) words++;
  return { words, characters, hasKana: KANA.test(text) };
}

/** Minutes to read text written in lang (a BCP 47 tag or null); at least 1 when there is any text. */
export function readingTime(text: string, lang: string | null | undefined): ReadingTime {
  const primary = primaryLanguage(lang);
  const { words, characters, hasKana } = countText(text);
  const wordsPerMinute = (primary && WORDS_PER_MINUTE[primary]) || DEFAULT_WORDS_PER_MINUTE;
  const charactersPerMinute = primary === 'ja' || (primary !== 'zh' && hasKana) ? CHARACTERS_PER_MINUTE.ja : CHARACTERS_PER_MINUTE.zh;
  const exact = words / wordsPerMinute + characters / charactersPerMinute;
  const minutes = words + characters === 0 ? 0 : Math.max(1, Math.round(exact));
  return { minutes, words, characters, wordsPerMinute, charactersPerMinute };
}
