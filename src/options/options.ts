// The options page: the person's site rules (see and remove each, or clear all) and
// the toolbar shortcut. Styled with the reader's theme setting.
import { actionShortcut, onStoredChange, readLocal, readSynced, storeLocal, uiLanguage } from '../platform/browser.ts';
import { localizeDocument, reasonName, t } from '../platform/i18n.ts';
import { readSettings, SETTINGS_KEY, settingsAttributes } from '../shared/settings.ts';
import { readSiteRules, removeSiteRule, SITE_RULES_KEY, type SiteRule } from '../shared/site-rules.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function applyTheme(stored: unknown): void {
  for (const [name, value] of Object.entries(settingsAttributes(readSettings(stored)))) document.documentElement.dataset[name] = value;
}

function formatAdded(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(d);
}

async function saveRules(rules: SiteRule[]): Promise<void> {
  await storeLocal({ [SITE_RULES_KEY]: rules });
}

function renderRules(rules: SiteRule[]): void {
  const tbody = $('rules');
  tbody.replaceChildren();
  for (const rule of rules) {
    const tr = document.createElement('tr');
    tr.dataset.site = rule.site;
    tr.dataset.reason = rule.reason;
    const cells = [rule.site, reasonName(rule.reason, 2), formatAdded(rule.added)].map((text, i) => {
      const td = document.createElement('td');
      td.textContent = text;
      if (i === 2) td.className = 'added';
      return td;
    });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button';
    remove.textContent = t('rulesRemove');
    remove.setAttribute('aria-label', t('rulesRemoveLabel', reasonName(rule.reason, 2), rule.site));
    remove.addEventListener('click', async () => {
      const next = removeSiteRule(readSiteRules(await readLocal(SITE_RULES_KEY)), rule.site, rule.reason);
      await saveRules(next);
      renderRules(next);
      $('rules-status').textContent = t('rulesRemoved');
      const clear = $<HTMLButtonElement>('clear-rules');
      if (!clear.disabled) clear.focus();
      else Object.assign($('rules-heading'), { tabIndex: -1 }).focus();
    });
    const action = document.createElement('td');
    action.append(remove);
    tr.append(...cells, action);
    tbody.append(tr);
  }
  $('rules-table').hidden = rules.length === 0;
  $('rules-empty').hidden = rules.length > 0;
  ($('clear-rules') as HTMLButtonElement).disabled = rules.length === 0;
}

async function main(): Promise<void> {
  localizeDocument();
  applyTheme(await readSynced(SETTINGS_KEY).catch(() => null));
  onStoredChange(SETTINGS_KEY, applyTheme);
  renderRules(readSiteRules(await readLocal(SITE_RULES_KEY)));
  onStoredChange(SITE_RULES_KEY, (value) => renderRules(readSiteRules(value)));
  $('clear-rules').addEventListener('click', async () => {
    await saveRules([]);
    renderRules([]);
    $('rules-status').textContent = t('rulesCleared');
  });
  const shortcut = await actionShortcut().catch(() => '');
  const p = $('shortcut');
  if (shortcut) {
    const kbd = document.createElement('kbd');
    kbd.textContent = shortcut;
    p.append(`${t('shortcutLabel')} `, kbd);
  } else {
    p.textContent = t('shortcutNone');
  }
}

void main();
