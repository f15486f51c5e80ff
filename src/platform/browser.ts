// The module that touches the WebExtension API (through the polyfill, so Chromium
// and Firefox look alike). Keeping it here lets the polyfill go in one commit once
// every supported browser ships `browser.*`. The one other caller is early-read.ts,
// popup.html's first script, which starts the content script before this module has
// even loaded; its outcome is read here.
import browser from 'webextension-polyfill';
import type { ExtractResult } from '../shared/types.ts';
import { CONTENT_SCRIPT_FILE, EARLY_READ_KEY, outcomeOf, tabIdFromQuery, type EarlyRead, type ScriptOutcome } from './early-read.ts';

/** "Show anyway": the whole page's text, for a page without an article. */
export const WHOLE_PAGE_SCRIPT_FILE = 'content-whole-page.js';

/** Why the content script could not run in a tab. */
export class InjectionRefusedError extends Error {}

/** The read early-read.js started as the popup opened (see early-read.ts), until it is taken. */
let earlyRead = (globalThis as Record<string, unknown>)[EARLY_READ_KEY] as EarlyRead | undefined;

/** The tab the popup works on: ?tabId=N (tests, the full-tab reader) or the active tab. */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const early = earlyRead ? await earlyRead.tabId : null;
  if (early !== null) return early;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new InjectionRefusedError('There is no tab to read.');
  return tab.id;
}

let earlyReadTaken = false;

/** The early read's outcome when it ran the content script in tabId; once only (a later click of "Show anyway" asks again). */
async function takeEarlyRead(tabId: number): Promise<ScriptOutcome | null> {
  const early = earlyRead;
  earlyRead = undefined;
  if (!early || (await early.tabId) !== tabId) return null;
  earlyReadTaken = true;
  return early.outcome;
}

/** Whether extractFromTab has answered with the early read (for the bench's marks). */
export const answeredEarly = (): boolean => earlyReadTaken;

/**
 * Injects the content script (granted by the toolbar click's activeTab) and returns what
 * it found; with wholePage, the "Show anyway" script instead.
 */
export async function extractFromTab(tabId: number, { wholePage = false }: { wholePage?: boolean } = {}): Promise<ExtractResult> {
  const file = wholePage ? WHOLE_PAGE_SCRIPT_FILE : CONTENT_SCRIPT_FILE;
  const outcome = (wholePage ? null : await takeEarlyRead(tabId))
    ?? await outcomeOf(browser.scripting.executeScript({ target: { tabId }, files: [file] }));
  // Browsers refuse their own pages (chrome://, about:, the add-on stores, PDF viewer).
  if (!outcome.ok) throw new InjectionRefusedError(outcome.message);
  const results = outcome.results as { result?: unknown }[] | undefined;
  const result = results?.[0]?.result as ExtractResult | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new InjectionRefusedError('The page did not let Article Cleaner read it.');
  }
  return result;
}

export async function storeLocal(values: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(values);
}

export async function readLocal<T = unknown>(key: string): Promise<T | undefined> {
  return (await browser.storage.local.get(key))[key] as T | undefined;
}

/**
 * Settings storage: storage.sync where the browser has it (it syncs when the person
 * has turned sync on, and stays on the device otherwise), else storage.local.
 */
async function syncArea(): Promise<typeof browser.storage.local> {
  const sync = (browser.storage as { sync?: typeof browser.storage.local }).sync;
  if (!sync) return browser.storage.local;
  try {
    await sync.get(null);
    return sync;
  } catch {
    return browser.storage.local; // e.g. Firefox with sync storage disabled by policy
  }
}
let syncAreaPromise: Promise<typeof browser.storage.local> | null = null;
const settingsArea = () => (syncAreaPromise ??= syncArea());

export async function readSynced<T = unknown>(key: string): Promise<T | undefined> {
  return (await (await settingsArea()).get(key))[key] as T | undefined;
}

export async function storeSynced(values: Record<string, unknown>): Promise<void> {
  await (await settingsArea()).set(values);
}

/** Calls back with the new value whenever key changes in sync or local storage (another popup, the reader tab, the options page). */
export function onStoredChange(key: string, callback: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (key in changes) callback(changes[key]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The extension's own words in the browser's language (_locales); '' when the key is unknown. */
export function message(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions);
  } catch {
    return '';
  }
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** The key the person has bound to the toolbar button (commands "_execute_action"); '' when none. */
export async function actionShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === '_execute_action')?.shortcut ?? '';
}

/** Opens one of the extension's own pages in a new tab next to the current one. */
export async function openExtensionTab(pathAndQuery: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(pathAndQuery) });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** What a tab shows before the article is ready: its title and site name, read in one short injected function. */
export interface TabPeek {
  title: string;
  siteName: string | null;
  lang: string | null;
}

export async function peekTab(tabId: number): Promise<TabPeek | null> {
  try {
    const [r] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        const meta = (sel: string) => document.querySelector<HTMLMetaElement>(sel)?.content?.trim() || null;
        return {
          title: meta('meta[property="og:title"]') ?? document.title.trim(),
          siteName: meta('meta[property="og:site_name"]'),
          lang: document.documentElement.lang || null,
        };
      },
    });
    const v = r?.result as TabPeek | undefined;
    return v && typeof v.title === 'string' ? v : null;
  } catch {
    return null;
  }
}
