// Robustness in real Chromium, through the toolbar click:
// - pages the browser does not let extensions script: a clear "restricted" message and no
//   uncaught error in the popup (read again as popup.html?tabId=N with listeners from its
//   first line); a PDF: a clear message too;
// - pages without an article: the "no article" message with "Show anyway", which shows
//   the whole page's text cleaned (content-whole-page.js);
// - the live page keeps its event listeners (CDP DOMDebugger.getEventListeners over the
//   whole document, before and after), a page listener still fires, and the page sees no
//   new addEventListener call;
// - the network during a click: only the reader's own images, nothing else.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbar, closePopup, launchChromium, openPage, type ChromiumSession } from './chromium.ts';
import { outputFile } from './fixtures.ts';
import { eventListeners } from './page-residue.ts';
import { describeView, expectFailure, readPopup, waitSettled } from './popup-view.ts';
import { seedPage, SEED_HEADLINE } from './server.ts';
import { readerImageUrls, snapshotLivePage, expectPageUnchanged } from './hostile/checks.ts';
import { chromiumNetLog } from './hostile/net.ts';
import { startHostileServer, type HostileServer } from './hostile/server.ts';

let server: HostileServer;
let chromium: ChromiumSession;

beforeAll(async () => {
  server = await startHostileServer();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const popupUrl = () => `chrome-extension://${chromium.extensionId}/popup.html`;

/** The tab id of the tab the popup reads. */
async function tabIdOf(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
  });
}

/** popup.html?tabId=N in a tab with error listeners from its first line; returns it settled and the errors. */
async function popupInTab(tabId: number): Promise<{ tab: Page; errors: string[] }> {
  const tab = await chromium.browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  await tab.goto(`${popupUrl()}?tabId=${tabId}`, { waitUntil: 'load' });
  await waitSettled(tab, 30_000);
  await new Promise((r) => setTimeout(r, 300)); // late rejections (storage) too
  return { tab, errors };
}

/** Clicks the toolbar on url's tab; checks the popup shows `failure` and that nothing threw. */
async function expectClickFailure(url: string, failure: 'restricted' | 'no-article', page?: Page): Promise<string> {
  const tabPage = page ?? (await chromium.browser.newPage());
  try {
    if (!page) await tabPage.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const popup = await clickToolbar(chromium, tabPage);
    const view = await readPopup(popup);
    expectFailure(view, failure);
    expect(popup.url()).toBe(popupUrl());
    const tabId = await tabIdOf(popup);
    await closePopup(popup);
    const { tab, errors } = await popupInTab(tabId);
    const again = await readPopup(tab);
    expect(again.failure, describeView(again)).toBe(failure);
    expect(errors, `${url}: errors in the popup`).toEqual([]);
    await tab.close();
    return view.message;
  } finally {
    if (!page) await tabPage.close().catch(() => {});
  }
}

describe('Chromium: pages the browser does not let extensions script', () => {
  test.each([
    ['about:blank', 'about:blank'],
    ['a chrome:// page', 'chrome://settings/'],
    ['a data: URL', `data:text/html,<h1>Hi</h1><p>${'A sentence of prose. '.repeat(30)}</p>`],
  ])('%s: "restricted" message, no uncaught error', async (_what, url) => {
    const message = await expectClickFailure(url, 'restricted');
    expect(message).toMatch(/can't read this page|can.t read/i);
  });

  test('view-source: of an article: "restricted" message, no uncaught error', async () => {
    await expectClickFailure(`view-source:${server.url('/article')}`, 'restricted');
  });

  test("the extension's own pages (options.html): \"restricted\" message", async () => {
    await expectClickFailure(`chrome-extension://${chromium.extensionId}/options.html`, 'restricted');
  });

  test('a PDF in the PDF viewer: the "no article" message (Chromium lets the script into the viewer page), no uncaught error', async () => {
    const page = await openPage(chromium, server.url('/report.pdf'));
    try {
      const message = await expectClickFailure(server.url('/report.pdf'), 'no-article', page);
      expect(message).toMatch(/No article found/);
    } finally {
      await page.close();
    }
  });
});

describe('Chromium: pages without an article, and "Show anyway"', () => {
  /** Clicks, expects the no-article message with its button, presses it, returns the popup after. */
  async function showAnyway(path: string): Promise<{ page: Page; popup: Page }> {
    const page = await openPage(chromium, server.url(path));
    const popup = await clickToolbar(chromium, page);
    expectFailure(await readPopup(popup), 'no-article');
    const button = await popup.$('#message button#show-anyway');
    expect(button, 'no "Show anyway" button in the no-article message').not.toBeNull();
    expect(await button!.evaluate((b) => b.textContent)).toBe('Show anyway');
    await button!.click();
    await popup.waitForFunction(() => document.body.dataset.state !== 'loading', { timeout: 30_000, polling: 50 });
    return { page, popup };
  }

  test('an image gallery: "no article"; Show anyway shows its captions', async () => {
    const { page, popup } = await showAnyway('/gallery');
    const view = await readPopup(popup);
    await popup.screenshot({ path: outputFile('popup-chromium-show-anyway.png') as `${string}.png` });
    expect(view.state, describeView(view)).toBe('done');
    expect(view.title).toBe('Harbour in pictures');
    expect(await popup.$eval('#message', (m) => (m as HTMLElement).hidden)).toBe(true);
    const shown = `${view.articleText} ${view.removed.map((r) => r.text).join(' ')}`;
    for (const t of ['Harbour in pictures', 'Photo 1 of 24', 'Photo 24 of 24']) expect(shown, describeView(view)).toContain(t);
    expect(await popup.$$eval('#article img', (imgs) => imgs.length)).toBeGreaterThan(0);
    await closePopup(popup);
    await page.close();
  });

  test('a page still rendering (an app shell): "no article"; Show anyway shows what there is', async () => {
    const { page, popup } = await showAnyway('/rendering');
    const view = await readPopup(popup);
    expect(['done', 'error']).toContain(view.state);
    if (view.state === 'done') expect(`${view.articleText} ${view.removed.map((r) => r.text).join(' ')}`).toContain('Loading…');
    else expect(view.failure).toBe('no-article');
    await closePopup(popup);
    await page.close();
  });

  test('an empty page: "no article"; Show anyway says there is no text, without a second button', async () => {
    const { page, popup } = await showAnyway('/blank');
    const view = await readPopup(popup);
    expectFailure(view, 'no-article');
    expect(view.message).toContain('This page has no text to show.');
    expect(await popup.$('#show-anyway')).toBeNull();
    await closePopup(popup);
    await page.close();
  });
});

describe('Chromium: the live page keeps its event handlers', () => {
  test('same listeners before and after the click (all worlds), the page listener still fires, no new addEventListener call', async () => {
    const page = await openPage(chromium, server.url('/article'));
    const cdp = await page.createCDPSession();
    await cdp.send('DOM.enable');
    await page.setViewport({ width: 800, height: 500 });
    await page.evaluate(() => window.scrollTo(0, 300));
    await page.click('#ac-counter');
    const count = () => page.evaluate(() => (window as unknown as { __acClicks: number }).__acClicks);
    const calls = () => page.evaluate(() => [...(window as unknown as { __acListenerCalls: string[] }).__acListenerCalls]);
    expect(await count()).toBe(1);
    const before = { listeners: await eventListeners(cdp), calls: await calls(), page: await snapshotLivePage(page) };
    expect(before.listeners.length, before.listeners.join('\n')).toBeGreaterThanOrEqual(3);

    const popup = await clickToolbar(chromium, page);
    const view = await readPopup(popup);
    expect(view.state, describeView(view)).toBe('done');
    expect(view.title).toBe(SEED_HEADLINE);
    await closePopup(popup);

    expect(await eventListeners(cdp), 'listeners on the page changed').toEqual(before.listeners);
    expect(await calls(), 'the page saw addEventListener calls').toEqual(before.calls);
    expectPageUnchanged(before.page, await snapshotLivePage(page), '/article');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('#ac-counter');
    expect(await count(), 'the page\'s own click listener no longer fires').toBe(2);
    await cdp.detach();
    await page.close();
  });
});

describe('Chromium: no network request from the extension itself', () => {
  test('during a click on an article: only the reader\'s images, from the page\'s own URLs, when it shows them', async () => {
    const net = await chromiumNetLog(chromium.browser);
    try {
      const page = await openPage(chromium, server.url('/article'));
      await new Promise((r) => setTimeout(r, 300));
      net.reset();
      const popup = await clickToolbar(chromium, page);
      expect((await readPopup(popup)).state).toBe('done');
      await new Promise((r) => setTimeout(r, 500));
      const images = await readerImageUrls(popup);
      const requests = net.requests.filter((r) => !r.url.startsWith('chrome-extension://'));
      console.log(`[chromium] requests during the click: ${JSON.stringify(requests)}; reader images: ${JSON.stringify(images)}`);
      expect(requests.filter((r) => !(r.type === 'Image' && images.includes(r.url))), 'requests other than the reader\'s images').toEqual([]);
      expect(images.length).toBeGreaterThan(0);
      for (const url of images) expect(new URL(url).origin, 'an image from somewhere else than the page').toBe(server.origin);
      // the lead picture is at the top of the reader: it loads when the reader shows it
      expect(requests.map((r) => r.url)).toContain(server.url('/images/border.svg'));
      await closePopup(popup);
      await page.close();
    } finally {
      await net.stop();
    }
  });
});

// file:// without file access cannot be tested here: switching the extension's file access
// off (chrome://extensions, developerPrivate) and then clicking the toolbar on a file://
// tab makes Chromium 156 headless exit (crashpad) inside Extensions.triggerAction. The
// harness installs the build with file access on (as "Allow access to file URLs"): then a
// saved article reads like any other page.
describe('Chromium: a saved page (file://) with file access', () => {
  test('shows the article', async () => {
    const file = outputFile('file-article.html');
    fs.writeFileSync(file, seedPage());
    const page = await openPage(chromium, `file://${file}`);
    const popup = await clickToolbar(chromium, page);
    const view = await readPopup(popup);
    expect(view.state, describeView(view)).toBe('done');
    expect(view.title).toBe(SEED_HEADLINE);
    await closePopup(popup);
    await page.close();
  });
});
