import { describe, expect, it } from 'vitest';
import { decodePage, looksBinary } from '../../../src/node/decode.ts';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.push(...(endian === 'le' ? [lo, hi] : [hi, lo]));
  }
  return Uint8Array.from(bytes);
}

/** "Café – “€5”" in windows-1252: é=E9, –=96, “=93, €=80, ”=94 */
const CAFE_1252 = Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x80, 0x35, 0x94);
const CAFE = 'Café – “€5”';

describe('decodePage', () => {
  it('uses a UTF-8 byte order mark and drops it', () => {
    const page = decodePage(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('<p>Ærø</p>')));
    expect(page).toEqual({ text: '<p>Ærø</p>', encoding: 'utf-8', source: 'bom' });
  });

  it('uses a UTF-16LE byte order mark', () => {
    const page = decodePage(concat(Uint8Array.of(0xff, 0xfe), utf16('<p>Θεσσαλονίκη</p>', 'le')));
    expect(page).toEqual({ text: '<p>Θεσσαλονίκη</p>', encoding: 'utf-16le', source: 'bom' });
  });

  it('uses a UTF-16BE byte order mark', () => {
    const page = decodePage(concat(Uint8Array.of(0xfe, 0xff), utf16('<p>Zoë</p>', 'be')));
    expect(page).toEqual({ text: '<p>Zoë</p>', encoding: 'utf-16be', source: 'bom' });
  });

  it('prefers the byte order mark over a <meta> that says otherwise', () => {
    const page = decodePage(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('<meta charset="windows-1252"><p>é</p>')));
    expect(page.source).toBe('bom');
    expect(page.text).toContain('<p>é</p>');
  });

  it('reads <meta charset>', () => {
    const page = decodePage(concat(ascii('<html><head><meta charset="windows-1252"></head><p>'), CAFE_1252));
    expect(page.encoding).toBe('windows-1252');
    expect(page.source).toBe('meta');
    expect(page.text).toContain(`<p>${CAFE}`);
  });

  it('reads <meta http-equiv="Content-Type" content="…; charset=…">', () => {
    const html = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-2"><p>';
    // ISO-8859-2: 0xB1 is ą, 0xEA is ę
    const page = decodePage(concat(ascii(html), Uint8Array.of(0xb1, 0xea)));
    expect(page).toMatchObject({ encoding: 'iso-8859-2', source: 'meta' });
    expect(page.text.endsWith('<p>ąę')).toBe(true);
  });

  it('reads a label without quotes and maps legacy aliases (latin1 is windows-1252 on the web)', () => {
    const page = decodePage(concat(ascii('<meta charset=latin1><p>'), CAFE_1252));
    expect(page).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    expect(page.text).toContain(CAFE);
  });

  it('decodes all of windows-1252 0x80-0x9F as the Encoding Standard does, not as ISO-8859-1', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const page = decodePage(concat(ascii('<meta charset="windows-1252">'), bytes));
    expect(page.text.slice(-32)).toBe('€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ');
  });

  it('ignores a <meta> label it does not know and goes on to the next rule', () => {
    const page = decodePage(utf8('<meta charset="klingon-8"><p>Ærø</p>'));
    expect(page).toEqual({ text: '<meta charset="klingon-8"><p>Ærø</p>', encoding: 'utf-8', source: 'utf-8-valid' });
  });

  it('takes the first known label when there are several <meta> tags', () => {
    const page = decodePage(concat(ascii('<meta charset="nonsense"><meta charset="windows-1252"><p>'), CAFE_1252));
    expect(page).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
  });

  it('ignores a <meta> inside a comment', () => {
    const page = decodePage(utf8('<!-- <meta charset="windows-1252"> --><p>Ærø</p>'));
    expect(page.source).toBe('utf-8-valid');
    expect(page.text).toContain('Ærø');
  });

  it('reads a page that declares UTF-16 without a byte order mark as UTF-8, as browsers do', () => {
    const page = decodePage(utf8('<meta charset="utf-16"><p>Ærø</p>'));
    expect(page).toMatchObject({ encoding: 'utf-8', source: 'meta' });
    expect(page.text).toContain('<p>Ærø</p>');
  });

  it('looks for <meta> only in the first 4 KB', () => {
    const late = concat(ascii(`<!-- ${'x'.repeat(5000)} -->`), ascii('<meta charset="windows-1252"><p>'), CAFE_1252);
    // No declaration found, not valid UTF-8: the windows-1252 fallback, by a different rule.
    expect(decodePage(late).source).toBe('fallback');
  });

  it('without BOM or <meta>, uses UTF-8 when the bytes are valid UTF-8', () => {
    const page = decodePage(utf8('<p>naïve “quotes” – Søren</p>'));
    expect(page).toEqual({ text: '<p>naïve “quotes” – Søren</p>', encoding: 'utf-8', source: 'utf-8-valid' });
  });

  it('without BOM or <meta>, falls back to windows-1252 when the bytes are not valid UTF-8', () => {
    const page = decodePage(concat(ascii('<p>'), CAFE_1252));
    expect(page).toEqual({ text: `<p>${CAFE}`, encoding: 'windows-1252', source: 'fallback' });
  });

  it('decodes an empty input as empty text', () => {
    expect(decodePage(new Uint8Array(0)).text).toBe('');
  });
});

describe('looksBinary', () => {
  it('is true for bytes with a NUL near the start', () => {
    expect(looksBinary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toBe(true);
  });

  it('is false for HTML, in UTF-8 or windows-1252', () => {
    expect(looksBinary(utf8('<!doctype html><p>Ærø</p>'))).toBe(false);
    expect(looksBinary(CAFE_1252)).toBe(false);
  });

  it('is false for UTF-16 text with a byte order mark, NULs and all', () => {
    expect(looksBinary(concat(Uint8Array.of(0xff, 0xfe), utf16('<p>hello</p>', 'le')))).toBe(false);
  });
});
