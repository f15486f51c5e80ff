// The seed format: one article per file, a Python-style list literal of
// paragraph strings, each the inline HTML of one paragraph:
//
//   ['<b>First</b> paragraph.', "It's the second.", 'Third\n']
//
// Single, double or triple quotes; Python's backslash escapes; u/r prefixes;
// adjacent literals are concatenated; white space and newlines between items;
// an optional trailing comma. parseSeed is a single linear pass and never
// throws anything but SeedSyntaxError. Pure: no DOM, no node:, no dependencies.
import type { ParagraphInput } from '../shared/types.ts';

/** A malformed seed. line and column are 1-based (column counts code points); offset is the UTF-16 index. */
export class SeedSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** the message without the position prefix */
  readonly detail: string;

  constructor(detail: string, line: number, column: number, offset: number) {
    super(`line ${line}, column ${column}: ${detail}`);
    this.name = 'SeedSyntaxError';
    this.detail = detail;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
}

/** Line and column (1-based) of a UTF-16 offset. \r\n, \r and \n each end a line. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = source.charCodeAt(i);
    // the low half of a surrogate pair is not a column of its own
    if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
      const prev = source.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    column++;
  }
  return { line, column };
}

function fail(source: string, offset: number, detail: string): never {
  const at = Math.max(0, Math.min(offset, source.length));
  const { line, column } = positionOf(source, at);
  throw new SeedSyntaxError(detail, line, column, at);
}

/** A few \N{...} names, the ones news text uses. Anything else is reported, not guessed. */
const CHARACTER_NAMES: Record<string, string> = {
  'NO-BREAK SPACE': '\u00a0',
  'NARROW NO-BREAK SPACE': '\u202f',
  'ZERO WIDTH SPACE': '\u200b',
  'SOFT HYPHEN': '\u00ad',
  'EN DASH': '\u2013',
  'EM DASH': '\u2014',
  'HORIZONTAL ELLIPSIS': '\u2026',
  'LEFT SINGLE QUOTATION MARK': '\u2018',
  'RIGHT SINGLE QUOTATION MARK': '\u2019',
  'LEFT DOUBLE QUOTATION MARK': '\u201c',
  'RIGHT DOUBLE QUOTATION MARK': '\u201d',
  'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK': '\u00ab',
  'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK': '\u00bb',
  'BULLET': '\u2022',
  'MIDDLE DOT': '\u00b7',
  'DEGREE SIGN': '\u00b0',
  'COPYRIGHT SIGN': '\u00a9',
  'REGISTERED SIGN': '\u00ae',
  'EURO SIGN': '\u20ac',
  'POUND SIGN': '\u00a3',
  'SECTION SIGN': '\u00a7',
};

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isSpace(c: number): boolean {
  // Python's white space between tokens, plus a leading BOM and NBSP-free ASCII only
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
}

function describeChar(source: string, i: number): string {
  if (i >= source.length) return 'end of file';
  const cp = source.codePointAt(i) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(cp);
  return ch === "'" ? `"'"` : `'${ch}'`;
}

/**
 * Parses one seed file into its paragraph strings.
 * @throws SeedSyntaxError for anything that is not a list of string literals
 */
export function parseSeed(source: string): string[] {
  const n = source.length;
  let i = 0;
  if (source.charCodeAt(0) === 0xfeff) i = 1; // BOM

  const skipSpace = (): void => {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
  };

  const crossesLine = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const c = source.charCodeAt(k);
      if (c === 0x0a || c === 0x0d) return true;
    }
    return false;
  };

  /** At a possible string start (prefix or quote)? Returns the quote's index or -1. */
  const stringStart = (at: number): number => {
    let j = at;
    // up to two prefix letters: u, r, or ur/ru is not Python 3 but harmless to refuse
    const c = source.charCodeAt(j);
    if (c === 0x75 || c === 0x55 || c === 0x72 || c === 0x52) j++; // u U r R
    const q = source.charCodeAt(j);
    return q === 0x27 || q === 0x22 ? j : -1;
  };

  /** Reads one string literal starting at i (prefix or quote); leaves i after it. */
  const readString = (): string => {
    const start = i;
    const quoteAt = stringStart(i);
    const prefix = source.charCodeAt(i);
    const raw = quoteAt > i && (prefix === 0x72 || prefix === 0x52);
    i = quoteAt;
    const quote = source.charCodeAt(i);
    const triple = source.charCodeAt(i + 1) === quote && source.charCodeAt(i + 2) === quote;
    i += triple ? 3 : 1;
    const quoteChar = quote === 0x27 ? "'" : '"';
    const parts: string[] = [];
    let runStart = i;
    for (;;) {
      if (i >= n) {
        fail(source, start, `unterminated string (no closing ${triple ? quoteChar.repeat(3) : quoteChar} before end of file)`);
      }
      const c = source.charCodeAt(i);
      if (c === quote) {
        if (!triple) break;
        if (source.charCodeAt(i + 1) === quote && source.charCodeAt(i + 2) === quote) break;
        i++;
        continue;
      }
      if ((c === 0x0a || c === 0x0d) && !triple) {
        fail(source, start, `unterminated string (no closing ${quoteChar} before end of line)`);
      }
      if (c !== 0x5c) {
        i++;
        continue;
      }
      // a backslash
      parts.push(source.slice(runStart, i));
      const escAt = i;
      const e = source.charCodeAt(i + 1);
      if (i + 1 >= n) {
        fail(source, start, `unterminated string (no closing ${quoteChar} before end of file)`);
      }
      if (raw) {
        // in a raw string a backslash only keeps the next character from closing the string
        if (e === 0x0d && source.charCodeAt(i + 2) === 0x0a) {
          parts.push(source.slice(i, i + 3));
          i += 3;
        } else {
          parts.push(source.slice(i, i + 2));
          i += 2;
        }
        runStart = i;
        continue;
      }
      i += 2;
      switch (e) {
        case 0x0a: break; // backslash-newline: a line continuation
        case 0x0d: if (source.charCodeAt(i) === 0x0a) i++; break;
        case 0x5c: parts.push('\\'); break;
        case 0x27: parts.push("'"); break;
        case 0x22: parts.push('"'); break;
        case 0x6e: parts.push('\n'); break; // n
        case 0x74: parts.push('\t'); break; // t
        case 0x72: parts.push('\r'); break; // r
        case 0x61: parts.push('\x07'); break; // a
        case 0x62: parts.push('\b'); break; // b
        case 0x66: parts.push('\f'); break; // f
        case 0x76: parts.push('\v'); break; // v
        case 0x78: // x
        case 0x75: // u
        case 0x55: { // U
          const len = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
          for (let k = 0; k < len; k++) {
            if (!isHex(source.charCodeAt(i + k))) {
              const name = e === 0x78 ? '\\xXX' : e === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX';
              fail(source, escAt, `bad escape: truncated ${name} escape (${describeChar(source, i + k)} is not a hex digit)`);
            }
          }
          const cp = parseInt(source.slice(i, i + len), 16);
          if (cp > 0x10ffff) fail(source, escAt, `bad escape: \\U${source.slice(i, i + len)} is beyond U+10FFFF`);
          parts.push(String.fromCodePoint(cp));
          i += len;
          break;
        }
        case 0x4e: { // N{NAME}
          if (source.charCodeAt(i) !== 0x7b) fail(source, escAt, 'bad escape: \\N must be followed by {NAME}');
          let j = i + 1;
          // names are short: stop looking after 100 characters (keeps the scan linear)
          while (j < n && j < i + 100 && source.charCodeAt(j) !== 0x7d && source.charCodeAt(j) !== quote
            && source.charCodeAt(j) !== 0x0a) j++;
          if (source.charCodeAt(j) !== 0x7d) fail(source, escAt, 'bad escape: \\N{ without a closing }');
          const name = source.slice(i + 1, j).toUpperCase();
          const ch = CHARACTER_NAMES[name];
          if (ch === undefined) fail(source, escAt, `bad escape: unknown character name \\N{${source.slice(i + 1, j)}}`);
          parts.push(ch);
          i = j + 1;
          break;
        }
        default:
          if (e >= 0x30 && e <= 0x37) { // octal, up to three digits
            let v = e - 0x30;
            let k = 0;
            while (k < 2 && source.charCodeAt(i) >= 0x30 && source.charCodeAt(i) <= 0x37) {
              v = v * 8 + (source.charCodeAt(i) - 0x30);
              i++;
              k++;
            }
            parts.push(String.fromCodePoint(v));
          } else {
            // unknown escape: kept as backslash + character, like Python
            i = escAt + 1;
            const cp = source.codePointAt(i) ?? 0;
            const width = cp > 0xffff ? 2 : 1;
            parts.push('\\' + source.slice(i, i + width));
            i += width;
          }
      }
      runStart = i;
    }
    parts.push(source.slice(runStart, i));
    i += triple ? 3 : 1;
    return parts.join('');
  };

  skipSpace();
  if (source.charCodeAt(i) !== 0x5b) { // [
    fail(source, i, `not a list: expected '[' but found ${describeChar(source, i)}`);
  }
  i++;
  const out: string[] = [];
  for (;;) {
    skipSpace();
    if (i >= n) fail(source, i, "unterminated list: expected a string or ']' but found end of file");
    if (source.charCodeAt(i) === 0x5d) { i++; break; } // ] (empty list or after a trailing comma)
    if (stringStart(i) < 0) fail(source, i, `expected a string literal but found ${describeChar(source, i)}`);
    let value = readString();
    // Adjacent literals on one line are one string, as in Python. On separate
    // lines they are far more likely a forgotten comma between two
    // paragraphs, which Python would silently join: reported instead.
    for (;;) {
      const before = i;
      skipSpace();
      if (i >= n || stringStart(i) < 0) break;
      if (crossesLine(before, i)) {
        fail(source, i, "missing comma: expected ',' or ']' before this string (adjacent strings are joined only on one line)");
      }
      value += readString();
    }
    out.push(value);
    if (i >= n) fail(source, i, "unterminated list: expected ',' or ']' but found end of file");
    const c = source.charCodeAt(i);
    if (c === 0x2c) { i++; continue; } // ,
    if (c === 0x5d) { i++; break; }
    fail(source, i, `missing comma: expected ',' or ']' but found ${describeChar(source, i)}`);
  }
  skipSpace();
  if (i < n) fail(source, i, `trailing garbage after the list: ${describeChar(source, i)}`);
  return out;
}

// ---------------------------------------------------------------------------
// Writing

/** Characters Python's repr() escapes: controls, format characters, separators (but space), surrogates, private use, unassigned. */
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/**
 * One paragraph as a seed string literal, the way Python's repr() writes it:
 * single quotes unless the text has a ' and no ", printable characters verbatim,
 * everything else escaped.
 */
export function quoteSeedString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) { // by code point; a lone surrogate comes as itself
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === ' ' || !NON_PRINTABLE.test(ch)) out += ch;
    else if (cp < 0x100) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + quote;
}

export interface FormatSeedOptions {
  /** one paragraph per line (easier to review in a diff); default: one line, like Python's repr() */
  onePerLine?: boolean;
}

/** Serialises paragraphs so that parseSeed(formatSeed(p)) deep-equals p. */
export function formatSeed(paragraphs: string[], options: FormatSeedOptions = {}): string {
  const items = paragraphs.map(quoteSeedString);
  if (options.onePerLine && items.length > 0) return '[\n' + items.map((s) => `  ${s},\n`).join('') + ']\n';
  return '[' + items.join(', ') + ']';
}

// ---------------------------------------------------------------------------
// Paragraphs

/** Named character references news HTML uses; the rest of HTML's 2,000 are rare in paragraph text. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', zwsp: '\u200b',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032', Prime: '\u2033',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2',
  curren: '\u00a4', sect: '\u00a7', para: '\u00b6', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7', divide: '\u00f7',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3',
  micro: '\u00b5', ordf: '\u00aa', ordm: '\u00ba', iexcl: '\u00a1', iquest: '\u00bf', dagger: '\u2020', Dagger: '\u2021',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', minus: '\u2212', permil: '\u2030',
  szlig: '\u00df', eth: '\u00f0', ETH: '\u00d0', thorn: '\u00fe', THORN: '\u00de', oelig: '\u0153', OElig: '\u0152',
  aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8', Oslash: '\u00d8', aring: '\u00e5', Aring: '\u00c5',
  ccedil: '\u00e7', Ccedil: '\u00c7', ntilde: '\u00f1', Ntilde: '\u00d1', atilde: '\u00e3', Atilde: '\u00c3',
  otilde: '\u00f5', Otilde: '\u00d5', scaron: '\u0161', Scaron: '\u0160', yuml: '\u00ff', Yuml: '\u0178',
};
// the accented vowels, generated: &aacute; &Egrave; &ouml; &icirc; ...
for (const [accent, combining] of [['acute', '\u0301'], ['grave', '\u0300'], ['circ', '\u0302'], ['uml', '\u0308']] as const) {
  for (const v of ['a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y']) {
    const composed = (v + combining).normalize('NFC');
    if (composed.length === 1) NAMED_ENTITIES[v + accent] = composed;
  }
}

/** Windows-1252 for the C1 range, as HTML's numeric references do. */
const C1_REMAP: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,9});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;

/** Decodes named (the common ones) and numeric character references. Unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, hexDigits: string | undefined, decDigits: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    let cp = hexDigits !== undefined ? parseInt(hexDigits, 16) : parseInt(decDigits ?? '', 10);
    cp = C1_REMAP[cp] ?? cp;
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(cp);
  });
}

/** Tags whose edges separate words (the rest, like <b> and <a>, are inline and join). */
const BREAKING_TAGS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'td', 'th', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'figcaption', 'section', 'article', 'aside',
  'header', 'footer', 'nav', 'hr', 'img', 'picture', 'video', 'audio', 'iframe', 'button', 'input', 'select',
  'textarea', 'label', 'form', 'address', 'details', 'summary', 'main',
]);
/** Elements whose content is not text. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The first index >= from of needle in lower or upper case. Remembers each
 * search's answer so that many searches over one text stay linear.
 */
function findFrom(text: string, needle: string, from: number, cache: Map<string, number>): number {
  let best = -1;
  for (const variant of [needle, needle.toUpperCase()]) {
    let at = cache.get(variant);
    if (at === undefined || (at >= 0 && at < from)) {
      at = text.indexOf(variant, from);
      cache.set(variant, at);
    }
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** The text of an inline-HTML fragment: tags out, comments out, entities decoded, white space collapsed. Linear time. */
export function htmlToText(html: string): string {
  const n = html.length;
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  const closeCache = new Map<string, number>();
  let noMoreGt = false; // once a '<' found no '>', no later '<' will: the rest is text
  while (i < n) {
    const lt = noMoreGt ? -1 : html.indexOf('<', i);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    const isTag = isAsciiLetter(c) || c === 0x2f || c === 0x21 || c === 0x3f; // letter / ! ?
    if (!isTag) { i = lt + 1; continue; }
    let end: number;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      end = close < 0 ? n : close + 3; // an unclosed comment runs to the end, as in HTML
    } else {
      const gt = html.indexOf('>', lt + 1);
      if (gt < 0) { noMoreGt = true; break; }
      end = gt + 1;
    }
    out.push(html.slice(textStart, lt));
    // the tag's name
    let j = lt + 1;
    if (html.charCodeAt(j) === 0x2f) j++;
    let k = j;
    while (k < end && (isAsciiLetter(html.charCodeAt(k)) || (html.charCodeAt(k) >= 0x30 && html.charCodeAt(k) <= 0x39))) k++;
    const name = html.slice(j, k).toLowerCase();
    const closing = html.charCodeAt(lt + 1) === 0x2f;
    if (BREAKING_TAGS.has(name)) out.push(' ');
    i = end;
    if (!closing && SKIPPED_CONTENT.has(name) && html.charCodeAt(end - 2) !== 0x2f) {
      // skip to the matching end tag, written in lower or upper case
      const close = findFrom(html, '</' + name, end, closeCache);
      if (close < 0) { i = n; textStart = n; break; }
      const gt = html.indexOf('>', close);
      i = gt < 0 ? n : gt + 1;
      out.push(' ');
    }
    textStart = i;
  }
  out.push(html.slice(textStart));
  return decodeEntities(out.join('')).replace(/\s+/g, ' ').trim();
}

/** A seed paragraph as the classifier sees it: no DOM hints, since seeds carry only inline HTML. */
export function seedParagraph(html: string): ParagraphInput {
  return { text: htmlToText(html), html };
}
