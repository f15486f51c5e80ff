// Chromium driven by puppeteer-core over CDP (see ../shared/docs/browser-testing.md):
// a fresh headless profile, the unpacked build installed, and the real toolbar click
// (page.triggerExtensionAction), which grants activeTab and opens the real popup.
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../src/bench/browser.ts';
import { CHROMIUM_PATH, EXTENSION_DIR, outputFile } from './fixtures.ts';
import { waitSettled, type LastResult } from './popup-view.ts';

export interface ChromiumSession {
  browser: Browser;
  extension: Extension;
  extensionId: string;
  version: string;
  close(): Promise<void>;
}

// One list of switches for the tests and the benchmark (src/bench/browser.ts).
export { CHROMIUM_ARGS };

/** extraArgs: more Chromium switches, e.g. --lang=de for the extension's German words. */
export async function launchChromium(extensionDir = EXTENSION_DIR, extraArgs: string[] = []): Promise<ChromiumSession> {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    defaultViewport: { width: 1024, height: 768 },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    const extension = (await browser.extensions()).get(extensionId);
    if (!extension) throw new Error(`installed ${extensionDir} as ${extensionId}, but the browser does not list it`);
    const version = await browser.version();
    return { browser, extension, extensionId, version, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** A new tab showing url, loaded. */
export async function openPage(s: ChromiumSession, url: string): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return page;
}

/** The real toolbar click on page's tab; resolves to the popup Page once it has settled. */
export async function clickToolbar(s: ChromiumSession, page: Page): Promise<Page> {
  await page.bringToFront();
  const popupTarget = s.browser.waitForTarget(
    (t) => t.type() === 'page' && t.url().startsWith(`chrome-extension://${s.extensionId}/`) && new URL(t.url()).pathname === '/popup.html',
    { timeout: 10_000 },
  );
  await page.triggerExtensionAction(s.extension);
  const popup = await (await popupTarget).asPage();
  await waitSettled(popup);
  return popup;
}

/** The popup's stored result; polls because the popup may store it just after it renders. */
export async function readLastResult(popup: Page, timeout = 5_000): Promise<LastResult | null> {
  const until = Date.now() + timeout;
  for (;;) {
    const r = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.local.get('lastResult')).lastResult ?? null;
    });
    if (r || Date.now() > until) return r as LastResult | null;
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** Clears 'lastResult' so the next click's result cannot be mistaken for this one. */
export async function clearLastResult(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome;
    await api.storage.local.remove('lastResult');
  });
}

/** Closes the popup after clearing what it stored. */
export async function closePopup(popup: Page): Promise<void> {
  if (popup.isClosed()) return;
  await clearLastResult(popup).catch(() => {});
  await popup.close().catch(() => {});
}

/**
 * What the popup window shows (Chromium caps popups at 800×600 and scrolls the rest; a
 * fullPage capture cannot resize a popup and repeats its top).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = outputFile(name);
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}
