// Reading the popup (the page contract in the brief) and the result it stores, and the
// checks both browsers' suites make on them.
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { htmlToText, normalise, titlesMatch } from './fixtures.ts';
import { SEED_HEADLINE, seedParagraphsHtml } from './server.ts';

export type PopupState = 'loading' | 'done' | 'error';

export interface StoredParagraph {
  text: string;
  label: string;
  reason: string;
}

/** browser.storage.local 'lastResult', written by the popup. */
export interface LastResult {
  state: PopupState;
  failure?: string;
  title: string;
  paragraphs: StoredParagraph[];
  removed: StoredParagraph[];
}

export interface PopupView {
  state: string;
  failure: string | null;
  message: string;
  title: string;
  byline: string;
  site: string;
  /** every kept block in #article, in order (li separately), normalised text */
  blocks: { tag: string; text: string }[];
  /** all of #article's text, normalised */
  articleText: string;
  /** a[href] in #article (an <a> without href is not a link) */
  links: { href: string; target: string; rel: string }[];
  removedSummary: string;
  removed: { reason: string; label: string; text: string }[];
}

/** Waits until body[data-state] leaves 'loading'; returns the state. */
export async function waitSettled(popup: Page, timeout = 20_000): Promise<string> {
  await popup.waitForFunction(
    () => {
      const s = document.body?.dataset.state;
      return !!s && s !== 'loading';
    },
    { timeout, polling: 50 },
  );
  return popup.evaluate(() => document.body.dataset.state ?? '');
}

export async function readPopup(popup: Page): Promise<PopupView> {
  const raw = await popup.evaluate(() => {
    const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
    const article = document.querySelector('#article');
    const blocks: { tag: string; text: string }[] = [];
    if (article) {
      for (const el of article.querySelectorAll('p, h2, h3, h4, h5, h6, li, blockquote, figure, pre, table')) {
        if (el.parentElement?.closest('blockquote, figure, li, table') && el.tagName !== 'LI') continue;
        blocks.push({ tag: el.tagName.toLowerCase(), text: el.textContent ?? '' });
      }
    }
    const details = document.querySelector('#removed');
    return {
      state: document.body.dataset.state ?? '',
      failure: document.querySelector<HTMLElement>('#message')?.dataset.failure ?? null,
      message: text('#message'),
      title: text('#title'),
      byline: text('#byline'),
      site: text('#site'),
      blocks,
      articleText: article?.textContent ?? '',
      links: [...(article?.querySelectorAll('a[href]') ?? [])].map((a) => ({
        href: a.getAttribute('href') ?? '',
        target: a.getAttribute('target') ?? '',
        rel: a.getAttribute('rel') ?? '',
      })),
      removedTag: details?.tagName.toLowerCase() ?? '',
      removedSummary: details?.querySelector('summary')?.textContent ?? '',
      removed: [...(details?.querySelectorAll('li[data-reason]') ?? [])].map((li) => ({
        reason: li.getAttribute('data-reason') ?? '',
        label: li.getAttribute('data-label') ?? '',
        text: li.textContent ?? '',
      })),
    };
  });
  if (raw.removedTag && raw.removedTag !== 'details') throw new Error(`#removed is <${raw.removedTag}>, the contract says <details>`);
  return {
    ...raw,
    message: normalise(raw.message),
    title: normalise(raw.title),
    byline: normalise(raw.byline),
    site: normalise(raw.site),
    blocks: raw.blocks.map((b) => ({ tag: b.tag, text: normalise(b.text) })),
    articleText: normalise(raw.articleText),
    removedSummary: normalise(raw.removedSummary),
    removed: raw.removed.map((r) => ({ ...r, text: normalise(r.text) })),
  };
}

/** One line per block, for failure messages and logs. */
export function describeView(v: PopupView): string {
  return [
    `state=${v.state} failure=${v.failure} title=${JSON.stringify(v.title)} byline=${JSON.stringify(v.byline)} site=${JSON.stringify(v.site)}`,
    `message=${JSON.stringify(v.message)}`,
    ...v.blocks.slice(0, 40).map((b, i) => `  ${i + 1}. <${b.tag}> ${b.text.slice(0, 110)}`),
    `removed: ${v.removedSummary}`,
    ...v.removed.map((r) => `  - [${r.label}/${r.reason}] ${r.text.slice(0, 100)}`),
  ].join('\n');
}

/** Plain text of the seed's 14 paragraphs. */
export function seedTexts(): string[] {
  const texts = seedParagraphsHtml().map(htmlToText);
  if (texts.length !== 14) throw new Error(`the seed has ${texts.length} paragraphs, the tests expect 14`);
  return texts;
}

/** The first words of a paragraph: enough to be unique, short enough to survive how it is split or marked up. */
export function head(text: string, n = 60): string {
  return text.length <= n ? text : text.slice(0, n);
}

/** (a) Paragraphs 1–12 kept in order, 13 (newsletter promo) and 14 (© line) removed and named. */
export function expectSeedPopup(v: PopupView): void {
  const info = describeView(v);
  expect(v.state, info).toBe('done');
  expect(titlesMatch(v.title, SEED_HEADLINE), `#title ${JSON.stringify(v.title)} vs ${JSON.stringify(SEED_HEADLINE)}`).toBe(true);
  const seed = seedTexts();
  let at = -1;
  for (const [i, t] of seed.slice(0, 12).entries()) {
    const pos = v.articleText.indexOf(t);
    expect(pos, `paragraph ${i + 1} is not in #article: ${JSON.stringify(t)}\n${info}`).toBeGreaterThanOrEqual(0);
    expect(pos, `paragraph ${i + 1} is out of order\n${info}`).toBeGreaterThan(at);
    at = pos;
  }
  expect(v.articleText, `paragraph 13 (newsletter promo) is still in #article\n${info}`).not.toContain(head(seed[12]!, 30));
  expect(v.articleText, `paragraph 14 (© line) is still in #article\n${info}`).not.toContain(head(seed[13]!, 20));
  expect(v.removedSummary, info).toMatch(/^\s*\d+ removed/);
  expect(v.removedSummary, info).toMatch(/newsletter/i);
  expect(v.removedSummary, info).toMatch(/copyright|boilerplate|legal|external/i);
  const promo = v.removed.find((r) => r.text.includes(head(seed[12]!, 30)));
  const copy = v.removed.find((r) => r.text.includes(head(seed[13]!, 20)));
  expect(promo, `no li[data-reason] for paragraph 13 in #removed\n${info}`).toBeDefined();
  expect(promo!.label).toBe('promo');
  expect(promo!.reason).toBe('newsletter');
  expect(copy, `no li[data-reason] for paragraph 14 in #removed\n${info}`).toBeDefined();
  expect(copy!.label).toBe('boilerplate');
  for (const l of v.links) {
    expect(l.target, `link ${l.href}`).toBe('_blank');
    expect(l.rel.split(/\s+/), `link ${l.href}`).toContain('noopener');
  }
}

/** Finds each seed paragraph's verdict in the stored result (by its first words). */
export function seedVerdicts(r: LastResult): (StoredParagraph | undefined)[] {
  const paras = r.paragraphs.map((p) => ({ ...p, text: normalise(p.text) }));
  return seedTexts().map((t) => paras.find((p) => p.text.includes(head(t, 40))));
}

export function expectSeedLastResult(r: LastResult | null): void {
  expect(r, 'no lastResult in extension storage').toBeTruthy();
  const dump = JSON.stringify(r, null, 1).slice(0, 4000);
  expect(r!.state, dump).toBe('done');
  expect(titlesMatch(r!.title, SEED_HEADLINE), `lastResult.title ${JSON.stringify(r!.title)}`).toBe(true);
  const verdicts = seedVerdicts(r!);
  verdicts.forEach((v, i) => expect(v, `seed paragraph ${i + 1} missing from lastResult.paragraphs\n${dump}`).toBeDefined());
  verdicts.slice(0, 12).forEach((v, i) => expect(v!.label, `seed paragraph ${i + 1}: ${JSON.stringify(v)}`).toBe('content'));
  expect(verdicts[12]).toMatchObject({ label: 'promo', reason: 'newsletter' });
  expect(verdicts[13]!.label).toBe('boilerplate');
  const removedTexts = r!.removed.map((p) => normalise(p.text));
  expect(removedTexts.some((t) => t.includes(head(seedTexts()[12]!, 30))), 'lastResult.removed lacks the promo').toBe(true);
  expect(removedTexts.some((t) => t.includes(head(seedTexts()[13]!, 20))), 'lastResult.removed lacks the © line').toBe(true);
}

/** (b) A real page: its title and Readability's first paragraph are shown. */
export function expectCorpusPopup(v: PopupView, exp: { slug: string; title: string; firstParagraph: string }): void {
  const info = `${exp.slug}\n${describeView(v)}`;
  expect(v.state, info).toBe('done');
  expect(titlesMatch(v.title, exp.title), `${exp.slug}: #title ${JSON.stringify(v.title)} vs expected ${JSON.stringify(exp.title)}`).toBe(true);
  expect(v.blocks.length, info).toBeGreaterThanOrEqual(3);
  expect(v.articleText.length, info).toBeGreaterThan(1000);
  expect(containsLoosely(v.articleText, exp.firstParagraph), `${exp.slug}: first paragraph not shown: ${JSON.stringify(exp.firstParagraph)}\n${info}`).toBe(true);
  for (const l of v.links) {
    expect(l.target, `${exp.slug}: link ${l.href}`).toBe('_blank');
    expect(l.rel.split(/\s+/), `${exp.slug}: link ${l.href}`).toContain('noopener');
  }
}

/**
 * The whole paragraph, or failing that its first 100 and last 60 characters each: a
 * classifier may show a dateline ("CAIRO —") in the header rather than in the text.
 */
export function containsLoosely(haystack: string, needle: string): boolean {
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  if (h.includes(n)) return true;
  const tail = n.slice(-60);
  const mid = n.slice(Math.min(20, Math.floor(n.length / 4)), Math.min(20, Math.floor(n.length / 4)) + 100);
  return h.includes(mid) && h.includes(tail);
}

export function expectCorpusLastResult(r: LastResult | null, exp: { slug: string; title: string; firstParagraph: string }): void {
  expect(r, `${exp.slug}: no lastResult`).toBeTruthy();
  expect(r!.state, `${exp.slug}: ${JSON.stringify(r).slice(0, 1000)}`).toBe('done');
  expect(titlesMatch(r!.title, exp.title), `${exp.slug}: lastResult.title ${JSON.stringify(r!.title)} vs ${JSON.stringify(exp.title)}`).toBe(true);
  const content = r!.paragraphs.filter((p) => p.label === 'content').map((p) => normalise(p.text)).join(' ');
  expect(containsLoosely(content, exp.firstParagraph), `${exp.slug}: first paragraph not among content paragraphs: ${JSON.stringify(exp.firstParagraph)}`).toBe(true);
}

export function expectFailure(v: PopupView, failure: 'no-article' | 'restricted' | 'error'): void {
  const info = describeView(v);
  expect(v.state, info).toBe('error');
  expect(v.failure, info).toBe(failure);
  expect(v.message.length, `#message is empty\n${info}`).toBeGreaterThan(10);
}
