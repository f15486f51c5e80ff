// Literal strings a regular expression cannot match without, read from its source.
// The lexicon uses them as triggers: a phrase runs only on a text that contains one
// of its literals ("reporter", "correspondent", … for "Anna Schmidt is a political
// reporter"), found for all phrases at once in one pass over the text.
//
// The reading is conservative: what it does not follow exactly
// (character classes with ranges or negation, \d \s \w \p, ., backreferences, an 'i'
// flag) stands for "any text", and a pattern it cannot read gives null. A wrong
// answer here would silently drop lexicon hits, so it may only ever give up, never
// name a literal that some match lacks.

interface Literals {
  /** every match is exactly one of these strings; null: not a small, known set */
  exact: string[] | null;
  /** every match contains one of these (none empty); null: nothing known */
  required: string[] | null;
}

/** Sets grow by products ("(?:a|an|the) (?:free|daily) newsletter"): past this size, give up on the set. */
const MAX_SET = 8;
/** Alternatives add their literals up: a longer list is still one pass over the text. */
const MAX_UNION = 256;
const ANY: Literals = { exact: null, required: null };
const EMPTY: Literals = { exact: [''], required: null };
/** identity escapes that stand for the character itself */
const SYNTAX = new Set('^$\\.*+?()[]{}|/-'.split(''));
/**
 * characters that stand for themselves (surrogates are read one pair at a time, in
 * atom); PLAIN_PIECE below reads the same set, in whole code points
 */
const PLAIN_RUN = /[^^$\\.*+?()[\]{}|\ud800-\udfff]+/y;
const QUANTIFIERS = new Set('?*+{'.split(''));
const BLANK = /^\s*$/;

class Unsupported extends Error {}

const unique = (xs: string[]): string[] => [...new Set(xs)];

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  return unique(a.flatMap((x) => b.map((y) => x + y)));
}

/**
 * How good a set is as a trigger: long strings first (a 3-letter one is found in
 * many words, past 8 letters they are all rare), then few of them, then the longest.
 * Sets with an empty string require nothing; a space alone is in nearly every text.
 */
function score(set: string[] | null): number {
  if (!set || set.length === 0) return -Infinity;
  let shortest = Infinity;
  for (const s of set) {
    if (s.length < shortest) shortest = s.length;
    if (BLANK.test(s)) return -Infinity;
  }
  return Math.min(shortest, 8) * 4 - set.length + Math.min(shortest, 100) / 1000;
}

const better = (a: string[] | null, b: string[] | null): string[] | null => (score(b) > score(a) ? b : a);
const usable = (set: string[] | null): string[] | null => (score(set) === -Infinity ? null : set);

/**
 * Literal strings of which every match of source contains at least one, or null when
 * none are known. Strings are as the source spells them (the lexicon's are lower case,
 * matched on lower-cased text).
 */
export function requiredLiterals(source: string, flags = ''): string[] | null {
  if (flags.includes('i')) return null;
  let pos = 0;

  function alternation(): Literals {
    const alts: Literals[] = [sequence()];
    while (source[pos] === '|') {
      pos++;
      alts.push(sequence());
    }
    if (alts.length === 1) return alts[0]!;
    const exact = alts.every((a) => a.exact) ? unique(alts.flatMap((a) => a.exact!)) : null;
    // each alternative must bring its own literals: the union is then required
    const each = alts.map((a) => better(usable(a.exact), a.required));
    const union = each.every((s) => s) ? unique(each.flatMap((s) => s!)) : null;
    return { exact: exact && exact.length <= MAX_SET ? exact : null, required: union && union.length <= MAX_UNION ? union : null };
  }

  function sequence(): Literals {
    // The exact items since the last item that is not exact: run, the product up to the
    // last one with several strings, then tail, the single strings after it.
    let run: string[] = [''];
    let tail = '';
    let allExact = true;
    let required: string[] | null = null;
    let requiredScore = -Infinity;
    const consider = (set: string[] | null) => {
      if (set === null) return;
      const s = score(set);
      if (s > requiredScore) {
        required = set;
        requiredScore = s;
      }
    };
    const whole = () => (tail ? run.map((s) => s + tail) : run);
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      // Runs of plain characters, most of a phrase, are read in one step.
      PLAIN_RUN.lastIndex = pos;
      const plain = PLAIN_RUN.exec(source);
      if (plain) {
        // a quantifier after the run applies to its last character alone
        const length = QUANTIFIERS.has(source[pos + plain[0].length] ?? '') ? plain[0].length - 1 : plain[0].length;
        if (length > 0) {
          tail += plain[0].slice(0, length);
          pos += length;
          continue;
        }
      }
      const item = quantified(atom());
      consider(item.required);
      if (item.exact?.length === 1) {
        tail += item.exact[0]!;
        continue;
      }
      // The run changes shape here. Before, it only grew longer, which scores better:
      // here alone is it worth a look.
      const current = whole();
      consider(current);
      if (tail && run.length > 1) consider([tail]);
      const next = item.exact ? product(current, item.exact) : null;
      if (!next) allExact = false;
      run = next ?? item.exact ?? [''];
      tail = '';
    }
    const current = whole();
    consider(current);
    if (tail && run.length > 1) consider([tail]);
    return { exact: allExact ? current : null, required };
  }

  /** Applies a quantifier, if one follows. */
  function quantified(item: Literals): Literals {
    const c = source[pos];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(pos));
      if (!m) throw new Unsupported(source);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      pos += m[0].length - 1;
    } else return item;
    pos++;
    if (source[pos] === '?') pos++; // lazy
    if (source[pos] === '?' || source[pos] === '*' || source[pos] === '+' || source[pos] === '{') throw new Unsupported(source);
    if (min === 0) return max === 1 && item.exact ? { exact: unique(['', ...item.exact]), required: null } : ANY;
    if (min === 1 && max === 1) return item;
    // one or more: the item's literals are there at least once, the whole is not a known set
    return { exact: null, required: better(usable(item.exact), item.required) };
  }

  function atom(): Literals {
    const c = source[pos]!;
    if (c === '(') {
      pos++;
      let lookaround = false;
      if (source[pos] === '?') {
        const rest = source.slice(pos, pos + 3);
        if (rest.startsWith('?:')) pos += 2;
        else if (rest.startsWith('?=') || rest.startsWith('?!')) { pos += 2; lookaround = true; }
        else if (rest === '?<=' || rest === '?<!') { pos += 3; lookaround = true; }
        else if (rest.startsWith('?<')) {
          const close = source.indexOf('>', pos);
          if (close < 0) throw new Unsupported(source);
          pos = close + 1;
        } else throw new Unsupported(source);
      }
      const inner = alternation();
      if (source[pos] !== ')') throw new Unsupported(source);
      pos++;
      // a lookaround consumes nothing: it adds nothing to what a match contains
      return lookaround ? EMPTY : inner;
    }
    if (c === '[') return characterClass();
    if (c === '\\') {
      const e = source[pos + 1];
      if (e === undefined) throw new Unsupported(source);
      pos += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if (SYNTAX.has(e)) return { exact: [e], required: null };
      if (e === 'u' && source[pos] === '{') {
        const close = source.indexOf('}', pos);
        if (close < 0) throw new Unsupported(source);
        const code = parseInt(source.slice(pos + 1, close), 16);
        pos = close + 1;
        return code > 0xffff ? ANY : { exact: [String.fromCharCode(code)], required: null };
      }
      if (e === 'u' || e === 'x') {
        const digits = e === 'u' ? 4 : 2;
        const hex = source.slice(pos, pos + digits);
        if (!/^[0-9a-f]+$/i.test(hex) || hex.length !== digits) throw new Unsupported(source);
        pos += digits;
        const code = parseInt(hex, 16);
        // a lone surrogate escape: not followed
        return code >= 0xd800 && code <= 0xdfff ? ANY : { exact: [String.fromCharCode(code)], required: null };
      }
      if (e === 'p' || e === 'P' || e === 'k') {
        const close = source.indexOf(e === 'k' ? '>' : '}', pos);
        if (close < 0) throw new Unsupported(source);
        pos = close + 1;
      } else if (e === 'c') pos += 1;
      // \d \s \w and the like, backreferences (which may be empty), control escapes
      return ANY;
    }
    pos++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unsupported(source);
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      // a character outside the BMP: one unit with its low surrogate
      const low = source[pos];
      if (low === undefined) throw new Unsupported(source);
      pos++;
      return { exact: [c + low], required: null };
    }
    return { exact: [c], required: null };
  }

  /** A class of plain characters ("[’']", "[:›»|-]") is the set of them; anything else is any. */
  function characterClass(): Literals {
    pos++;
    const negated = source[pos] === '^';
    if (negated) pos++;
    const members: string[] = [];
    let plain = !negated;
    if (source[pos] === ']') { pos++; return ANY; } // [] and [^]
    while (pos < source.length && source[pos] !== ']') {
      const ch = source[pos]!;
      if (ch === '\\') {
        const e = source[pos + 1];
        if (e !== undefined && SYNTAX.has(e)) members.push(e);
        else plain = false;
        pos += 2;
        if (e === 'p' || e === 'P' || e === 'u') {
          plain = false;
          const close = source.indexOf('}', pos);
          if (e !== 'u' && close >= 0) pos = close + 1;
        }
        continue;
      }
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) plain = false; // astral members: not followed
      // a - between two members is a range; at either end it is itself
      if (ch === '-' && members.length > 0 && source[pos + 1] !== ']') plain = false;
      members.push(ch);
      pos++;
    }
    if (source[pos] !== ']') throw new Unsupported(source);
    pos++;
    return plain && members.length <= MAX_SET ? { exact: unique(members), required: null } : ANY;
  }

  try {
    const info = alternation();
    if (pos !== source.length) return null;
    return usable(better(usable(info.exact), info.required));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A phrase in pieces: \p{…}, escapes, {m,n}, classes, parentheses and |, runs of plain characters (less one before a quantifier), any other character. */
const PLAIN_PIECE = /\\p\{[^}]*\}|\\.|\{[^}]*\}|\[(?:\\.|[^\]\\])*\]|[()|]|[^\\()[\]{}|?*+.^$]+(?![?*{])|./gsu;

/**
 * The longest run of plain characters (4+, not all spaces) outside any group, when
 * the phrase has no alternative at the top level: text every match contains. One
 * native regex pass: a cheap first try before requiredLiterals.
 */
export function plainLiteral(phrase: string): string | null {
  let depth = 0;
  let best = '';
  for (const [piece] of phrase.matchAll(PLAIN_PIECE)) {
    if (piece === '(') depth++;
    else if (piece === ')') depth--;
    else if (depth > 0) continue;
    else if (piece === '|') return null;
    else if (piece.length > best.length && piece.trim().length >= 4 && !/^[\\{[]/.test(piece)) best = piece;
  }
  return best || null;
}

/** A literal this long is rare in text: a good trigger without looking further. */
const RARE_LITERAL_CHARS = 8;

/**
 * The triggers of one lexicon phrase (a 'u' regex source): its long plain literal as
 * it is, else what requiredLiterals reads.
 */
export function phraseTriggers(phrase: string): string[] | null {
  const literal = plainLiteral(phrase);
  if (literal && literal.length >= RARE_LITERAL_CHARS) return [literal];
  return requiredLiterals(phrase, 'u') ?? (literal ? [literal] : null);
}

/**
 * The triggers of a regex that matches where one of the phrases does (a lexicon
 * phrase, or an anchored group of them): every phrase's, together; null when one has
 * none. The build writes them for every phrase into phrase-triggers.ts, so the
 * content script does not parse 599 patterns at every click.
 */
export function groupTriggers(phrases: readonly string[]): string[] | null {
  const triggers = new Set<string>();
  for (const phrase of phrases) {
    const own = phraseTriggers(phrase);
    if (own === null) return null;
    for (const t of own) triggers.add(t);
  }
  return [...triggers];
}
