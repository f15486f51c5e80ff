// The built extension in real Firefox ESR: toolbar click -> popup result in extension
// storage, the popup's DOM via popup.html?tabId=N in a tab, and a snapshot of the real popup.
// Ends by running the same pages in Chromium and comparing the two browsers: verdicts
// paragraph by paragraph, the removed items, and what each popup shows.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { availableCorpusSlugs, corpusExpectation, corpusMissingNote, normalise } from './fixtures.ts';
import { EMPTY_PATH, SEARCH_PATH, SEED_PATH, startServer, type TestServer } from './server.ts';
import { clickToolbar, closePopup, launchFirefox, openPage, openPopupInTab, openPrivilegedPage, screenshot, writePng, type FirefoxSession } from './firefox.ts';
import * as chromium from './chromium.ts';
import {
  describeView,
  expectCorpusLastResult,
  expectCorpusPopup,
  expectFailure,
  expectSeedLastResult,
  expectSeedPopup,
  readPopup,
  type LastResult,
  type PopupView,
  type StoredParagraph,
} from './popup-view.ts';

const CORPUS_SLUGS = ['bbc-1', 'nytimes-1', 'lemonde-1'];
const corpusSlugs = availableCorpusSlugs(CORPUS_SLUGS);

let server: TestServer;
let firefox: FirefoxSession;
/** Firefox's stored results and popup views by page path, reused by the cross-browser comparison. */
const firefoxResults = new Map<string, LastResult>();
const firefoxViews = new Map<string, PopupView>();

/** The size of a PNG from its IHDR chunk; throws when buf is not a PNG. */
function pngSize(buf: Buffer): { width: number; height: number } {
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
  console.log(`[firefox] ${firefox.version}`);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function closeAll(...pages: Page[]): Promise<void> {
  for (const p of pages) await p.close().catch(() => {});
}

/** Click on a fresh tab showing path; returns the page, its tab id and the stored result. */
async function clickOn(path: string, opts: { snapshot?: boolean } = {}) {
  const page = await openPage(firefox, server.url(path));
  const click = await clickToolbar(firefox, page, opts);
  if (click.result?.state === 'done') firefoxResults.set(path, click.result);
  return { page, ...click };
}

describe('Firefox: the BBC-like seed page', () => {
  test('stores and shows paragraphs 1–12, removes the newsletter promo and the © line, and says so', async () => {
    const { page, tabId, result, png } = await clickOn(SEED_PATH, { snapshot: true });
    expectSeedLastResult(result);
    // the real popup, as Firefox drew it after the click
    expect(png, 'no snapshot of the real popup: was it open when the result was stored?').toBeTruthy();
    const size = pngSize(png!);
    console.log(`[firefox] real popup snapshot ${size.width}×${size.height}: ${writePng('popup-firefox-seed-real.png', png!)}`);
    expect(size.width).toBeGreaterThanOrEqual(200);
    expect(size.height).toBeGreaterThanOrEqual(150);
    // drawn, not blank: a one-colour 480×600 PNG is about 300 bytes, the seed article tens of KB
    expect(png!.length, 'the real popup snapshot looks blank').toBeGreaterThan(10_000);
    const popup = await openPopupInTab(firefox, tabId);
    const view = await readPopup(popup);
    const shot = await screenshot(popup, 'popup-firefox-seed.png');
    console.log(`[firefox] seed popup (in a tab) screenshot: ${shot}\n  removed: ${view.removedSummary}`);
    expect(pngSize(fs.readFileSync(shot)).width).toBeGreaterThan(0);
    expectSeedPopup(view);
    firefoxViews.set(SEED_PATH, view);
    await closeAll(popup, page);
  });

  test('leaves the live page as it was: same DOM, same scroll position', async () => {
    const page = await openPage(firefox, server.url(SEED_PATH));
    await page.setViewport({ width: 800, height: 500 });
    await page.evaluate(() => window.scrollTo(0, 400));
    const snap = () => page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
    const before = await snap();
    expect(before.y).toBeGreaterThan(0);
    const { result } = await clickToolbar(firefox, page);
    expect(result?.state).toBe('done');
    const after = await snap();
    expect(after.y).toBe(before.y);
    expect(after.html === before.html, 'document.documentElement.outerHTML changed').toBe(true);
    await closePopup(firefox);
    await closeAll(page);
  });
});

describe.skipIf(corpusSlugs.length === 0)(
  corpusSlugs.length ? 'Firefox: real pages from readability-pages' : `Firefox: real pages from readability-pages — ${corpusMissingNote()}`,
  () => {
    test.each(corpusSlugs)('%s: stores and shows the title and the first paragraph', async (slug) => {
      const exp = corpusExpectation(slug);
      const { page, tabId, result } = await clickOn(`/corpus/${slug}/`);
      expectCorpusLastResult(result, exp);
      const popup = await openPopupInTab(firefox, tabId);
      const view = await readPopup(popup);
      await screenshot(popup, `popup-firefox-${slug}.png`);
      expectCorpusPopup(view, exp);
      firefoxViews.set(`/corpus/${slug}/`, view);
      await closeAll(popup, page);
    });
  },
);
if (corpusSlugs.length === 0) console.warn(`[firefox] readability-pages ${corpusMissingNote()}`);

describe('Firefox: pages without an article', () => {
  test.each([
    ['a near-empty sign-in page', EMPTY_PATH],
    ['a search-results page', SEARCH_PATH],
  ])('%s: "no article" message', async (_what, path) => {
    const { page, tabId, result } = await clickOn(path);
    expect(result, JSON.stringify(result)).toMatchObject({ state: 'error', failure: 'no-article' });
    const popup = await openPopupInTab(firefox, tabId);
    const view = await readPopup(popup);
    if (path === EMPTY_PATH) await screenshot(popup, 'popup-firefox-no-article.png');
    expectFailure(view, 'no-article');
    await closeAll(popup, page);
  });
});

describe('Firefox: pages the browser does not let extensions script', () => {
  test('about:addons: "restricted" message', async () => {
    const url = 'about:addons';
    const page = await openPrivilegedPage(firefox, url);
    const { tabId, result } = await clickToolbar(firefox, page, { expectUrl: url });
    expect(result, JSON.stringify(result)).toMatchObject({ state: 'error', failure: 'restricted' });
    await closePopup(firefox);
    const popup = await openPopupInTab(firefox, tabId);
    const view = await readPopup(popup);
    await screenshot(popup, 'popup-firefox-restricted.png');
    expectFailure(view, 'restricted');
    await closeAll(popup, page);
  });
});

describe('Firefox and Chromium give the same verdicts', () => {
  let chrome: chromium.ChromiumSession;
  beforeAll(async () => {
    chrome = await chromium.launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  const paths = [SEED_PATH, ...corpusSlugs.map((s) => `/corpus/${s}/`)];
  test.each(paths)('%s: same paragraphs, labels and reasons; the same removed items, shown the same', async (path) => {
    let ff = firefoxResults.get(path);
    let ffView = firefoxViews.get(path);
    if (!ff || !ffView) {
      const { page, tabId, result } = await clickOn(path);
      ff = result ?? undefined;
      const popup = await openPopupInTab(firefox, tabId);
      ffView = await readPopup(popup);
      await closeAll(popup, page);
    }
    const page = await chromium.openPage(chrome, server.url(path));
    const popup = await chromium.clickToolbar(chrome, page);
    const cr = await chromium.readLastResult(popup);
    const crView = await readPopup(popup);
    await chromium.closePopup(popup);
    await page.close();
    expect(ff?.state, 'Firefox result').toBe('done');
    expect(cr?.state, `Chromium result\n${describeView(crView)}`).toBe('done');
    const brief = (ps: StoredParagraph[]) => ps.map((p) => `${p.label}/${p.reason}: ${normalise(p.text)}`);
    expect(normalise(ff!.title)).toBe(normalise(cr!.title));
    expect(brief(ff!.paragraphs), 'Firefox (received) vs Chromium (expected) paragraphs').toEqual(brief(cr!.paragraphs));
    expect(brief(ff!.removed), 'Firefox (received) vs Chromium (expected) removed items').toEqual(brief(cr!.removed));
    if (path === SEED_PATH) expect(cr!.removed.length, 'the seed page has a promo and a © line to remove').toBe(2);
    // and what the popup shows: the article's blocks and the "removed" list, item by item
    const shown = (v: PopupView) => ({ title: v.title, blocks: v.blocks, removedSummary: v.removedSummary, removed: v.removed });
    expect(shown(ffView!), `Firefox (received) vs Chromium (expected) popup\n${describeView(crView)}`).toEqual(shown(crView));
  });
});
