// The extension's own words in _locales: English, German, French and Spanish have the
// same messages with the same placeholders; every key the code and the pages use exists;
// every reason has its two forms; English reason names match src/shared/reasons.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASON_CODES, REASONS, reasonMessageKey } from '../../../src/shared/reasons.ts';
import { FONTS, LINE_HEIGHTS, LINE_WIDTHS, THEMES } from '../../../src/shared/settings.ts';
import { loadMessages } from './english-messages.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LANGS = ['en', 'de', 'fr', 'es'];
const messages = Object.fromEntries(LANGS.map((l) => [l, loadMessages(l)]));
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));

/** Every message key the extension pages name: t('key'), data-i18n*="key", __MSG_key__, the dynamic families. */
function usedKeys(options: { literals?: boolean } = {}): Set<string> {
  const keys = new Set<string>();
  const sources = [...filesUnder('src/popup'), ...filesUnder('src/options'), ...filesUnder('src/platform')].filter((f) => /\.(ts|html)$/.test(f));
  for (const file of sources) {
    const text = read(file);
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/data-i18n(?:-aria-label|-title)?="([A-Za-z0-9_]+)"/g)) keys.add(m[1]!);
    for (const m of text.matchAll(/'(failure[A-Za-z]+)'/g)) keys.add(m[1]!);
    // keys chosen in code ('hideInPlace' : 'showInPlace', a table of legends): any quoted message name
    if (options.literals) for (const m of text.matchAll(/'([A-Za-z][A-Za-z0-9_]+)'/g)) if (messages.en![m[1]!]) keys.add(m[1]!);
  }
  for (const m of read('manifest.json').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1]!);
  for (const [family, values] of [['theme', THEMES], ['font', FONTS], ['lineWidth', LINE_WIDTHS], ['lineHeight', LINE_HEIGHTS]] as const) {
    for (const v of values) keys.add(`${family}_${v}`);
  }
  for (const r of REASON_CODES) for (const f of ['one', 'other'] as const) keys.add(reasonMessageKey(r, f));
  return keys;
}

const placeholders = (m: { placeholders?: Record<string, { content: string }> }) =>
  Object.entries(m.placeholders ?? {}).map(([k, v]) => `${k}=${v.content}`).sort();

describe('_locales', () => {
  it('the manifest names English as the default and uses messages for its words', () => {
    const manifest = JSON.parse(read('manifest.json')) as Record<string, unknown> & { action: { default_title: string } };
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.action.default_title).toBe('__MSG_actionTitle__');
  });

  it('every key the code and pages use is in English', () => {
    const missing = [...usedKeys()].filter((k) => !messages.en![k]);
    expect(missing).toEqual([]);
  });

  it('no English message is unused', () => {
    const used = usedKeys({ literals: true });
    expect(Object.keys(messages.en!).filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(LANGS.slice(1))('%s has every English message, with the same placeholders, and nothing else', (lang) => {
    const m = messages[lang]!;
    expect(Object.keys(m).sort()).toEqual(Object.keys(messages.en!).sort());
    for (const [key, en] of Object.entries(messages.en!)) {
      expect(placeholders(m[key]!), `${lang} ${key}`).toEqual(placeholders(en));
      const named = (s: string) => [...s.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(named(m[key]!.message), `${lang} ${key}: every placeholder used`).toEqual(named(en.message));
      expect(m[key]!.message.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('translations are translations: most messages differ from English', () => {
    for (const lang of LANGS.slice(1)) {
      const same = Object.keys(messages.en!).filter((k) => messages[lang]![k]!.message === messages.en![k]!.message);
      expect(same.length / Object.keys(messages.en!).length, `${lang}: ${same.join(', ')}`).toBeLessThan(0.15);
    }
  });

  it('English reason names are the fallback words of src/shared/reasons.ts', () => {
    for (const r of REASON_CODES) {
      expect(messages.en![reasonMessageKey(r, 'one')]!.message).toBe(REASONS[r].singular);
      expect(messages.en![reasonMessageKey(r, 'other')]!.message).toBe(REASONS[r].plural);
    }
  });

  it('message names are what browsers accept (letters, digits, _ and @)', () => {
    for (const lang of LANGS) for (const k of Object.keys(messages[lang]!)) expect(k).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
