// The hostile-input corpus (hostile/payloads.ts) in real Firefox ESR, through the real
// toolbar click. Firefox does not show the popup to WebDriver BiDi, so:
// - the real popup: its result (extension storage), its address and title from the chrome
//   scope (the popup <browser>), and every HTTP request in the parent process;
// - then popup.html?tabId=N in a tab, with listeners from its first line, for the DOM
//   audit, the sentinels, hover/focus/click, CSP violations and errors.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbar, closePopup, EXTENSION_UUID, launchFirefox, openPage, popupInTabWithErrors, POPUP_URL, type FirefoxSession } from './firefox.ts';
import { normalise } from './fixtures.ts';
import { describeView, readPopup, waitSettled } from './popup-view.ts';
import { auditReader, checkSanitizerLab, expectNoSentinel, expectPageUnchanged, forbiddenHits, missingMarkers, pokeReader, READER_IDS, readerImageUrls, readSentinels, snapshotLivePage } from './hostile/checks.ts';
import { firefoxNetLog } from './hostile/net.ts';
import { countByCategory, hostilePages } from './hostile/payloads.ts';
import { startHostileServer, type HostileServer } from './hostile/server.ts';

let server: HostileServer;
let firefox: FirefoxSession;
let net: Awaited<ReturnType<typeof firefoxNetLog>>;

beforeAll(async () => {
  server = await startHostileServer();
  firefox = await launchFirefox();
  net = await firefoxNetLog(firefox);
  const pages = hostilePages({ origin: server.origin, sentinel: server.sentinel, prose: () => '', markedProse: () => '' });
  console.log(`[firefox] ${firefox.version}: ${pages.reduce((n, p) => n + p.payloads.length, 0)} hostile payloads on ${pages.length} pages ${JSON.stringify(countByCategory(pages))}`);
});

afterAll(async () => {
  await net?.stop().catch(() => {});
  await firefox?.close();
  await server?.close();
});

const PAGES = hostilePages({ origin: 'http://x', sentinel: 'http://y', prose: () => '', markedProse: () => '' }).map((p) => p.path);
/** how Firefox names the extension's principal (Node's URL gives moz-extension: origins as 'null') */
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** popup.html?tabId=N in a tab with error listeners before its first line; listenForViolations adds the CSP listener once the reader has rendered. */
const popupInTab = (tabId: number) => popupInTabWithErrors(firefox, tabId);

/** From now on, the CSP violations in page; the returned function reads them. */
async function listenForViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const v: string[] = ((window as unknown as { __acViolations: string[] }).__acViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => v.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { __acViolations: string[] }).__acViolations);
}

describe('Firefox: hostile article pages', () => {
  test.each(PAGES)('%s: nothing runs or loads in the extension, the prose around the payloads shows, the page is unchanged', async (path) => {
    const spec = server.pages.find((p) => p.path === path)!;
    const hitsAtStart = server.hits.length;
    const newHits = () => server.hits.slice(hitsAtStart);
    const opened: Page[] = [];
    try {
      const page = await openPage(firefox, server.url(path));
      opened.push(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
      expect(forbiddenHits(newHits()), 'the page itself reached the sentinel: its CSP should have stopped it').toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __acPwned?: unknown }).__acPwned), 'a payload ran in the page itself').toBeUndefined();
      const before = await snapshotLivePage(page);

      await net.reset();
      const { tabId, result } = await clickToolbar(firefox, page);
      expect(result?.state, `${path}: ${JSON.stringify(result).slice(0, 300)}`).toBe('done');
      const real = await firefox.chromeEval<{ url: string; title: string } | null>(`
        const b = popupBrowser();
        return b ? { url: b.currentURI.spec, title: b.contentTitle } : null;`);
      expect(real, 'the real popup is open').not.toBeNull();
      expect(real!.url, `${path}: the real popup navigated`).toBe(POPUP_URL);
      expect(real!.title, `${path}: the real popup's title`).not.toMatch(/PWNED/);
      const stored = normalise(result!.paragraphs.map((p) => p.text).join(' '));
      expect(missingMarkers(stored, spec.markers), `${path}: prose missing from the stored result`).toEqual([]);
      const clickRequests = await net.read();
      await closePopup(firefox);
      expectPageUnchanged(before, await snapshotLivePage(page), path);

      const { tab, errors } = await popupInTab(tabId);
      opened.push(tab);
      const view = await readPopup(tab);
      expect(view.state, `${path}: ${view.failure} ${view.message}`).toBe('done');
      expect(missingMarkers(view.articleText, spec.markers), `${path}: prose missing from the reader\n${describeView(view)}`).toEqual([]);
      expect(await auditReader(tab, READER_IDS)).toEqual([]);
      const tabUrl = `${POPUP_URL}?tabId=${tabId}`; // BiDi still says about:blank
      expectNoSentinel(await readSentinels(tab), tabUrl, `${path} reader in a tab`);
      const violations = await listenForViolations(tab);
      await pokeReader(tab);
      await new Promise((r) => setTimeout(r, 300));
      expectNoSentinel(await readSentinels(tab), tabUrl, `${path} reader in a tab after hover, focus and clicks`);
      expect(await auditReader(tab, READER_IDS)).toEqual([]);
      expect(await violations(), `${path}: CSP violations in the reader after it rendered`).toEqual([]);
      expect(errors, `${path}: errors in the reader`).toEqual([]);

      // What the extension fetched during the real click: only the reader's images.
      const images = new Set(await readerImageUrls(tab));
      const fromExtension = clickRequests.filter((r) => r.by === EXTENSION_ORIGIN);
      expect(fromExtension.filter((r) => !images.has(r.url)), `${path}: the popup fetched something other than the reader's images`).toEqual([]);
      expect(clickRequests.filter((r) => r.url.startsWith(`${server.sentinel}/hit/`)), `${path}: requests to the sentinel during the click`).toEqual([]);
      expect(forbiddenHits(newHits()), `${path}: the sentinel was reached`).toEqual([]);
      await tab.close();
      expectPageUnchanged(before, await snapshotLivePage(page), `${path} after the reader tab`);
      console.log(`[firefox] ${path}: ${spec.ids.length} payloads, ${spec.markers.length} prose markers shown, ${clickRequests.length} requests during the click (${fromExtension.length} from the extension: ${fromExtension.map((r) => r.url.replace(server.origin, '')).join(' ') || 'none'}), no CSP violation after rendering`);
    } finally {
      for (const p of opened.reverse()) await p.close().catch(() => {});
      await closePopup(firefox).catch(() => {});
    }
  });
});

describe('Firefox: every payload through the reader\'s sanitiser, in this browser\'s parser', () => {
  test('all payloads into an ordinary page where scripts would run: nothing runs, nothing loads, nothing dangerous in the DOM', async () => {
    const rendered = await checkSanitizerLab((url) => openPage(firefox, url), server);
    console.log(`[firefox] sanitizer lab: ${rendered} payloads sanitised and rendered, no sentinel`);
  });
});
