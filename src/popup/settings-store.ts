// Reads and writes the settings (storage.sync where the browser has it, else local)
// and hears changes made elsewhere (the reader tab, another window).
import { onStoredChange, readSynced, storeSynced } from '../platform/browser.ts';
import { readSettings, SETTINGS_KEY, type Settings } from '../shared/settings.ts';
import { createSettingsSaver, type SettingsSaver } from './settings-saver.ts';

export async function loadSettings(): Promise<Settings> {
  return readSettings(await readSynced(SETTINGS_KEY));
}

/** The settings saver of this page, writing to storage.sync (settings-saver.ts). */
export function settingsSaver(wait = 250): SettingsSaver {
  return createSettingsSaver((value) => storeSynced({ [SETTINGS_KEY]: value }), wait);
}

export function onSettingsChanged(callback: (s: Settings) => void): () => void {
  return onStoredChange(SETTINGS_KEY, (value) => callback(readSettings(value)));
}
