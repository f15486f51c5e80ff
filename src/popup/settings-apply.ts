// Settings become data attributes on <html>; theme.css turns those into the custom
// properties the reader is styled with. A copy in localStorage (this extension's own
// origin, read synchronously) lets the first paint use them: no flash of the default
// theme, no reflow when storage answers.
import { readSettings, settingsAttributes, type Settings } from '../shared/settings.ts';

const CACHE_KEY = 'articleCleaner.settings';

export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(settingsAttributes(settings))) root.dataset[name] = value;
}

/** The settings last applied on this device, for the first paint (defaults when none). */
export function cachedSettings(): Settings {
  try {
    return readSettings(JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null'));
  } catch {
    return readSettings(null);
  }
}

export function cacheSettings(settings: Settings): void {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(settings));
  } catch {
    // storage full or disabled: the next first paint uses the defaults, then storage
  }
}
