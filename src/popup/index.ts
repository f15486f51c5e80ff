// The reader: the toolbar popup (popup.html) and the same page in a tab
// (reader.html?tabId=N). Asks the tab for its article and shows it cleaned, with the
// person's settings, their "keep" choices and their site rules. Each part lives in
// its own module; this one only puts them together.
import { answeredEarly, extractFromTab, InjectionRefusedError, openExtensionTab, openOptionsPage, peekTab, storeLocal, targetTabId } from '../platform/browser.ts';
import { localizeDocument, t } from '../platform/i18n.ts';
import type { SiteRule } from '../shared/site-rules.ts';
import type { ExtractResult } from '../shared/types.ts';
import { markArticleShown } from './bench-marks.ts';
import { copyText } from './copy-markdown.ts';
import { showEarlyHeader } from './header.ts';
import { Reader } from './reader.ts';
import { parseKept } from './reader-state.ts';
import { applySettings, cachedSettings, cacheSettings } from './settings-apply.ts';
import { createSettingsPanel } from './settings-panel.ts';
import { loadSettings, onSettingsChanged, settingsSaver } from './settings-store.ts';
import { showShortcut } from './shortcut.ts';
import { loadSiteRules, onSiteRulesChanged } from './site-rules-store.ts';
import { errorMessage } from '../shared/error-message.ts';

type Failure = 'no-article' | 'restricted' | 'too-large' | 'error';

const MESSAGE_KEYS: Record<Failure, string> = {
  'no-article': 'failureNoArticle',
  restricted: 'failureRestricted',
  'too-large': 'failureTooLarge',
  error: 'failureError',
};

const body = document.body;
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
/** reader.html is the same page in a tab: wider, with Print instead of "Open in a tab". */
const view: 'popup' | 'tab' = location.pathname.endsWith('/reader.html') ? 'tab' : 'popup';

// First paint: the person's settings and language before anything is drawn.
applySettings(cachedSettings());
body.dataset.view = view;
localizeDocument();
$('open-tab').hidden = view === 'tab';
$('print').hidden = view !== 'tab';

function showMessage(failure: Failure, detail?: string): void {
  const message = $('message');
  message.dataset.failure = failure;
  message.textContent = t(MESSAGE_KEYS[failure]);
  if (detail) message.append(document.createElement('br'), Object.assign(document.createElement('small'), { textContent: detail }));
  message.hidden = false;
  $('title').textContent = t('extName');
  $('site').textContent = '';
  $('article').replaceChildren();
  $('article').removeAttribute('aria-busy');
  body.dataset.state = 'error';
}

function status(text: string): void {
  $('status').textContent = text;
}

let reader: Reader | null = null;

/**
 * The person's site rules, read while the tab is being read: the first article would
 * otherwise wait for that storage read (~7 ms in the bench). Taken once; "Show anyway",
 * later, reads them again.
 */
/** The reader shows the article without rules when they cannot be read. */
const readSiteRules = (): Promise<SiteRule[]> => loadSiteRules().catch(() => []);
let earlySiteRules: Promise<SiteRule[]> | null = readSiteRules();

async function show(tabId: number, result: ExtractResult, wholePage = false): Promise<void> {
  const readEarly = earlySiteRules;
  earlySiteRules = null;
  if (!result.ok) {
    showMessage(result.failure, result.failure === 'error' || result.failure === 'too-large' || wholePage ? result.message : undefined);
    if (result.failure === 'no-article' && !wholePage) offerWholePage(tabId);
    await storeLocal({ lastResult: { state: 'error', failure: result.failure, message: result.message } });
    return;
  }
  const rules = await (readEarly ?? readSiteRules());
  reader = new Reader(result.article, rules, parseKept(params.get('keep')), status);
  reader.first();
  markArticleShown({ contentMs: result.ms, scriptMs: result.scriptMs ?? null, earlyRead: answeredEarly() });
  ($('copy-markdown') as HTMLButtonElement).disabled = false;
  onSiteRulesChanged((next) => reader?.rulesChanged(next));
}

/**
 * "Show anyway" under the no-article message: asks the tab again, with the whole-page
 * content script (content-whole-page.js), and shows the page's text cleaned.
 */
function offerWholePage(tabId: number): void {
  const button = Object.assign(document.createElement('button'), { type: 'button', id: 'show-anyway', className: 'show-anyway', textContent: t('showAnyway') });
  button.addEventListener('click', async () => {
    button.disabled = true;
    $('message').hidden = true;
    body.dataset.state = 'loading';
    try {
      await show(tabId, await extractFromTab(tabId, { wholePage: true }), true);
    } catch (error) {
      showMessage(error instanceof InjectionRefusedError ? 'restricted' : 'error', errorMessage(error));
    }
  });
  $('message').append(document.createElement('br'), button);
}

function setUpToolbar(tabIdPromise: Promise<number>): void {
  $('copy-markdown').addEventListener('click', async () => {
    if (!reader) return;
    try {
      await copyText(reader.markdown());
      status(t('copiedMarkdown'));
    } catch (error) {
      status(t('copyFailed', errorMessage(error)));
    }
  });
  $('open-tab').addEventListener('click', async () => {
    const tabId = await tabIdPromise;
    const keep = reader?.keptIndices() ?? [];
    await openExtensionTab(`reader.html?tabId=${tabId}${keep.length ? `&keep=${keep.join(',')}` : ''}`);
    if (view === 'popup') window.close();
  });
  $('print').addEventListener('click', () => window.print());
  $('open-options').addEventListener('click', () => void openOptionsPage());
}

async function setUpSettings(): Promise<void> {
  const saver = settingsSaver();
  const panel = createSettingsPanel($('settings'), $<HTMLButtonElement>('settings-button'), cachedSettings(), (s, final) => {
    applySettings(s);
    cacheSettings(s);
    saver.save(s);
    if (final) void saver.flush();
  });
  const stored = await loadSettings().catch(() => cachedSettings());
  applySettings(stored);
  cacheSettings(stored);
  panel.show(stored);
  onSettingsChanged((s) => {
    if (saver.isOwnEcho(s)) return; // what this page already shows, or older
    applySettings(s);
    cacheSettings(s);
    panel.show(s);
  });
}

async function main(): Promise<void> {
  const tabIdPromise = targetTabId(location.search);
  setUpToolbar(tabIdPromise);
  void setUpSettings();
  void showShortcut($('shortcut'));
  try {
    const tabId = await tabIdPromise;
    // The header as soon as the tab answers; the article when Readability is done.
    void peekTab(tabId).then((peek) => peek && showEarlyHeader(peek));
    await show(tabId, await extractFromTab(tabId));
  } catch (error) {
    const failure: Failure = error instanceof InjectionRefusedError ? 'restricted' : 'error';
    showMessage(failure, errorMessage(error));
    await storeLocal({ lastResult: { state: 'error', failure, message: String(error) } }).catch(() => {});
  }
}

void main();
