// Shows the key bound to the toolbar button (commands "_execute_action", suggested
// Alt+Shift+R); the person may have changed or removed it in the browser's settings.
import { actionShortcut } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';

export async function showShortcut(target: HTMLElement): Promise<void> {
  let shortcut = '';
  try {
    shortcut = await actionShortcut();
  } catch {
    // commands API missing: say nothing rather than something wrong
  }
  target.replaceChildren();
  if (shortcut) {
    const kbd = document.createElement('kbd');
    kbd.textContent = shortcut;
    target.dataset.shortcut = shortcut;
    target.append(`${t('shortcutLabel')} `, kbd);
  } else {
    target.dataset.shortcut = '';
    target.textContent = t('shortcutNone');
  }
}
