// The hostile-input corpus (hostile/payloads.ts: 100+ payloads on six article pages) in
// real Chromium, through the real toolbar click. For each page:
// - the page itself runs and loads nothing from the sentinel (its CSP), so every sentinel
//   hit would come from the extension;
// - the popup: no sentinel set (window/top.__acPwned, document.title), still popup.html,
//   nothing dangerous in its DOM, all the prose around the payloads shown, and after
//   hovering, focusing and clicking everything in the article, still nothing;
// - the network: during the click the browser fetched only image URLs the reader shows,
//   and the sentinel counted no hit;
// - the live page: the same DOM, scroll position and title;
// - the same popup opened as popup.html?tabId=N with listeners from its first line: no
//   CSP violation (nothing got past DOMPurify and tried to run or load), no page error.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbar, closePopup, launchChromium, openPage, type ChromiumSession } from './chromium.ts';
import { describeView, readPopup, waitSettled } from './popup-view.ts';
import { auditReader, checkSanitizerLab, expectNoSentinel, expectPageUnchanged, forbiddenHits, missingMarkers, pokeReader, READER_IDS, readerImageUrls, readSentinels, snapshotLivePage } from './hostile/checks.ts';
import { chromiumNetLog, type NetLog } from './hostile/net.ts';
import { countByCategory, hostilePages } from './hostile/payloads.ts';
import { startHostileServer, type HostileServer } from './hostile/server.ts';

let server: HostileServer;
let chromium: ChromiumSession;
let net: NetLog;

beforeAll(async () => {
  server = await startHostileServer();
  chromium = await launchChromium();
  net = await chromiumNetLog(chromium.browser);
  const pages = hostilePages({ origin: server.origin, sentinel: server.sentinel, prose: () => '', markedProse: () => '' });
  const total = pages.reduce((n, p) => n + p.payloads.length, 0);
  console.log(`[chromium] ${chromium.version}: ${total} hostile payloads on ${pages.length} pages ${JSON.stringify(countByCategory(pages))}`);
});

afterAll(async () => {
  await net?.stop();
  await chromium?.close();
  await server?.close();
});

const PAGES = hostilePages({ origin: 'http://x', sentinel: 'http://y', prose: () => '', markedProse: () => '' }).map((p) => p.path);

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  at: string;
  /** the element the policy stopped, when it was in the reader's document */
  target: string;
}

/**
 * popup.html?tabId=N in a tab, with CSP-violation, console-error and page-error listeners
 * from its first line.
 */
async function popupInTab(tabId: number): Promise<{ tab: Page; violations: () => Promise<Violation[]>; errors: string[] }> {
  const tab = await chromium.browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(`console.${m.type()}: ${m.text()} (${m.location().url ?? ''})`);
  });
  await tab.evaluateOnNewDocument(() => {
    const v: unknown[] = ((window as unknown as { __acViolations: unknown[] }).__acViolations = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      v.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        at: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        target: e.target instanceof Element ? e.target.outerHTML.slice(0, 200) : e.target === document ? 'document' : String(e.target),
      }),
    );
  });
  await tab.goto(`chrome-extension://${chromium.extensionId}/popup.html?tabId=${tabId}`, { waitUntil: 'load' });
  await waitSettled(tab, 60_000);
  return { tab, errors, violations: () => tab.evaluate(() => (window as unknown as { __acViolations: Violation[] }).__acViolations) };
}

describe('Chromium: hostile article pages', () => {
  test.each(PAGES)('%s: nothing runs or loads in the extension, the prose around the payloads shows, the page is unchanged', async (path) => {
    const spec = server.pages.find((p) => p.path === path)!;
    const hitsAtStart = server.hits.length;
    const newHits = () => server.hits.slice(hitsAtStart);
    const opened: Page[] = [];
    try {
      const page = await openPage(chromium, server.url(path));
      opened.push(page);
      await page.setViewport({ width: 900, height: 600 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
      expect(forbiddenHits(newHits()), 'the page itself reached the sentinel: its CSP should have stopped it').toEqual([]);
      const pageSentinel = await page.evaluate(() => (window as unknown as { __acPwned?: unknown }).__acPwned);
      expect(pageSentinel, 'a payload ran in the page itself: the test page CSP is not holding').toBeUndefined();
      const before = await snapshotLivePage(page);

      net.reset();
      const popup = await clickToolbar(chromium, page);
      opened.push(popup);
      const popupUrl = popup.url();
      const view = await readPopup(popup);
      expect(view.state, `${path}: ${view.failure} ${view.message}`).toBe('done');
      expect(await auditReader(popup, READER_IDS)).toEqual([]);
      expectNoSentinel(await readSentinels(popup), popupUrl, `${path} popup`);
      expect(missingMarkers(view.articleText, spec.markers), `${path}: prose missing from the reader\n${describeView(view)}`).toEqual([]);

      const poked = await pokeReader(popup);
      expect(poked).toBeGreaterThan(spec.markers.length / 2);
      await new Promise((r) => setTimeout(r, 300));
      expectNoSentinel(await readSentinels(popup), popupUrl, `${path} popup after hover, focus and clicks`);
      expect(await auditReader(popup, READER_IDS)).toEqual([]);

      const images = new Set(await readerImageUrls(popup));
      const requests = net.requests.filter((r) => !r.url.startsWith('chrome-extension://'));
      const stray = requests.filter((r) => !(r.type === 'Image' && images.has(r.url)));
      expect(stray, `${path}: requests during the click other than the reader's own images`).toEqual([]);
      expect(forbiddenHits(newHits()), `${path}: the sentinel was reached`).toEqual([]);

      const tabId = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
        return (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? -1;
      });
      await closePopup(popup);
      expectPageUnchanged(before, await snapshotLivePage(page), path);

      const { tab, errors, violations } = await popupInTab(tabId);
      opened.push(tab);
      expect((await readPopup(tab)).state).toBe('done');
      // Chromium reports (and blocks) the event-handler attributes it meets while DOMPurify
      // parses page HTML in its inert DOMParser document, before they are sanitised away:
      // those come while the reader renders. After it settled, the reader's DOM is what the
      // person gets: hovering, focusing and clicking it must raise no violation at all.
      const atRender = (await violations()).length;
      const errorsAtRender = errors.length;
      await pokeReader(tab);
      await new Promise((r) => setTimeout(r, 300));
      const all = await violations();
      // A picture of the page that is not there (a payload's src="x") is the page's 404, not an error.
      const tabImages = new Set(await readerImageUrls(tab));
      for (let i = errors.length - 1; i >= 0; i--) {
        const m = /^console\.error: Failed to load resource: .* \((.+)\)$/.exec(errors[i]!);
        if (m && tabImages.has(m[1]!)) errors.splice(i, 1);
      }
      expect(all.slice(atRender), `${path}: CSP violations in the reader after it rendered: something got past the sanitiser`).toEqual([]);
      expect(errors.slice(errorsAtRender), `${path}: console errors in the reader after it rendered`).toEqual([]);
      expect(errors.filter((e) => !/^console\.error: Executing inline event handler violates/.test(e)), `${path}: errors in the reader`).toEqual([]);
      expectNoSentinel(await readSentinels(tab), tab.url(), `${path} reader in a tab`);
      expect(forbiddenHits(newHits()), `${path}: the sentinel was reached`).toEqual([]);
      await tab.close();
      expectPageUnchanged(before, await snapshotLivePage(page), `${path} after the reader tab`);
      await page.close();
      console.log(`[chromium] ${path}: ${spec.ids.length} payloads, ${spec.markers.length} prose markers shown, ${requests.length} requests (reader images), ${newHits().length} sentinel requests (${newHits().map((h) => h.path).join(' ') || 'none'}), ${atRender} CSP reports while DOMPurify parsed, 0 after`);
    } finally {
      for (const p of opened.reverse()) await p.close().catch(() => {});
    }
  });
});

describe('Chromium: every payload through the reader\'s sanitiser, in this browser\'s parser', () => {
  test('all payloads into an ordinary page where scripts would run: nothing runs, nothing loads, nothing dangerous in the DOM', async () => {
    const rendered = await checkSanitizerLab((url) => openPage(chromium, url), server);
    console.log(`[chromium] sanitizer lab: ${rendered} payloads sanitised and rendered, no sentinel`);
  });
});
