// The built extension in real Firefox ESR: toolbar click -> popup result in extension
// storage, and the popup's DOM via popup.html?tabId=N in a tab. Ends by running the same
// pages in Chromium and comparing the two browsers' verdicts paragraph by paragraph.
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
} from './popup-view.ts';

const CORPUS_SLUGS = ['bbc-1', 'nytimes-1', 'lemonde-1'];
const corpusSlugs = availableCorpusSlugs(CORPUS_SLUGS);

let server: TestServer;
let firefox: FirefoxSession;
/** Firefox's stored results by page path, reused by the cross-browser comparison. */
const firefoxResults = new Map<string, LastResult>();

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
    if (png) console.log(`[firefox] real popup snapshot: ${writePng('popup-firefox-seed-real.png', png)}`);
    expectSeedLastResult(result);
    const popup = await openPopupInTab(firefox, tabId);
    const view = await readPopup(popup);
    console.log(`[firefox] seed popup (in a tab) screenshot: ${await screenshot(popup, 'popup-firefox-seed.png')}\n  removed: ${view.removedSummary}`);
    expectSeedPopup(view);
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
  test.each(paths)('%s: same paragraphs, labels and reasons', async (path) => {
    let ff = firefoxResults.get(path);
    if (!ff) {
      const { page, result } = await clickOn(path);
      await closeAll(page);
      ff = result ?? undefined;
    }
    const page = await chromium.openPage(chrome, server.url(path));
    const popup = await chromium.clickToolbar(chrome, page);
    const cr = await chromium.readLastResult(popup);
    const info = describeView(await readPopup(popup));
    await chromium.closePopup(popup);
    await page.close();
    expect(ff?.state, 'Firefox result').toBe('done');
    expect(cr?.state, `Chromium result\n${info}`).toBe('done');
    const brief = (r: LastResult) => r.paragraphs.map((p) => `${p.label}/${p.reason}: ${normalise(p.text)}`);
    expect(normalise(ff!.title)).toBe(normalise(cr!.title));
    expect(brief(ff!), 'Firefox (received) vs Chromium (expected) paragraphs').toEqual(brief(cr!));
  });
});
