// Checks on the reader (popup, or popup.html?tabId=N in a tab) after a hostile page, shared
// by the Chromium and Firefox suites: nothing ran (sentinels), nothing dangerous reached
// the DOM (audit), nobody navigated, and the article prose around the payloads shows.
// And a snapshot of the live page that a click must leave exactly as it was.
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { Hit, HostileServer } from './server.ts';

/** What an executed payload would have changed in the extension page. */
export interface Sentinels {
  pwned: unknown;
  topPwned: unknown;
  title: string;
  url: string;
}

export async function readSentinels(page: Page): Promise<Sentinels> {
  return page.evaluate(() => {
    const w = window as unknown as { __acPwned?: unknown };
    let topPwned: unknown;
    try {
      topPwned = (top as unknown as { __acPwned?: unknown } | null)?.__acPwned;
    } catch {
      topPwned = 'unreadable';
    }
    return { pwned: w.__acPwned, topPwned, title: document.title, url: location.href };
  });
}

export function expectNoSentinel(s: Sentinels, popupUrl: string, where: string): void {
  expect(s.pwned, `${where}: window.__acPwned was set: a payload ran in the extension page`).toBeUndefined();
  expect(s.topPwned, `${where}: top.__acPwned was set`).toBeUndefined();
  expect(s.title, `${where}: document.title`).not.toMatch(/PWNED/);
  expect(s.url, `${where}: the extension page navigated`).toBe(popupUrl);
}

/**
 * Everything in the reader that page HTML must never become: forbidden elements, event
 * handlers, style, id/name (clobbering), URLs with other schemes. Returns the problems.
 * The reader's own ids must each exist once, on the reader's own element.
 */
export async function auditReader(page: Page, ownIds: Record<string, string>): Promise<string[]> {
  return page.evaluate((ownIds) => {
    const problems: string[] = [];
    const FORBIDDEN = new Set([
      'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
      'textarea', 'select', 'option', 'svg', 'math', 'template', 'video', 'audio', 'track', 'noscript', 'noembed', 'noframes',
      'xmp', 'plaintext', 'marquee', 'title', 'portal', 'fencedframe', 'area', 'map', 'canvas', 'details', 'dialog', 'slot',
    ]);
    const BAD_ATTR = /^(on|style$|id$|name$|form|action$|srcdoc$|xlink:|xmlns|ping$|background$|poster$|usemap$|longdesc$|lowsrc$|dynsrc$|data$|codebase$|popover|contenteditable$|autofocus$|is$)/i;
    const WEB = /^https?:/i;
    const IMAGE = /^(https?:|data:image\/)/i;
    const article = document.getElementById('article');
    if (!article) return ['no #article'];
    for (const el of article.querySelectorAll('*')) {
      const tag = el.localName;
      const where = `<${tag}${el.getAttribute('data-index') ? ` data-index=${el.getAttribute('data-index')}` : ''}>`;
      if (FORBIDDEN.has(tag) || tag.includes('-') || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`element ${where} (${el.namespaceURI})`);
      if (tag === 'button' && !el.hasAttribute('data-action')) problems.push(`a button the reader did not make: ${el.outerHTML.slice(0, 120)}`);
      for (const a of el.attributes) {
        if (BAD_ATTR.test(a.name)) problems.push(`attribute ${a.name}="${a.value.slice(0, 80)}" on ${where}`);
        if (a.name === 'href' || a.name === 'cite') {
          if (!WEB.test(a.value)) problems.push(`${a.name}="${a.value.slice(0, 80)}" on ${where}`);
        }
        if (a.name === 'src' && !IMAGE.test(a.value)) problems.push(`src="${a.value.slice(0, 80)}" on ${where}`);
        if (a.name === 'srcset') {
          for (const c of a.value.split(',')) if (!IMAGE.test(c.trim())) problems.push(`srcset candidate "${c.trim().slice(0, 80)}" on ${where}`);
        }
      }
    }
    for (const [id, tag] of Object.entries(ownIds)) {
      const all = document.querySelectorAll(`[id="${id}"]`);
      if (all.length !== 1) problems.push(`#${id} exists ${all.length} times`);
      const el = document.getElementById(id);
      if (!el || el.localName !== tag) problems.push(`#${id} is <${el?.localName}>, not the reader's <${tag}>`);
      if (article.contains(el) && id !== 'article') problems.push(`#${id} is inside #article`);
    }
    if ((document as unknown as Record<string, unknown>).body !== document.querySelector('body')) problems.push('document.body is clobbered');
    if (document.querySelector('base, meta[http-equiv]')) problems.push('a <base> or <meta http-equiv> in the document');
    if (article.querySelectorAll('[name], form, [id]').length) problems.push('named or id-bearing elements in #article');
    return problems;
  }, ownIds);
}

/**
 * Everything a person might do to the article: hover, focus, click (default actions
 * cancelled so links open nothing), wheel, scroll. Inline handlers that survived would
 * run here; what they would set is then read by readSentinels.
 */
export async function pokeReader(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const cancel = (e: Event) => e.preventDefault();
    window.addEventListener('click', cancel, true);
    window.addEventListener('auxclick', cancel, true);
    const article = document.getElementById('article')!;
    const all = [...article.querySelectorAll<HTMLElement>('*')];
    for (const el of all) {
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) el.dispatchEvent(new PointerEvent(type, { bubbles: type.endsWith('over') || type === 'mousemove' }));
      if (el.localName !== 'button') {
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        el.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
      }
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      el.focus?.();
      el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, deltaY: 10 }));
      el.dispatchEvent(new Event('toggle'));
      el.dispatchEvent(new Event('animationstart', { bubbles: true }));
    }
    document.scrollingElement?.scrollBy(0, 2000);
    article.scrollIntoView({ block: 'end' });
    await new Promise((r) => setTimeout(r, 400));
    window.removeEventListener('click', cancel, true);
    window.removeEventListener('auxclick', cancel, true);
    return all.length;
  });
}

/** Every image URL the reader's DOM holds (src and srcset candidates): the only loads it may make. */
export async function readerImageUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    for (const el of document.querySelectorAll('#article img, #article source')) {
      const src = el.getAttribute('src');
      if (src) urls.push(new URL(src, location.href).href);
      for (const c of (el.getAttribute('srcset') ?? '').split(',')) {
        const u = c.trim().split(/\s+/)[0];
        if (u) urls.push(new URL(u, location.href).href);
      }
    }
    return urls;
  });
}

/** Requests the sentinel got that nobody may make (the page's own <base> images are /base/). */
export function forbiddenHits(hits: Hit[]): Hit[] {
  return hits.filter((h) => h.path.startsWith('/hit/'));
}

/** Markers that do not show in text. */
export function missingMarkers(text: string, markers: string[]): string[] {
  return markers.filter((m) => !text.includes(m));
}

export interface LivePageSnapshot {
  html: string;
  x: number;
  y: number;
  title: string;
  activeElement: string;
}

/**
 * The live page as its prototypes see it (the hostile pages clobber document.body,
 * documentElement, title… for any script that trusts them, puppeteer's included).
 */
export async function snapshotLivePage(page: Page): Promise<LivePageSnapshot> {
  return page.evaluate(() => {
    const get = (proto: object, name: string, self: object) => Object.getOwnPropertyDescriptor(proto, name)!.get!.call(self);
    const root = get(Document.prototype, 'documentElement', document) as Element;
    const active = get(Document.prototype, 'activeElement', document) as Element | null;
    return {
      html: get(Element.prototype, 'outerHTML', root) as string,
      x: window.scrollX,
      y: window.scrollY,
      title: get(Document.prototype, 'title', document) as string,
      activeElement: active ? (active.localName ?? '') : '',
    };
  });
}

export function expectPageUnchanged(before: LivePageSnapshot, after: LivePageSnapshot, where: string): void {
  expect(after.y, `${where}: scrollY`).toBe(before.y);
  expect(after.x, `${where}: scrollX`).toBe(before.x);
  expect(after.title, `${where}: document.title`).toBe(before.title);
  expect(after.html.length, `${where}: outerHTML length`).toBe(before.html.length);
  expect(after.html === before.html, `${where}: document.documentElement.outerHTML changed`).toBe(true);
}

/** The reader's own ids and their elements (popup.html). */
export const READER_IDS: Record<string, string> = {
  reader: 'main',
  article: 'article',
  removed: 'details',
  message: 'p',
  title: 'h1',
  byline: 'p',
  site: 'p',
  status: 'p',
  settings: 'section',
};

/**
 * Every payload through the reader's sanitiser (window.__acSanitize on /sanitizer-lab, a
 * page where scripts would run) into #article, then hovered, focused and clicked. Returns
 * how many were rendered.
 */
export async function sanitizeInLab(page: Page, payloads: { id: string; html: string }[]): Promise<number> {
  return page.evaluate((payloads) => {
    const sanitize = (window as unknown as { __acSanitize: (html: string) => DocumentFragment }).__acSanitize;
    const article = document.getElementById('article')!;
    for (const p of payloads) {
      const box = document.createElement('div');
      box.dataset.payload = p.id;
      box.append(sanitize(p.html));
      article.append(box);
    }
    return article.children.length;
  }, payloads);
}

/** Proves the lab would notice: an unsanitised inline handler does set the sentinel there. */
export async function labControl(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const img = document.createElement('img');
    img.setAttribute('onerror', "window.__acPwned = 'control'");
    img.src = 'data:,not-an-image';
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 500));
    const seen = (window as unknown as { __acPwned?: unknown }).__acPwned;
    img.remove();
    delete (window as unknown as { __acPwned?: unknown }).__acPwned;
    return seen;
  });
}

/**
 * The whole lab check, the same in both browsers: every payload into /sanitizer-lab (an
 * ordinary page where scripts would run) through the reader's sanitiser, then hovered,
 * focused and clicked: nothing runs, nothing loads, nothing dangerous in the DOM.
 * open is the browser's own openPage; returns how many payloads were rendered.
 */
export async function checkSanitizerLab(open: (url: string) => Promise<Page>, server: HostileServer): Promise<number> {
  const hitsAtStart = server.hits.length;
  const url = server.url('/sanitizer-lab');
  const page = await open(url);
  try {
    expect(await labControl(page), 'the lab does not notice an inline handler: the check below would prove nothing').toBe('control');
    const rendered = await sanitizeInLab(page, server.labPayloads);
    expect(rendered).toBe(server.labPayloads.length);
    expect(await auditReader(page, { reader: 'main', article: 'article' })).toEqual([]);
    expectNoSentinel(await readSentinels(page), url, 'the lab after sanitising');
    await pokeReader(page);
    await new Promise((r) => setTimeout(r, 1000));
    expectNoSentinel(await readSentinels(page), url, 'the lab after hover, focus and clicks');
    expect(forbiddenHits(server.hits.slice(hitsAtStart)), 'the sentinel was reached').toEqual([]);
    return rendered;
  } finally {
    await page.close();
  }
}
