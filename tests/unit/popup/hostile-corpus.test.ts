// @vitest-environment jsdom
// The hostile-input corpus of the browser tests (tests/e2e/hostile/payloads.ts), here
// through extract and sanitize in jsdom: every page still gives its article, every
// paragraph's HTML comes out of sanitizeFragment clean, and we count how many payloads
// Readability lets through to the sanitiser (the browser tests check the same pages in
// Chromium and Firefox, where the payloads would really run).
import { describe, expect, it } from 'vitest';
import { extractArticle, CLICK_LIMITS } from '../../../src/extract/index.ts';
import { sanitizeFragment } from '../../../src/popup/sanitize.ts';
import { hostilePages } from '../../e2e/hostile/payloads.ts';
import { markedProse, prose } from '../../e2e/hostile/prose.ts';

const ORIGIN = 'https://news.example';
const SENTINEL = 'https://sentinel.example';
const PAGES = hostilePages({ origin: ORIGIN, sentinel: SENTINEL, prose, markedProse });

const FORBIDDEN_TAGS = /^(script|style|link|meta|base|iframe|frame|object|embed|form|input|textarea|select|button|svg|math|template|video|audio|noscript|xmp|title|marquee|details)$/;

function audit(frag: DocumentFragment): string[] {
  const problems: string[] = [];
  for (const el of frag.querySelectorAll('*')) {
    if (FORBIDDEN_TAGS.test(el.localName) || el.localName.includes('-')) problems.push(`<${el.localName}>`);
    for (const a of el.attributes) {
      if (/^on|^style$|^id$|^name$|^class$|^xlink|^xmlns|^action$|^formaction$|^srcdoc$|^ping$|^background$|^poster$/.test(a.name)) problems.push(`${a.name} on <${el.localName}>`);
      if ((a.name === 'href' || a.name === 'cite') && !/^https?:/.test(a.value)) problems.push(`${a.name}=${a.value.slice(0, 60)}`);
      if (a.name === 'src' && !/^(https?:|data:image\/)/.test(a.value)) problems.push(`src=${a.value.slice(0, 60)}`);
      if (/^(href|src|srcset|cite)$/.test(a.name) && a.value.includes(`${SENTINEL}/hit/`)) problems.push(`a sentinel URL in ${a.name} on <${el.localName}>`);
    }
  }
  return problems;
}

describe('the hostile corpus through extract and sanitize (jsdom)', () => {
  it('has at least 60 payloads on six pages', () => {
    expect(PAGES.length).toBe(6);
    expect(PAGES.reduce((n, p) => n + p.payloads.length, 0)).toBeGreaterThanOrEqual(60);
  });

  it.each(PAGES.map((p) => [p.path, p] as const))('%s: the article comes through, its HTML sanitises clean', (_path, page) => {
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    // the click's size limits; not its time budget, which is for browsers (jsdom is several times slower)
    const result = extractArticle(doc, { url: `${ORIGIN}${page.path}`, ...CLICK_LIMITS, budgetMs: Infinity });
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
    if (!result.ok) return;
    const text = result.article.paragraphs.map((p) => p.text).join(' ');
    expect(page.markers.filter((m) => !text.includes(m))).toEqual([]);
    const reached = new Set<string>();
    for (const p of result.article.paragraphs) {
      for (const id of page.ids) if (p.html.includes(`__acPwned='${id}'`) || p.html.includes(`/hit/${id}`)) reached.add(id);
      expect(audit(sanitizeFragment(p.html)), p.html.slice(0, 300)).toEqual([]);
    }
    console.log(`${page.path}: ${reached.size} of ${page.ids.length} payloads reach the sanitiser after Readability: ${[...reached].join(' ')}`);
  });
});
