// The reader in real Firefox ESR: the toolbar click, then the reader as popup.html?tabId=N
// in a tab (BiDi cannot drive the real popup). What must hold in Firefox too: the real
// shortcut shown, settings kept in storage.sync, Copy as Markdown without the
// clipboardWrite permission (read back from the system clipboard in the chrome scope),
// and an accessible page (axe-core).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { normalise } from './fixtures.ts';
import { SEED_HEADLINE, SEED_PATH, startServer, type TestServer } from './server.ts';
import { clickToolbar, closePopup, launchFirefox, openPage, openPopupInTab, type FirefoxSession } from './firefox.ts';
import { expectSeedPopup, head, readPopup, seedTexts } from './popup-view.ts';
import { describeViolations, runAxe, serious } from './reader-view.ts';

let server: TestServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function readerFor(path: string): Promise<{ page: Page; reader: Page }> {
  const page = await openPage(firefox, server.url(path));
  const { tabId } = await clickToolbar(firefox, page);
  await closePopup(firefox);
  const reader = await openPopupInTab(firefox, tabId, { width: 640, height: 900 });
  return { page, reader };
}

/** The system clipboard's text, read in the browser's chrome scope. */
function clipboardText(): Promise<string> {
  return firefox.chromeEval<string>(`
    const trans = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
    trans.init(null);
    trans.addDataFlavor('text/plain');
    Services.clipboard.getData(trans, Services.clipboard.kGlobalClipboard, gBrowser.selectedBrowser.browsingContext.currentWindowContext);
    const data = {};
    trans.getTransferData('text/plain', data);
    return data.value.QueryInterface(Ci.nsISupportsString).data;`);
}

describe('Firefox: the reader', () => {
  test('the seed article with its header, the real shortcut, and no serious axe violation', async () => {
    const { page, reader } = await readerFor(SEED_PATH);
    const view = await readPopup(reader);
    expectSeedPopup(view);
    expect(view.site).toBe('BBC News');
    expect(await reader.$eval('#published', (t) => t.textContent)).toBe('22 October 2022');
    expect(await reader.$eval('#reading-time', (t) => t.textContent)).toMatch(/^\d+ min read$/);
    const bound = await reader.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name: string; shortcut?: string }[]> } } }).browser;
      return (await api.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '';
    });
    console.log(`[firefox] _execute_action is bound to ${JSON.stringify(bound)}`);
    expect(bound).toBe('Alt+Shift+R');
    expect(await reader.$eval('#shortcut kbd', (k) => k.textContent)).toBe(bound);
    const { violations } = await runAxe(reader);
    expect(serious(violations), describeViolations(violations)).toEqual([]);
    await reader.close();
    await page.close();
  });

  test('settings are kept (storage.sync) and apply when the reader opens again', async () => {
    const { page, reader } = await readerFor(SEED_PATH);
    await reader.click('#settings-button');
    await reader.click('label[for="setting-theme-sepia"]');
    await reader.click('label[for="setting-font-sans"]');
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'sepia' && document.documentElement.dataset.font === 'sans');
    await reader.waitForFunction(async () => {
      const api = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, { theme?: string }>> } } } }).browser;
      return (await api.storage.sync.get('settings')).settings?.theme === 'sepia';
    }, { polling: 100, timeout: 5_000 });
    await reader.close();
    const { reader: again } = await readerFor(SEED_PATH);
    const look = await again.evaluate(() => ({ theme: document.documentElement.dataset.theme, font: document.documentElement.dataset.font, bg: getComputedStyle(document.body).backgroundColor }));
    expect(look).toEqual({ theme: 'sepia', font: 'sans', bg: 'rgb(245, 236, 217)' });
    await again.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { sync: { remove(k: string): Promise<void> } } } }).browser;
      await api.storage.sync.remove('settings');
      localStorage.clear();
    });
    await again.close();
    await page.close();
  });

  test('Copy as Markdown reaches the system clipboard without the clipboardWrite permission', async () => {
    const { page, reader } = await readerFor(SEED_PATH);
    const permissions = await reader.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ permissions: string[] }> } } }).browser;
      return (await api.permissions.getAll()).permissions;
    });
    expect(permissions).not.toContain('clipboardWrite');
    await reader.bringToFront();
    await reader.click('#copy-markdown');
    await reader.waitForFunction(() => document.getElementById('status')?.textContent !== '', { timeout: 5_000 });
    expect(await reader.$eval('#status', (s) => s.textContent)).toBe('Copied as Markdown.');
    const md = await clipboardText();
    expect(md.split('\n')[0]).toBe(`# ${SEED_HEADLINE}`);
    const plain = normalise(md.replace(/\\([\\`*_[\]<~])/g, '$1').replace(/\*\*/g, ''));
    const seed = seedTexts();
    for (const t of seed.slice(0, 12)) expect(plain).toContain(t);
    expect(plain).not.toContain(head(seed[12]!, 30));
    await reader.close();
    await page.close();
  });
});
