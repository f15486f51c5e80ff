// The popup asks the tab for its article before popup.js has loaded. popup.js is 74 KB
// (DOMPurify, the WebExtension polyfill, the reader) and reached DOMContentLoaded about
// 150 ms after the popup's navigation started (npm run bench); the content script
// only started after it. early-read.js, a script of a few hundred bytes in the head of
// popup.html (src/platform/early-read-start.ts), starts the read at once instead, and
// browser.ts takes its outcome as it would take its own call's.
//
// No polyfill here, on purpose: it would make this script as slow to load as
// popup.js. The two calls it makes, tabs.query and scripting.executeScript, return
// promises natively in both browsers' Manifest V3 APIs.

import { errorMessage } from '../shared/error-message.ts';

export const CONTENT_SCRIPT_FILE = 'content.js';
/** Where early-read.js leaves its EarlyRead for browser.ts. */
export const EARLY_READ_KEY = '__articleCleanerEarlyRead';

/** What executeScript gave, or why it failed: never a rejected promise (nobody may be listening yet). */
export type ScriptOutcome = { ok: true; results: unknown } | { ok: false; message: string };

export interface EarlyRead {
  /** the tab targetTabId would pick; null when there is none */
  tabId: Promise<number | null>;
  /** the content script run in that tab */
  outcome: Promise<ScriptOutcome>;
}

/** The two native calls the early read makes (browser.* in Firefox, chrome.* in Chromium). */
export interface EarlyReadApi {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  scripting: { executeScript(details: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

/** ?tabId=N (tests, the full-tab reader), or null for the active tab. */
export function tabIdFromQuery(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** executeScript's promise as a ScriptOutcome. */
export function outcomeOf(run: Promise<unknown>): Promise<ScriptOutcome> {
  return run.then((results): ScriptOutcome => ({ ok: true, results }), (error: unknown): ScriptOutcome => ({ ok: false, message: errorMessage(error) }));
}

/** Finds the tab and runs the content script in it; nothing it returns rejects. */
export function startEarlyRead(api: EarlyReadApi, search: string): EarlyRead {
  const fromQuery = tabIdFromQuery(search);
  const tabId = fromQuery !== null
    ? Promise.resolve(fromQuery)
    : api.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id ?? null, () => null);
  const outcome = tabId.then((id) =>
    id === null
      ? { ok: false as const, message: 'There is no tab to read.' }
      : outcomeOf(Promise.resolve().then(() => api.scripting.executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT_FILE] }))),
  );
  return { tabId, outcome };
}
