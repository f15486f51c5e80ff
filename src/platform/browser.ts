// The only module that touches the WebExtension API (through the polyfill, so
// Chromium and Firefox look alike). Keeping it here lets the polyfill go in one
// commit once every supported browser ships `browser.*`.
import browser from 'webextension-polyfill';
import type { ExtractResult } from '../shared/types.ts';

export const CONTENT_SCRIPT_FILE = 'content.js';

/** Why the content script could not run in a tab. */
export class InjectionRefusedError extends Error {}

/** The tab the popup works on: ?tabId=N (tests, the full-tab reader) or the active tab. */
export async function targetTabId(search: string): Promise<number> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new InjectionRefusedError('There is no tab to read.');
  return tab.id;
}

/** Injects the content script (granted by the toolbar click's activeTab) and returns what it found. */
export async function extractFromTab(tabId: number): Promise<ExtractResult> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    // Browsers refuse their own pages (chrome://, about:, the add-on stores, PDF viewer).
    throw new InjectionRefusedError(error instanceof Error ? error.message : String(error));
  }
  const result = results[0]?.result as ExtractResult | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new InjectionRefusedError('The page did not let Article Cleaner read it.');
  }
  return result;
}

export async function storeLocal(values: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(values);
}
