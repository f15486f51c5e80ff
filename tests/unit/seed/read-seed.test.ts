import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SeedSyntaxError, formatSeed, parseSeed, quoteSeedString, seedParagraph, htmlToText, decodeEntities,
} from '../../../src/seed/read-seed.ts';

const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const ORIGINAL = '000_0b3389d327c9b584.txt';

/** The SeedSyntaxError that parsing src throws (fails the test if none). */
function syntaxError(src: string): SeedSyntaxError {
  try {
    parseSeed(src);
  } catch (e) {
    expect(e).toBeInstanceOf(SeedSyntaxError);
    return e as SeedSyntaxError;
  }
  throw new Error(`expected a SeedSyntaxError for ${JSON.stringify(src)}`);
}

describe('parseSeed: literals', () => {
  it('reads both quote styles, each holding the other quote unescaped', () => {
    expect(parseSeed(`['single', "double", "it's", 'say "hi"']`)).toEqual(['single', 'double', "it's", 'say "hi"']);
  });

  it('reads an empty list, white space and newlines between items, and a trailing comma', () => {
    expect(parseSeed('[]')).toEqual([]);
    expect(parseSeed('  [ \n ]\n')).toEqual([]);
    expect(parseSeed("[\n  'a',\n\t\"b\" ,\r\n  'c',\n]\n")).toEqual(['a', 'b', 'c']);
  });

  it('decodes the simple escapes', () => {
    expect(parseSeed(String.raw`['a\\b', 'it\'s', "\"q\"", 'x\ny', 'x\ty', 'x\ry', '\a\b\f\v']`))
      .toEqual(['a\\b', "it's", '"q"', 'x\ny', 'x\ty', 'x\ry', '\x07\b\f\v']);
  });

  it('decodes \\xNN, \\uNNNN, \\UNNNNNNNN and octal escapes', () => {
    expect(parseSeed(String.raw`['\xe9\xA0', '\u00fc\u2014', '\U0001F600', '\101\0\7']`))
      .toEqual(['é\u00a0', 'ü—', '😀', 'A\0\x07']);
  });

  it('keeps surrogate escapes as UTF-16 code units, paired or lone', () => {
    expect(parseSeed(String.raw`['\ud83d\ude00', '\ud800x']`)).toEqual(['😀', '\ud800x']);
  });

  it('decodes a few \\N{...} names and reports unknown ones', () => {
    expect(parseSeed(String.raw`['a\N{EM DASH}b\N{no-break space}']`)).toEqual(['a—b\u00a0']);
    const e = syntaxError(String.raw`['ok', '\N{SNOWMAN WITH HAT}']`);
    expect(e.message).toBe('line 1, column 9: bad escape: unknown character name \\N{SNOWMAN WITH HAT}');
  });

  it('keeps unknown escapes as backslash + character, as Python does', () => {
    expect(parseSeed(String.raw`['\d+\s*', '\é', '\8']`)).toEqual(['\\d+\\s*', '\\é', '\\8']);
  });

  it('joins a backslash-newline line continuation', () => {
    expect(parseSeed("['one \\\ntwo']")).toEqual(['one two']);
  });

  it('reads raw, u-prefixed and triple-quoted literals', () => {
    expect(parseSeed(String.raw`[r'\n\'', u'ü', R"\x"]`)).toEqual(["\\n\\'", 'ü', '\\x']);
    expect(parseSeed(`['''it's\n"two" lines''', """x""", '']`)).toEqual([`it's\n"two" lines`, 'x', '']);
  });

  it('joins adjacent literals on one line', () => {
    expect(parseSeed(`['Hello, ' "world" '!', 'next']`)).toEqual(['Hello, world!', 'next']);
  });

  it('keeps inline HTML verbatim', () => {
    const html = '<a href="https://example.com/?a=1&amp;b=2" class=\'x\'>Read <b>more</b></a> &copy;';
    expect(parseSeed(formatSeed([html]))).toEqual([html]);
    expect(parseSeed(`['<p class="lead">A &amp; B</p>']`)).toEqual(['<p class="lead">A &amp; B</p>']);
  });

  it('accepts a byte-order mark', () => {
    expect(parseSeed("\ufeff['a']")).toEqual(['a']);
  });
});

describe('parseSeed: the real seed', () => {
  const source = readFileSync(seedsDir + ORIGINAL, 'utf8');
  const paragraphs = parseSeed(source);

  it('has 14 paragraphs with the newsletter plug and the copyright line last', () => {
    expect(paragraphs).toHaveLength(14);
    expect(paragraphs[0]).toMatch(/^<b class="[^"]+">The top official tasked with overseeing US border security/);
    expect(paragraphs[12]).toMatch(/^World Cup winner Jürgen Klinsmann invites you to subscribe/);
    expect(paragraphs[13]).toMatch(/^© 2022 BBC\./);
    expect(paragraphs[13]).toContain('Read about our approach to external linking.</a>');
  });

  it('keeps trailing spaces inside paragraphs exactly', () => {
    expect(paragraphs[1]).toBe('Customs and Border Protection Commissioner Chris Magnus said he had been asked to step down by the homeland security secretary. ');
  });

  it('is what formatSeed writes (Python repr style), byte for byte', () => {
    expect(formatSeed(paragraphs)).toBe(source.trimEnd());
  });

  it('gives the classifier text without tags and the HTML as it was', () => {
    const last = seedParagraph(paragraphs[13] ?? '');
    expect(last.text).toBe('© 2022 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.');
    expect(last.html).toBe(paragraphs[13]);
    expect(last.dom).toBeUndefined();
    expect(seedParagraph(paragraphs[1] ?? '').text).toBe('Customs and Border Protection Commissioner Chris Magnus said he had been asked to step down by the homeland security secretary.');
  });
});

describe('parseSeed: malformed files', () => {
  it('reports an unterminated string at its opening quote', () => {
    const e = syntaxError("[\n  'fine',\n  'this one never ends,\n  'x']");
    expect(e.message).toBe("line 3, column 3: unterminated string (no closing ' before end of line)");
    expect([e.line, e.column, e.offset]).toEqual([3, 3, 14]);
    const eof = syntaxError('["abc');
    expect(eof.message).toBe('line 1, column 2: unterminated string (no closing " before end of file)');
    expect(syntaxError("['''abc''").message).toMatch(/^line 1, column 2: unterminated string/);
  });

  it('reports a missing comma where the next item starts', () => {
    const e = syntaxError(`['one', 'two' x, 'three']`);
    expect(e.message).toBe("line 1, column 15: missing comma: expected ',' or ']' but found 'x'");
    expect(e.offset).toBe(14);
  });

  it('reports a missing comma between literals on separate lines (Python would join them)', () => {
    const e = syntaxError("[\n  'one',\n  'two'\n  'three',\n]");
    expect([e.line, e.column]).toEqual([4, 3]);
    expect(e.message).toMatch(/^line 4, column 3: missing comma/);
  });

  it('reports a file that is not a list', () => {
    expect(syntaxError("'just a string'").message).toBe(`line 1, column 1: not a list: expected '[' but found "'"`);
    expect(syntaxError('\n\n  {"a": 1}').message).toBe("line 3, column 3: not a list: expected '[' but found '{'");
    expect(syntaxError('').message).toBe("line 1, column 1: not a list: expected '[' but found end of file");
    expect(syntaxError('[1, 2]').message).toBe("line 1, column 2: expected a string literal but found '1'");
  });

  it('reports trailing garbage after the list', () => {
    const e = syntaxError("['a', 'b']\n\n# done");
    expect(e.message).toBe("line 3, column 1: trailing garbage after the list: '#'");
    expect(syntaxError("['a'] ['b']").column).toBe(7);
  });

  it('reports a list that never closes', () => {
    expect(syntaxError("['a',\n'b'").message).toBe("line 2, column 4: unterminated list: expected ',' or ']' but found end of file");
    expect(syntaxError("['a',").message).toBe("line 1, column 6: unterminated list: expected a string or ']' but found end of file");
  });

  it('reports bad escapes at the backslash', () => {
    expect(syntaxError(String.raw`['ok', 'caf\xz9']`).message)
      .toBe("line 1, column 12: bad escape: truncated \\xXX escape ('z' is not a hex digit)");
    expect(syntaxError(String.raw`['\u12']`).message).toBe(`line 1, column 3: bad escape: truncated \\uXXXX escape ("'" is not a hex digit)`);
    expect(syntaxError(String.raw`['\U00110000']`).message).toBe('line 1, column 3: bad escape: \\U00110000 is beyond U+10FFFF');
    expect(syntaxError(String.raw`['\N']`).message).toMatch(/^line 1, column 3: bad escape/);
  });

  it('counts columns in code points and lines across \\r\\n, \\r and \\n', () => {
    expect(syntaxError("['😀😀' x]").column).toBe(7);
    expect(syntaxError("[\r\n'a',\r'b',\n'c' x]").line).toBe(4);
  });
});

describe('formatSeed', () => {
  it('chooses quotes like Python repr and escapes what it must', () => {
    expect(quoteSeedString('plain')).toBe("'plain'");
    expect(quoteSeedString("it's")).toBe(`"it's"`);
    expect(quoteSeedString(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(quoteSeedString('a\\b\nc\td\re')).toBe("'a\\\\b\\nc\\td\\re'");
    expect(quoteSeedString('\0\x1b\x7f\x85\u00a0\u2028\ufeff')).toBe("'\\x00\\x1b\\x7f\\x85\\xa0\\u2028\\ufeff'");
    expect(quoteSeedString('\ud800 \udfff')).toBe("'\\ud800 \\udfff'");
    expect(quoteSeedString('Jürgen 😀 —')).toBe("'Jürgen 😀 —'");
  });

  it('writes one paragraph per line when asked, still readable back', () => {
    const text = formatSeed(['a', "b'c"], { onePerLine: true });
    expect(text).toBe(`[\n  'a',\n  "b'c",\n]\n`);
    expect(parseSeed(text)).toEqual(['a', "b'c"]);
    expect(formatSeed([], { onePerLine: true })).toBe('[]');
  });

  for (const unit of ['grapheme', 'grapheme-composite', 'binary', 'binary-ascii'] as const) {
    it(`round-trips any list of strings (${unit})`, () => {
      fc.assert(fc.property(fc.array(fc.string({ unit, maxLength: 40 }), { maxLength: 8 }), fc.boolean(), (paragraphs, onePerLine) => {
        expect(parseSeed(formatSeed(paragraphs, { onePerLine }))).toEqual(paragraphs);
      }), { numRuns: 300 });
    });
  }

  it('round-trips strings made only of quotes, backslashes and line breaks', () => {
    const tricky = fc.string({ unit: fc.constantFrom("'", '"', '\\', '\n', '\r', 'x', '\u2028', '\ud800', '\udc00'), maxLength: 30 });
    fc.assert(fc.property(fc.array(tricky, { maxLength: 6 }), (paragraphs) => {
      expect(parseSeed(formatSeed(paragraphs))).toEqual(paragraphs);
    }), { numRuns: 500 });
  });
});

describe('parseSeed: fuzz', () => {
  /** parseSeed either answers string[] or throws a well-formed SeedSyntaxError. */
  function checkTotal(input: string): void {
    let result: unknown;
    try {
      result = parseSeed(input);
    } catch (e) {
      expect(e).toBeInstanceOf(SeedSyntaxError);
      const err = e as SeedSyntaxError;
      expect(err.line).toBeGreaterThanOrEqual(1);
      expect(err.column).toBeGreaterThanOrEqual(1);
      expect(err.offset).toBeGreaterThanOrEqual(0);
      expect(err.offset).toBeLessThanOrEqual(input.length);
      expect(err.message.startsWith(`line ${err.line}, column ${err.column}: `)).toBe(true);
      return;
    }
    expect(Array.isArray(result)).toBe(true);
    expect((result as unknown[]).every((p) => typeof p === 'string')).toBe(true);
  }

  it('any string gives string[] or a SeedSyntaxError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkTotal), { numRuns: 2000 });
  });

  it('strings built from seed syntax give string[] or a SeedSyntaxError', () => {
    const piece = fc.constantFrom('[', ']', ',', "'", '"', "'''", '\\', '\\x', '\\u', '\\U', '\\N{', '}', '\\n', ' ', '\n', '\r',
      'a', 'é', '😀', '\ud800', 'r', 'u', '0', 'f', '<b>', '#');
    const seedish = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(fc.property(seedish, checkTotal), { numRuns: 3000 });
    fc.assert(fc.property(seedish, (s) => checkTotal('[' + s)), { numRuns: 3000 });
  });

  it('a valid seed with one character changed gives string[] or a SeedSyntaxError', () => {
    const arb = fc.tuple(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 5 }), fc.nat(), fc.string({ unit: 'binary', maxLength: 2 }));
    fc.assert(fc.property(arb, ([paragraphs, at, insert]) => {
      const text = formatSeed(paragraphs);
      const k = at % (text.length + 1);
      checkTotal(text.slice(0, k) + insert + text.slice(k + 1));
    }), { numRuns: 3000 });
  });

  it('stays linear on large pathological inputs', () => {
    const big = 200_000;
    const inputs = [
      '[' + "'a', ".repeat(big / 5) + ']',
      '[' + "'".repeat(big),
      '[' + "'x' ".repeat(big / 4),
      "['" + '\\'.repeat(big) + "']",
      "['" + '\\N{'.repeat(big / 3) + "']",
      '['.repeat(big),
      "['" + 'a'.repeat(big) + '\n' + 'b'.repeat(big) + ' x',
      '<'.repeat(big),
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      checkTotal(input);
      // a quadratic scan would take minutes here; linear takes well under 100 ms
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});

describe('seedParagraph', () => {
  it('strips tags, decodes entities, collapses white space', () => {
    expect(seedParagraph('  <b>Breaking:</b>&nbsp;the <a href="/x?a=1&amp;b=2">minister</a>\n resigned.  ')).toEqual({
      text: 'Breaking: the minister resigned.',
      html: '  <b>Breaking:</b>&nbsp;the <a href="/x?a=1&amp;b=2">minister</a>\n resigned.  ',
    });
  });

  it('joins inline tags without a space and separates at breaking tags', () => {
    expect(htmlToText('<b>W</b>ord')).toBe('Word');
    expect(htmlToText('<a href="#">Share on Facebook</a><a href="#">Share on X</a>')).toBe('Share on FacebookShare on X');
    expect(htmlToText('Line one<br>line two<br/>three</p><p>four')).toBe('Line one line two three four');
    expect(htmlToText('<span>Facebook</span><li>X</li>')).toBe('Facebook X');
  });

  it('decodes common named and numeric entities', () => {
    expect(decodeEntities('caf&eacute; &Uuml;ber &szlig; &ntilde; &ccedil; &copy; &mdash; &hellip; &laquo;x&raquo; &euro;5'))
      .toBe('café Über ß ñ ç © — … «x» €5');
    expect(decodeEntities('&#233;&#xE9;&#X1F600;&#150;&#0;&#xD800;&#1114112;')).toBe('éé😀–\ufffd\ufffd\ufffd');
    expect(decodeEntities('&unknown; &amp &#x;')).toBe('&unknown; &amp &#x;');
  });

  it('drops comments and script/style content, keeps stray < as text', () => {
    expect(htmlToText('a<!-- hidden -->b <script>if (a<b) x()</script>c <STYLE>p{}</STYLE>d')).toBe('ab c d');
    expect(htmlToText('3 < 4 and 5 <6')).toBe('3 < 4 and 5 <6');
    expect(htmlToText('x <b unclosed')).toBe('x <b unclosed');
    expect(htmlToText('&lt;b&gt;literal&lt;/b&gt;')).toBe('<b>literal</b>');
  });

  it('never throws on any string and stays linear', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (html) => {
      const p = seedParagraph(html);
      expect(p.html).toBe(html);
      expect(p.text).toBe(p.text.trim());
      expect(p.text).not.toMatch(/\s\s/);
    }), { numRuns: 1000 });
    const t0 = performance.now();
    htmlToText('<script>'.repeat(50_000) + '<a'.repeat(50_000) + '<!--'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
