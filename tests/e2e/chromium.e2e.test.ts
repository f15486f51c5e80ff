// The built extension in real Chromium: toolbar click -> popup, against the popup contract.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { MARK_ARTICLE_SHOWN, type ArticleShownDetail } from '../../src/shared/bench-marks.ts';
import { availableCorpusSlugs, corpusExpectation, corpusMissingNote, EXTENSION_DIR, readabilityPagesDir } from './fixtures.ts';
import { EMPTY_PATH, SEARCH_PATH, SEED_PATH, startServer, type TestServer } from './server.ts';
import { clickToolbar, closePopup, launchChromium, openPage, readLastResult, screenshot, type ChromiumSession } from './chromium.ts';
import { expectCorpusLastResult, expectCorpusPopup, expectFailure, expectSeedLastResult, expectSeedPopup, readPopup } from './popup-view.ts';

const CORPUS_SLUGS = ['bbc-1', 'guardian-1', 'nytimes-1', 'lemonde-1', 'wapo-1', 'theverge', 'heise'];
const corpusSlugs = availableCorpusSlugs(CORPUS_SLUGS);

let server: TestServer;
let chromium: ChromiumSession;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
  console.log(`[chromium] ${chromium.version}, extension ${chromium.extensionId}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Opens url in a new tab, clicks the toolbar button, returns the settled popup. */
async function clickOn(url: string): Promise<{ page: Page; popup: Page }> {
  const page = await openPage(chromium, url);
  const popup = await clickToolbar(chromium, page);
  return { page, popup };
}

/** Closes the popup (clearing what it stored) and the tab. */
async function done(popup: Page, page: Page): Promise<void> {
  await closePopup(popup);
  await page.close().catch(() => {});
}

describe('Chromium: the BBC-like seed page', () => {
  test('shows paragraphs 1–12, removes the newsletter promo and the © line, and says so', async () => {
    const { page, popup } = await clickOn(server.url(SEED_PATH));
    const view = await readPopup(popup);
    const file = await screenshot(popup, 'popup-chromium-seed.png');
    console.log(`[chromium] seed popup screenshot: ${file}\n  removed: ${view.removedSummary}`);
    expectSeedPopup(view);
    expectSeedLastResult(await readLastResult(popup));
    await done(popup, page);
  });

  test('starts reading the page from popup.html\'s first script, before popup.js has loaded', async () => {
    const { page, popup } = await clickOn(server.url(SEED_PATH));
    expectSeedPopup(await readPopup(popup));
    const detail = await popup.evaluate((name) => (performance.getEntriesByName(name)[0] as PerformanceMark | undefined)?.detail as ArticleShownDetail | undefined, MARK_ARTICLE_SHOWN);
    expect(detail?.earlyRead, 'the popup answered with early-read.js\'s result (src/platform/early-read.ts)').toBe(true);
    await done(popup, page);
  });

  test('leaves the live page as it was: same DOM, same scroll position', async () => {
    const page = await openPage(chromium, server.url(SEED_PATH));
    await page.setViewport({ width: 800, height: 500 });
    await page.evaluate(() => window.scrollTo(0, 400));
    const snap = () => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: window.scrollX, y: window.scrollY, title: document.title }));
    const before = await snap();
    expect(before.y, 'the page should be scrollable for this test').toBeGreaterThan(0);
    const popup = await clickToolbar(chromium, page);
    expect((await readPopup(popup)).state).toBe('done');
    const after = await snap();
    expect(after.y).toBe(before.y);
    expect(after.x).toBe(before.x);
    expect(after.title).toBe(before.title);
    expect(after.html.length).toBe(before.html.length);
    expect(after.html === before.html, 'document.documentElement.outerHTML changed').toBe(true);
    await done(popup, page);
  });
});

describe.skipIf(corpusSlugs.length === 0)(
  corpusSlugs.length ? 'Chromium: real pages from readability-pages' : `Chromium: real pages from readability-pages — ${corpusMissingNote()}`,
  () => {
    test('at least five of the wanted pages are in the corpus', () => {
      expect(corpusSlugs.length, `found ${corpusSlugs.join(', ')} of ${CORPUS_SLUGS.join(', ')} in ${readabilityPagesDir()}`).toBeGreaterThanOrEqual(5);
    });

    test.each(corpusSlugs)('%s: shows the title and the first paragraph', async (slug) => {
      const exp = corpusExpectation(slug);
      const { page, popup } = await clickOn(server.url(`/corpus/${slug}/`));
      const view = await readPopup(popup);
      await screenshot(popup, `popup-chromium-${slug}.png`);
      expectCorpusPopup(view, exp);
      expectCorpusLastResult(await readLastResult(popup), exp);
      await done(popup, page);
    });

    test('guardian-1: the live page is unchanged too', async () => {
      const slug = corpusSlugs.includes('guardian-1') ? 'guardian-1' : corpusSlugs[0]!;
      const page = await openPage(chromium, server.url(`/corpus/${slug}/`));
      await page.evaluate(() => window.scrollTo(0, 1200));
      const snap = () => page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
      const before = await snap();
      const popup = await clickToolbar(chromium, page);
      const after = await snap();
      expect(after.y).toBe(before.y);
      expect(after.html === before.html, `${slug}: outerHTML changed`).toBe(true);
      await done(popup, page);
    });
  },
);
if (corpusSlugs.length === 0) console.warn(`[chromium] readability-pages ${corpusMissingNote()}`);

describe('Chromium: pages without an article', () => {
  test('a near-empty sign-in page: "no article" message', async () => {
    const { page, popup } = await clickOn(server.url(EMPTY_PATH));
    const view = await readPopup(popup);
    await screenshot(popup, 'popup-chromium-no-article.png');
    expectFailure(view, 'no-article');
    const stored = await readLastResult(popup);
    expect(stored).toMatchObject({ state: 'error', failure: 'no-article' });
    await done(popup, page);
  });

  test('a search-results page (short linked snippets): "no article" message', async () => {
    const { page, popup } = await clickOn(server.url(SEARCH_PATH));
    expectFailure(await readPopup(popup), 'no-article');
    await done(popup, page);
  });
});

describe('Chromium: pages the browser does not let extensions script', () => {
  test.each(['chrome://version/', 'chrome://extensions/'])('%s: "restricted" message', async (url) => {
    const { page, popup } = await clickOn(url);
    const view = await readPopup(popup);
    if (url === 'chrome://version/') await screenshot(popup, 'popup-chromium-restricted.png');
    expectFailure(view, 'restricted');
    expect(await readLastResult(popup)).toMatchObject({ state: 'error', failure: 'restricted' });
    await done(popup, page);
  });
});

// build.mjs ships one folder with the one manifest.json to both browsers; that holds only
// while Chromium reads Firefox's browser_specific_settings without complaint. With
// Developer mode on, chrome://extensions lists each extension's manifest problems: an
// unknown key shows there as "Unrecognized manifest key", as the control proves. Last in
// the file: it switches Developer mode on.
describe('Chromium: the one manifest.json for both browsers', () => {
  test('loads without a manifest error or install warning; an unknown key would show one', async () => {
    const page = await chromium.browser.newPage();
    await page.goto('chrome://extensions/', { waitUntil: 'load' });
    const info = (id: string) =>
      page.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        const i = await api.getExtensionInfo(id);
        return { installWarnings: i.installWarnings, manifestErrors: i.manifestErrors.map((e) => e.message) };
      }, id);
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await api.updateProfileConfiguration({ inDeveloperMode: true });
    });

    const controlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-manifest-control-'));
    try {
      fs.cpSync(EXTENSION_DIR, controlDir, { recursive: true });
      const manifestFile = path.join(controlDir, 'manifest.json');
      fs.writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(manifestFile, 'utf8')), not_a_manifest_key: true }));
      const controlId = await chromium.browser.installExtension(controlDir);
      expect((await info(controlId)).manifestErrors).toContain("Unrecognized manifest key 'not_a_manifest_key'.");
      await chromium.browser.uninstallExtension(controlId);
    } finally {
      fs.rmSync(controlDir, { recursive: true, force: true });
    }

    const ours = await info(chromium.extensionId);
    console.log(`[chromium] chrome://extensions, ${EXTENSION_DIR}: ${JSON.stringify(ours)}`);
    expect(ours).toEqual({ installWarnings: [], manifestErrors: [] });
    await page.close();
  });
});

/** The part of chrome.developerPrivate (chrome://extensions' own API) used above. */
interface DeveloperPrivate {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<{ installWarnings: string[]; manifestErrors: { message: string }[] }>;
}
