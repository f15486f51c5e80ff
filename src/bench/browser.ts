// The browser half of `npm run bench`: real Chromium (puppeteer-core, a fresh headless
// profile, the built extension installed), readability pages served on 127.0.0.1, and the
// real toolbar click (page.triggerExtensionAction, which grants activeTab and opens the
// real popup). Per page: the time from the click to the popup's first paint of the article
// (src/popup/bench-marks.ts sets a mark after that frame; its wall-clock time,
// performance.timeOrigin + startTime, is compared with the clock read just before the
// click) and the content script's own times, which the popup puts in the mark's detail.
// The popup's JS heap is read on the largest page, after a garbage collection.
// The browser's floor (src/bench/floor-extension.ts), an extension whose popup only paints
// a line, is installed beside ours and clicked on each page too, just before or after ours
// (the order alternates): click → paint of an empty popup, in the same run.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Extension, type Page } from 'puppeteer-core';
import { MARK_ARTICLE_PAINTED, MARK_ARTICLE_SHOWN, type ArticleShownDetail } from '../shared/bench-marks.ts';
import { FLOOR_POPUP, writeFloorExtension } from './floor-extension.ts';

/** The switches the browser tests use too (tests/e2e/chromium.ts): no network of its own on this machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ClickTiming {
  slug: string;
  /** the popup's final state: 'done' (article shown), 'error' (a failure message) */
  state: string;
  /** click to the first paint of the article; null when no article was shown */
  clickToPaintMs: number | null;
  /** click to the article in the popup's DOM */
  clickToShownMs: number | null;
  /** click to the popup's navigation start (the browser opening it) */
  clickToPopupMs: number;
  /** click to the popup's DOMContentLoaded (its script has run its first part) */
  clickToDomReadyMs: number | null;
  contentMs: number | null;
  scriptMs: number | null;
  /** the content script was started by popup.html's first script, before popup.js loaded (null: no article shown) */
  earlyRead: boolean | null;
}

export interface PopupHeap {
  slug: string;
  /** bytes of source.html */
  pageBytes: number;
  /** the popup's JS heap after a garbage collection (Runtime.getHeapUsage) */
  usedBytes: number;
  totalBytes: number;
}

export interface BrowserBench {
  version: string;
  clicks: ClickTiming[];
  /** the same pages clicked with the floor extension (only its click → paint and → popup times mean anything) */
  floorClicks: ClickTiming[];
  popupHeap: PopupHeap | null;
}

/** Saved pages keep their markup; their scripts and remote subresources stay off (as in tests/e2e/server.ts). */
const CORPUS_CSP = "default-src 'self' data:; script-src 'none'; style-src 'self' 'unsafe-inline' data:; img-src 'self' data:; font-src 'self' data:; frame-src 'none'";

/** Serves pagesDir/<slug>/source.html at /corpus/<slug>/ on 127.0.0.1. */
async function servePages(pagesDir: string): Promise<{ url(slug: string): string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const m = /^\/corpus\/([a-z0-9][a-z0-9-]*)\/$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = m && path.join(pagesDir, m[1]!, 'source.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': CORPUS_CSP });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (slug) => `${origin}/corpus/${slug}/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

interface Installed {
  extension: Extension;
  extensionId: string;
  /** the popup's file in the extension */
  popup: string;
}

interface Session {
  browser: Browser;
  ours: Installed;
  floor: Installed;
}

async function install(browser: Browser, dir: string, popup: string): Promise<Installed> {
  const extensionId = await browser.installExtension(dir);
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error(`installed ${dir}, but the browser does not list it`);
  return { extension, extensionId, popup };
}

async function launch(chromiumPath: string, extensionDir: string, floorDir: string): Promise<Session> {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1024, height: 768 },
  });
  try {
    return { browser, ours: await install(browser, extensionDir, 'popup.html'), floor: await install(browser, floorDir, FLOOR_POPUP) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** One toolbar click of extension x on url; the popup is handed to inspect (e.g. its heap) before it closes. */
async function click(s: Session, x: Installed, slug: string, url: string, inspect?: (popup: Page) => Promise<void>): Promise<ClickTiming> {
  const page = await s.browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.bringToFront();
    const popupTarget = s.browser.waitForTarget(
      (t) => t.type() === 'page' && t.url() === `chrome-extension://${x.extensionId}/${x.popup}`,
      { timeout: 30_000 },
    );
    const clickedAt = Date.now();
    await page.triggerExtensionAction(x.extension);
    const popup = await (await popupTarget).asPage();
    try {
      await popup.waitForFunction(
        (painted) => performance.getEntriesByName(painted).length > 0 || document.body?.dataset.state === 'error',
        { timeout: 60_000, polling: 50 },
        MARK_ARTICLE_PAINTED,
      );
      const marks = await popup.evaluate((shown, painted) => {
        const at = (name: string) => {
          const m = performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
          return m ? { epoch: performance.timeOrigin + m.startTime, detail: m.detail as unknown } : null;
        };
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return {
          state: document.body.dataset.state ?? '',
          shown: at(shown),
          painted: at(painted),
          navigationStart: performance.timeOrigin,
          domReady: nav && nav.domContentLoadedEventEnd > 0 ? performance.timeOrigin + nav.domContentLoadedEventEnd : null,
        };
      }, MARK_ARTICLE_SHOWN, MARK_ARTICLE_PAINTED);
      const detail = marks.shown?.detail as ArticleShownDetail | undefined;
      if (inspect) await inspect(popup);
      return {
        slug,
        state: marks.state,
        clickToPaintMs: marks.painted ? marks.painted.epoch - clickedAt : null,
        clickToShownMs: marks.shown ? marks.shown.epoch - clickedAt : null,
        clickToPopupMs: marks.navigationStart - clickedAt,
        clickToDomReadyMs: marks.domReady === null ? null : marks.domReady - clickedAt,
        contentMs: detail?.contentMs ?? null,
        scriptMs: detail?.scriptMs ?? null,
        earlyRead: detail ? detail.earlyRead === true : null,
      };
    } finally {
      await popup.close().catch(() => {});
    }
  } finally {
    await page.close().catch(() => {});
  }
}

async function popupHeap(popup: Page): Promise<{ usedBytes: number; totalBytes: number }> {
  const cdp = await popup.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedBytes: usedSize, totalBytes: totalSize };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export interface BrowserBenchOptions {
  chromiumPath: string;
  extensionDir: string;
  /** readability-pages/ */
  pagesDir: string;
  slugs: readonly string[];
  progress(done: number): void;
}

/** Clicks each extension once on the first page to warm up (its first start), then once on each page. */
export async function benchBrowser(o: BrowserBenchOptions): Promise<BrowserBench> {
  // Each resource is released by the finally of the step that made it, whatever fails later.
  const floorFiles = writeFloorExtension();
  try {
    const server = await servePages(o.pagesDir);
    try {
      const s = await launch(o.chromiumPath, o.extensionDir, floorFiles.dir);
      try {
        return await clickAll(s, server, o);
      } finally {
        await s.browser.close();
      }
    } finally {
      await server.close();
    }
  } finally {
    floorFiles.remove();
  }
}

async function clickAll(s: Session, server: { url(slug: string): string }, o: BrowserBenchOptions): Promise<BrowserBench> {
  const version = await s.browser.version();
  if (o.slugs[0]) {
    await click(s, s.ours, o.slugs[0], server.url(o.slugs[0]));
    await click(s, s.floor, o.slugs[0], server.url(o.slugs[0]));
  }
  const clicks: ClickTiming[] = [];
  const floorClicks: ClickTiming[] = [];
  for (const [i, slug] of o.slugs.entries()) {
    const ours = () => click(s, s.ours, slug, server.url(slug)).then((c) => clicks.push(c));
    const floor = () => click(s, s.floor, slug, server.url(slug)).then((c) => floorClicks.push(c));
    for (const next of i % 2 === 0 ? [ours, floor] : [floor, ours]) await next();
    o.progress(i + 1);
  }
  const bytes = (slug: string) => fs.statSync(path.join(o.pagesDir, slug, 'source.html')).size;
  const largest = [...o.slugs].sort((a, b) => bytes(b) - bytes(a))[0];
  let heap: PopupHeap | null = null;
  if (largest) {
    await click(s, s.ours, largest, server.url(largest), async (popup) => {
      heap = { slug: largest, pageBytes: bytes(largest), ...(await popupHeap(popup)) };
    });
  }
  return { version, clicks, floorClicks, popupHeap: heap };
}
