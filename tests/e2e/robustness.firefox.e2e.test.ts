// Robustness in real Firefox ESR, through the toolbar click (the popup's result from
// extension storage; its DOM as popup.html?tabId=N in a tab, with error listeners from its
// first line):
// - pages Firefox does not let extensions script: a clear "restricted" message, no error;
// - pages without an article: "no article" with "Show anyway", which shows the page's text;
// - the live page keeps its event handlers: a page listener still fires, and the page sees
//   no new addEventListener call;
// - the network during a click: the extension fetches only the reader's images.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbar, closePopup, EXTENSION_UUID, launchFirefox, openPage, openPrivilegedPage, popupInTabWithErrors, POPUP_URL, type FirefoxSession } from './firefox.ts';
import { outputFile } from './fixtures.ts';
import { describeView, expectFailure, readPopup, waitSettled } from './popup-view.ts';
import { seedPage, SEED_HEADLINE } from './server.ts';
import { expectPageUnchanged, readerImageUrls, snapshotLivePage } from './hostile/checks.ts';
import { firefoxNetLog } from './hostile/net.ts';
import { startHostileServer, type HostileServer } from './hostile/server.ts';

let server: HostileServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startHostileServer();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** popup.html?tabId=N in a tab with errors and warnings recorded from its first line, settled. */
async function popupInTab(tabId: number): Promise<{ tab: Page; errors: string[] }> {
  const opened = await popupInTabWithErrors(firefox, tabId, { consoleTypes: ['error', 'warn'], settleMs: 30_000 });
  await new Promise((r) => setTimeout(r, 300));
  return opened;
}

/** Polls predicate in page (BiDi's waitForFunction trips over this page's realm here). */
async function until(page: Page, predicate: () => boolean, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${predicate}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The real click on page (showing url), then the same popup in a tab: both show `failure`, nothing threw. */
async function expectClickFailure(page: Page, url: string, failure: 'restricted' | 'no-article'): Promise<Page> {
  const { tabId, result } = await clickToolbar(firefox, page, { expectUrl: url });
  expect(result, `${url}: ${JSON.stringify(result)}`).toMatchObject({ state: 'error', failure });
  await closePopup(firefox);
  const { tab, errors } = await popupInTab(tabId);
  expectFailure(await readPopup(tab), failure);
  expect(errors, `${url}: errors in the popup`).toEqual([]);
  return tab;
}

describe('Firefox: pages it does not let extensions script', () => {
  test('about:support: "restricted" message, no error', async () => {
    const page = await openPrivilegedPage(firefox, 'about:support');
    const tab = await expectClickFailure(page, 'about:support', 'restricted');
    await tab.close();
    await page.close();
  });

  test('about:blank (Firefox lets the script in): "no article" message, no error', async () => {
    const page = await firefox.browser.newPage();
    const tab = await expectClickFailure(page, 'about:blank', 'no-article');
    await tab.close();
    await page.close();
  });

  test('view-source: of an article: "restricted" message, no error', async () => {
    const url = `view-source:${server.url('/article')}`;
    const page = await openPrivilegedPage(firefox, url);
    const tab = await expectClickFailure(page, url, 'restricted');
    await tab.close();
    await page.close();
  });

  test('a PDF (pdf.js viewer): "restricted" message, no error', async () => {
    const url = server.url('/report.pdf');
    const page = await openPrivilegedPage(firefox, url);
    const tab = await expectClickFailure(page, url, 'restricted');
    await tab.close();
    await page.close();
  });

  test('a saved page (file://): Firefox grants activeTab there too, the article shows', async () => {
    const file = outputFile('file-article-firefox.html');
    fs.writeFileSync(file, seedPage());
    const page = await openPage(firefox, `file://${file}`);
    const { result } = await clickToolbar(firefox, page);
    expect(result?.state, JSON.stringify(result).slice(0, 300)).toBe('done');
    expect(result?.title).toBe(SEED_HEADLINE);
    await closePopup(firefox);
    await page.close();
  });
});

describe('Firefox: pages without an article, and "Show anyway"', () => {
  test('an image gallery: "no article"; Show anyway shows its captions', async () => {
    const page = await openPage(firefox, server.url('/gallery'));
    const tab = await expectClickFailure(page, server.url('/gallery'), 'no-article');
    const button = await tab.$('#message button#show-anyway');
    expect(button, 'no "Show anyway" button').not.toBeNull();
    await button!.click();
    await until(tab, () => document.body.dataset.state === 'done');
    const view = await readPopup(tab);
    expect(view.state, describeView(view)).toBe('done');
    const shown = `${view.articleText} ${view.removed.map((r) => r.text).join(' ')}`;
    for (const t of ['Harbour in pictures', 'Photo 1 of 24', 'Photo 24 of 24']) expect(shown, describeView(view)).toContain(t);
    await tab.close();
    await page.close();
  });

  test('an empty page: "no article"; Show anyway says there is no text', async () => {
    const page = await openPage(firefox, server.url('/blank'));
    const tab = await expectClickFailure(page, server.url('/blank'), 'no-article');
    await tab.click('#show-anyway');
    await until(tab, () => document.body.dataset.state === 'error' && document.getElementById('show-anyway') === null);
    const view = await readPopup(tab);
    expectFailure(view, 'no-article');
    expect(view.message).toContain('This page has no text to show.');
    await tab.close();
    await page.close();
  });
});

describe('Firefox: the live page keeps its event handlers', () => {
  test('the page listener still fires, the page sees no new addEventListener call, the page is unchanged', async () => {
    const page = await openPage(firefox, server.url('/article'));
    await page.setViewport({ width: 800, height: 500 });
    await page.evaluate(() => window.scrollTo(0, 300));
    await page.click('#ac-counter');
    const count = () => page.evaluate(() => (window as unknown as { __acClicks: number }).__acClicks);
    const calls = () => page.evaluate(() => [...(window as unknown as { __acListenerCalls: string[] }).__acListenerCalls]);
    expect(await count()).toBe(1);
    const before = { calls: await calls(), page: await snapshotLivePage(page) };
    const { result } = await clickToolbar(firefox, page);
    expect(result?.state).toBe('done');
    expect(result?.title).toBe(SEED_HEADLINE);
    await closePopup(firefox);
    expect(await calls(), 'the page saw addEventListener calls').toEqual(before.calls);
    expectPageUnchanged(before.page, await snapshotLivePage(page), '/article');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('#ac-counter');
    expect(await count(), "the page's own click listener no longer fires").toBe(2);
    await page.close();
  });
});

describe('Firefox: no network request from the extension itself', () => {
  test("during a click on an article: only the reader's images, from the page's own URLs", async () => {
    const net = await firefoxNetLog(firefox);
    try {
      const page = await openPage(firefox, server.url('/article'));
      await new Promise((r) => setTimeout(r, 300));
      await net.reset();
      const { tabId, result } = await clickToolbar(firefox, page);
      expect(result?.state).toBe('done');
      await new Promise((r) => setTimeout(r, 500));
      const requests = await net.read();
      await closePopup(firefox);
      const { tab } = await popupInTab(tabId);
      const images = await readerImageUrls(tab);
      const fromExtension = requests.filter((r) => r.by === `moz-extension://${EXTENSION_UUID}`);
      console.log(`[firefox] requests during the click: ${JSON.stringify(requests)}; reader images: ${JSON.stringify(images)}`);
      expect(fromExtension.filter((r) => !images.includes(r.url)), "the extension fetched something other than the reader's images").toEqual([]);
      for (const r of fromExtension) expect(new URL(r.url).origin).toBe(server.origin);
      expect(requests.filter((r) => r.by?.startsWith('moz-extension://') && r.by !== `moz-extension://${EXTENSION_UUID}`)).toEqual([]);
      await tab.close();
      await page.close();
    } finally {
      await net.stop();
    }
  });
});
