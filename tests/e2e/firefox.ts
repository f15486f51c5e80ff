// Firefox ESR driven by puppeteer-core over WebDriver BiDi (see ../shared/docs/browser-testing.md).
// The extension is a temporary add-on with a pinned moz-extension:// UUID. The toolbar click
// is Firefox's own browserActionFor(extension).triggerAction(window), run in the browser-window
// ("chrome") scope that -remote-allow-system-access opens: the same code path as a user's
// click, so it grants activeTab and opens the real popup. BiDi cannot see that popup, so its
// result is read from extension storage ('lastResult'), and for DOM checks the popup is opened
// again as popup.html?tabId=N in a tab (the activeTab grant lasts until the tab navigates).
// This reaches into Firefox internals (ExtensionParent, ExtensionStorageIDB, the popup
// <browser>): when the ESR version changes, check these first.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EXTENSION_DIR, FIREFOX_PATH, GECKO_ID, outputFile } from './fixtures.ts';
import { waitSettled, type LastResult } from './popup-view.ts';
import fs from 'node:fs';

/** Pinned so popup.html has a known address (extensions.webextensions.uuids). */
export const EXTENSION_UUID = '0b3389d3-27c9-4b58-8a7c-1e0c1ea4e2e5';
export const POPUP_URL = `moz-extension://${EXTENSION_UUID}/popup.html`;

export interface FirefoxSession {
  browser: Browser;
  version: string;
  /** Evaluates an expression in the browser window's chrome scope; returns its JSON value. */
  chromeEval<T = unknown>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** What runs before each chrome-scope snippet: the extension and its storage. */
const PRELUDE = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const { ExtensionStorageIDB } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageIDB.sys.mjs');
  const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
  if (!policy) throw new Error('extension ${GECKO_ID} is not installed');
  const ext = policy.extension;
  const storage = () => ExtensionStorageIDB.open(ExtensionStorageIDB.getStoragePrincipal(ext));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const popupBrowser = () => document.querySelector('.webextension-popup-browser');
`;

export async function launchFirefox(extensionDir = EXTENSION_DIR): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1024, height: 768 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  try {
    const version = await browser.version();
    await browser.installExtension(extensionDir);
    // puppeteer-core's BiDi connection: send() is public but not in its .d.ts
    const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
    const win = tree.contexts[0];
    if (!win) throw new Error('no chrome-scope browsing context: is -remote-allow-system-access accepted?');
    const chromeEval = async <T>(expression: string): Promise<T> => {
      const r = (await bidi.send('script.evaluate', {
        expression: `(async () => { ${PRELUDE}\n return JSON.stringify(await (async () => { ${expression} })()); })()`,
        target: { context: win.context },
        awaitPromise: true,
        resultOwnership: 'none',
      })).result as BidiEvaluateResult;
      if (r.type === 'exception') throw new Error(`chrome scope: ${r.exceptionDetails?.text}`);
      const v = r.result?.value;
      return (typeof v === 'string' ? JSON.parse(v) : undefined) as T;
    };
    await chromeEval('return policy.id');
    return { browser, version, chromeEval, close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** A new tab showing url, loaded. */
export async function openPage(s: FirefoxSession, url: string): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  return page;
}

/**
 * A new tab showing a privileged page (about:addons…). BiDi never reports those
 * navigations as done, so fire it and watch the tab from the chrome scope.
 */
export async function openPrivilegedPage(s: FirefoxSession, url: string): Promise<Page> {
  const page = await s.browser.newPage();
  page.goto(url, { timeout: 0 }).catch(() => {});
  await s.chromeEval(`
    for (let i = 0; i < 200; i++) {
      const b = gBrowser.selectedBrowser;
      if (b.currentURI.spec === ${JSON.stringify(url)} && !b.webProgress.isLoadingDocument) return true;
      await sleep(50);
    }
    throw new Error('tab did not reach ${url}: ' + gBrowser.selectedBrowser.currentURI.spec);`);
  return page;
}

export interface ClickResult {
  /** the WebExtension tab id of the clicked tab */
  tabId: number;
  result: LastResult | null;
  /** the real popup as drawn, when asked for */
  png?: Buffer;
}

/** Closes the popup if one is open (a second triggerAction would only close it). */
export async function closePopup(s: FirefoxSession): Promise<void> {
  await s.chromeEval(`
    const b = popupBrowser();
    if (!b) return false;
    b.closest('panel')?.hidePopup();
    for (let i = 0; i < 100 && popupBrowser(); i++) await sleep(20);
    if (popupBrowser()) throw new Error('the popup did not close');
    return true;`);
}

/**
 * The real toolbar click on page's tab. Clears lastResult first, then waits (up to
 * timeout) for the popup to store its new result.
 */
export async function clickToolbar(
  s: FirefoxSession,
  page: Page,
  { expectUrl, snapshot = false, timeout = 20_000 }: { expectUrl?: string; snapshot?: boolean; timeout?: number } = {},
): Promise<ClickResult> {
  await page.bringToFront();
  await closePopup(s);
  const want = expectUrl ?? page.url();
  const out = await s.chromeEval<{ tabId: number; result: LastResult | null; png: string | null; selected: string }>(`
    const db = await storage();
    await db.remove(['lastResult']);
    const selected = gBrowser.selectedBrowser.currentURI.spec;
    if (selected !== ${JSON.stringify(want)}) throw new Error('selected tab shows ' + selected + ', not ${want}');
    ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window);
    const tabId = ext.tabManager.getWrapper(gBrowser.selectedTab).id;
    let result = null;
    for (let t = Date.now(); Date.now() - t < ${timeout} && !(result = (await db.get('lastResult')).lastResult ?? null); ) await sleep(50);
    let png = null;
    if (${snapshot} && result) {
      const b = popupBrowser();
      if (b) {
        await sleep(300); // let the popup finish its layout and resize
        const w = b.clientWidth || 400, h = b.clientHeight || 300;
        const bmp = await b.browsingContext.currentWindowGlobal.drawSnapshot(new DOMRect(0, 0, w, h), 1, 'white');
        const c = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        c.width = bmp.width; c.height = bmp.height;
        c.getContext('2d').drawImage(bmp, 0, 0);
        png = c.toDataURL('image/png');
      }
    }
    return { tabId, result, png, selected };`);
  return {
    tabId: out.tabId,
    result: out.result,
    png: out.png ? Buffer.from(out.png.split(',')[1]!, 'base64') : undefined,
  };
}

/**
 * Navigates page to popup.html?tabId=N and waits until the popup has a state. The
 * navigation happens, but BiDi never reports a moz-extension:// load as done, so it is
 * fired and the page polled; polling across that navigation can hit the realm that is
 * going away ("ProtocolError: script.evaluate: … got null"), so a failed poll is tried
 * again within the same time limit.
 */
export async function navigateToPopup(page: Page, tabId: number, timeoutMs = 20_000): Promise<void> {
  page.goto(`${POPUP_URL}?tabId=${tabId}`, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && !!document.body?.dataset.state, { timeout: Math.max(1, deadline - Date.now()), polling: 50 });
      return;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** popup.html?tabId=N in a new tab, settled. */
export async function openPopupInTab(s: FirefoxSession, tabId: number, viewport = { width: 420, height: 800 }): Promise<Page> {
  const pp = await s.browser.newPage();
  await pp.setViewport(viewport);
  await navigateToPopup(pp, tabId, 10_000);
  await waitSettled(pp);
  return pp;
}

/**
 * popup.html?tabId=N in a new tab with page errors and the given console messages
 * recorded from its first line, settled. (A CSP-violation listener cannot be put there:
 * BiDi preload scripts do not reach moz-extension:// pages.)
 */
export async function popupInTabWithErrors(
  s: FirefoxSession,
  tabId: number,
  { consoleTypes = ['error'], settleMs = 60_000 }: { consoleTypes?: string[]; settleMs?: number } = {},
): Promise<{ tab: Page; errors: string[] }> {
  const tab = await s.browser.newPage();
  await tab.setViewport({ width: 420, height: 800 });
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
  tab.on('console', (m) => {
    if (consoleTypes.includes(m.type())) errors.push(`console.${m.type()}: ${m.text()}`);
  });
  await navigateToPopup(tab, tabId);
  await waitSettled(tab, settleMs);
  return { tab, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = outputFile(name);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}

export function writePng(name: string, png: Buffer): string {
  const file = outputFile(name);
  fs.writeFileSync(file, png);
  return file;
}
