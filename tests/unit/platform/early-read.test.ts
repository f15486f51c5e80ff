// popup.html's first script starts the content script before popup.js loads
// (src/platform/early-read.ts); browser.ts then takes its outcome instead of asking again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_READ_KEY, startEarlyRead, type EarlyReadApi } from '../../../src/platform/early-read.ts';

const ARTICLE = { ok: true, article: { title: 'T', paragraphs: [] }, ms: 1 };

function fakeApi(activeTab: number | null, executeScript: EarlyReadApi['scripting']['executeScript'] = async () => [{ result: ARTICLE }]) {
  return {
    tabs: { query: vi.fn(async () => (activeTab === null ? [] : [{ id: activeTab }])) },
    scripting: { executeScript: vi.fn(executeScript) },
  };
}

describe('startEarlyRead', () => {
  it('runs the content script in the active tab', async () => {
    const api = fakeApi(42);
    const read = startEarlyRead(api, '');
    expect(await read.tabId).toBe(42);
    expect(await read.outcome).toEqual({ ok: true, results: [{ result: ARTICLE }] });
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 42 }, files: ['content.js'] });
  });

  it('takes ?tabId=N (the reader in a tab) without asking for the active tab', async () => {
    const api = fakeApi(42);
    const read = startEarlyRead(api, '?tabId=7&keep=1,2');
    expect(await read.tabId).toBe(7);
    await read.outcome;
    expect(api.tabs.query).not.toHaveBeenCalled();
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['content.js'] });
  });

  it('turns a refusal into an outcome, thrown or rejected: nothing is listening yet', async () => {
    const rejected = startEarlyRead(fakeApi(1, async () => { throw new Error('Cannot access a chrome:// URL'); }), '');
    expect(await rejected.outcome).toEqual({ ok: false, message: 'Cannot access a chrome:// URL' });
    const thrown = startEarlyRead(fakeApi(1, () => { throw new Error('No tab with id: 1'); }), '');
    expect(await thrown.outcome).toEqual({ ok: false, message: 'No tab with id: 1' });
  });

  it('reads nothing without a tab', async () => {
    const api = fakeApi(null);
    const read = startEarlyRead(api, '');
    expect(await read.tabId).toBeNull();
    expect(await read.outcome).toEqual({ ok: false, message: 'There is no tab to read.' });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
    const failing = { ...api, tabs: { query: vi.fn(async () => { throw new Error('no windows'); }) } };
    expect(await startEarlyRead(failing, '').tabId).toBeNull();
  });
});

describe('browser.ts with an early read', () => {
  const polyfill = fakeApi(42, async () => [{ result: { ...ARTICLE, ms: 2 } }]);

  async function loadBrowser(early: ReturnType<typeof startEarlyRead> | undefined) {
    vi.resetModules();
    vi.doMock('webextension-polyfill', () => ({ default: polyfill }));
    if (early) (globalThis as Record<string, unknown>)[EARLY_READ_KEY] = early;
    return import('../../../src/platform/browser.ts');
  }

  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[EARLY_READ_KEY];
    vi.doUnmock('webextension-polyfill');
    polyfill.tabs.query.mockClear();
    polyfill.scripting.executeScript.mockClear();
  });

  it('takes the early tab and result once, then asks the tab itself', async () => {
    const browser = await loadBrowser(startEarlyRead(fakeApi(42), ''));
    expect(await browser.targetTabId('')).toBe(42);
    expect(polyfill.tabs.query).not.toHaveBeenCalled();
    expect(browser.answeredEarly()).toBe(false);
    expect((await browser.extractFromTab(42)).ms).toBe(1);
    expect(polyfill.scripting.executeScript).not.toHaveBeenCalled();
    expect(browser.answeredEarly()).toBe(true);
    expect((await browser.extractFromTab(42)).ms).toBe(2);
    expect(polyfill.scripting.executeScript).toHaveBeenCalledTimes(1);
  });

  it('does not use it for another tab or for "Show anyway"', async () => {
    const other = await loadBrowser(startEarlyRead(fakeApi(5), ''));
    expect((await other.extractFromTab(42)).ms).toBe(2);
    expect(other.answeredEarly()).toBe(false);
    const wholePage = await loadBrowser(startEarlyRead(fakeApi(42), ''));
    await wholePage.extractFromTab(42, { wholePage: true });
    expect(polyfill.scripting.executeScript).toHaveBeenLastCalledWith({ target: { tabId: 42 }, files: ['content-whole-page.js'] });
  });

  it('reports an early refusal as the page refusing to be read', async () => {
    const browser = await loadBrowser(startEarlyRead(fakeApi(42, async () => { throw new Error('Cannot access a chrome:// URL'); }), ''));
    await expect(browser.extractFromTab(42)).rejects.toThrow(browser.InjectionRefusedError);
    await expect(browser.extractFromTab(42)).resolves.toMatchObject({ ms: 2 });
  });

  it('works as before without one', async () => {
    const browser = await loadBrowser(undefined);
    expect(await browser.targetTabId('')).toBe(42);
    expect(polyfill.tabs.query).toHaveBeenCalledTimes(1);
    expect((await browser.extractFromTab(42)).ms).toBe(2);
    expect(browser.answeredEarly()).toBe(false);
  });
});
