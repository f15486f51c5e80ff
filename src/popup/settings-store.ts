// Reads and writes the settings (storage.sync where the browser has it, else local)
// and hears changes made elsewhere (the reader tab, another window).
import { onStoredChange, readSynced, storeSynced } from '../platform/browser.ts';
import { readSettings, SETTINGS_KEY, type Settings } from '../shared/settings.ts';

export async function loadSettings(): Promise<Settings> {
  return readSettings(await readSynced(SETTINGS_KEY));
}

/** Writes at most every `wait` ms: a dragged slider must not run into sync's write quota. */
export function settingsSaver(wait = 250): { save(s: Settings): void; flush(): Promise<void> } {
  let pending: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending) {
      const value = pending;
      pending = null;
      writing = writing.then(() => storeSynced({ [SETTINGS_KEY]: value })).catch(() => {});
    }
    return writing;
  };
  return {
    save(s) {
      pending = s;
      timer ??= setTimeout(() => void flush(), wait);
    },
    flush,
  };
}

export function onSettingsChanged(callback: (s: Settings) => void): () => void {
  return onStoredChange(SETTINGS_KEY, (value) => callback(readSettings(value)));
}
