// Which characters a match of an anchored regular expression can start with, read
// from its source. The lexicon uses it to skip the anchored phrases ("^related
// stories", "^anzeige$") that cannot match a paragraph because of its first
// character, without compiling or running them.
//
// The reading is conservative: whatever it does not follow exactly (character
// classes, most escapes, lookarounds, backreferences, an 'i' flag) counts as "any
// character", and a pattern that can match somewhere other than the start, or
// without consuming a character, gives null. A wrong answer here would silently
// drop lexicon hits, so it may only ever say too much, never too little.

interface Info {
  /** code units the first consumed character can be; null: any */
  first: Set<number> | null;
  /** can match without consuming a character */
  nullable: boolean;
  /** every match starts at position 0 (a mandatory ^ on every path) */
  anchored: boolean;
}

const union = (a: Set<number> | null, b: Set<number> | null): Set<number> | null => (a === null || b === null ? null : new Set([...a, ...b]));
const ANY: Info = { first: null, nullable: false, anchored: false };
const ZERO_WIDTH: Info = { first: new Set(), nullable: true, anchored: false };
/** identity escapes that stand for the character itself */
const SYNTAX = new Set('^$\\.*+?()[]{}|/-'.split(''));
const DIGITS = new Set([48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);

class Unsupported extends Error {}

/**
 * The code units the first character of any match can be, or null when that is
 * not known or any character can start a match. Only for patterns that match at
 * position 0 alone (anchored with ^ on every path); others give null.
 */
export function firstChars(source: string, flags = ''): Set<number> | null {
  if (flags.includes('i') || flags.includes('m') || flags.includes('y')) return null;
  let pos = 0;

  function alternation(): Info {
    const alts: Info[] = [sequence()];
    while (source[pos] === '|') {
      pos++;
      alts.push(sequence());
    }
    return alts.reduce((a, b) => ({ first: union(a.first, b.first), nullable: a.nullable || b.nullable, anchored: a.anchored && b.anchored }));
  }

  function sequence(): Info {
    let first: Set<number> | null = new Set();
    let nullable = true;
    let anchored = false;
    while (pos < source.length && source[pos] !== '|' && source[pos] !== ')') {
      let item = atom();
      const min = quantifier();
      if (min === 0) item = { first: item.first, nullable: true, anchored: false };
      if (nullable) first = union(first, item.first);
      nullable = nullable && item.nullable;
      // a mandatory ^ anywhere in a sequence: a match of it starts at 0 (a character consumed before ^ fails it)
      anchored = anchored || item.anchored;
    }
    return { first, nullable, anchored };
  }

  /** Reads a quantifier if there is one: its minimum, or -1 for none. */
  function quantifier(): number {
    const c = source[pos];
    let min = -1;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(pos));
      if (!m) throw new Unsupported(source);
      min = Number(m[1]);
      pos += m[0].length - 1;
    }
    if (min < 0) return -1;
    pos++;
    if (source[pos] === '?') pos++; // lazy
    if (source[pos] === '?' || source[pos] === '*' || source[pos] === '+' || source[pos] === '{') throw new Unsupported(source);
    return min;
  }

  function atom(): Info {
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
      // a lookaround consumes nothing but may look at anything: "any"
      return lookaround ? { first: null, nullable: true, anchored: false } : inner;
    }
    if (c === '[') {
      pos++;
      if (source[pos] === '^') pos++;
      if (source[pos] === ']') pos++; // [] and [^]: the first ] closes (no literal ] inside in JS)
      else {
        while (pos < source.length && source[pos] !== ']') pos += source[pos] === '\\' ? 2 : 1;
      }
      if (source[pos] !== ']') throw new Unsupported(source);
      pos++;
      return ANY;
    }
    if (c === '\\') {
      const e = source[pos + 1];
      if (e === undefined) throw new Unsupported(source);
      pos += 2;
      if (e === 'b' || e === 'B') return ZERO_WIDTH;
      if (e === 'd') return { first: DIGITS, nullable: false, anchored: false };
      if (SYNTAX.has(e)) return { first: new Set([e.charCodeAt(0)]), nullable: false, anchored: false };
      if (e === 'p' || e === 'P' || e === 'u' || e === 'k') {
        const close = source.indexOf(e === 'k' ? '>' : '}', pos);
        if (e === 'u' && source[pos] !== '{') pos += 4;
        else if (close < 0) throw new Unsupported(source);
        else pos = close + 1;
        return e === 'k' ? { first: null, nullable: true, anchored: false } : ANY;
      }
      if (e === 'x') pos += 2;
      else if (e === 'c') pos += 1;
      else if (/[1-9]/.test(e)) return { first: null, nullable: true, anchored: false }; // a backreference may be empty
      return ANY;
    }
    pos++;
    if (c === '^') return { first: new Set(), nullable: true, anchored: true };
    if (c === '$') return ZERO_WIDTH;
    if (c === '.') return ANY;
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unsupported(source);
    const code = c.charCodeAt(0);
    // a character outside the BMP is two code units: not followed, any
    if (code >= 0xd800 && code <= 0xdfff) return ANY;
    return { first: new Set([code]), nullable: false, anchored: false };
  }

  try {
    const info = alternation();
    if (pos !== source.length) return null;
    if (!info.anchored || info.nullable) return null;
    return info.first;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
