// The extension's own words, from _locales through browser.i18n, for every extension
// page (popup, reader tab, options). Static text in the
// HTML carries data-i18n (textContent), data-i18n-aria-label and data-i18n-title;
// code calls t(). Reason names come from reason_<code>_one/_other with the English
// of src/shared/reasons.ts as the fallback.
import { message, uiLanguage } from './browser.ts';
import { REASONS, reasonMessageKey, type ReasonCode } from '../shared/reasons.ts';

/** The message for key with its $1…$9 substitutions; the key itself if it is missing (a visible bug, not a blank). */
export function t(key: string, ...substitutions: (string | number)[]): string {
  return message(key, substitutions.map(String)) || key;
}

let plural: Intl.PluralRules | null = null;
function pluralForm(n: number): 'one' | 'other' {
  plural ??= new Intl.PluralRules(uiLanguage());
  return plural.select(n) === 'one' ? 'one' : 'other';
}

/** "newsletter promo" / "newsletter promos" (n decides), in the browser's language. */
export function reasonName(reason: ReasonCode, n = 1): string {
  const form = pluralForm(n);
  const english = REASONS[reason] as { singular: string; plural: string } | undefined;
  return message(reasonMessageKey(reason, form)) || (english ? (n === 1 ? english.singular : english.plural) : reason);
}

/** "1 newsletter promo", "2 Copyright-Zeilen" */
export function countedReason(reason: ReasonCode, n: number): string {
  return t('countedReason', formatNumber(n), reasonName(reason, n));
}

export function formatNumber(n: number): string {
  return n.toLocaleString(uiLanguage());
}

/** Fills the data-i18n* attributes under root and sets <html lang> and dir to the UI language. */
export function localizeDocument(root: Document = document): void {
  const lang = uiLanguage();
  root.documentElement.lang = lang;
  root.documentElement.dir = message('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel!));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle!);
}
