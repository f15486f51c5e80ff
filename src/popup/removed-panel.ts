// The "Removed" panel: how many items were removed, grouped by reason. Each can be
// shown in place or kept; each kind can be kept on this site for good (a rule). What
// was kept is listed too, so every choice can be taken back from here.
import { countedReason, formatNumber, reasonName, t } from '../platform/i18n.ts';
import type { ReasonCode } from '../shared/reasons.ts';
import { removedByReason, type ReaderItem } from './reader-state.ts';
import { removedSummary, type SummaryWords } from './summary.ts';

export interface RemovedActions {
  keep(index: number): void;
  unkeep(index: number): void;
  toggleInPlace(index: number): void;
  addRule(reason: ReasonCode): void;
  removeRule(reason: ReasonCode): void;
}

/** Selects the control to focus after a re-render: [data-action=…][data-index=…] or [data-reason-action=…]. */
export type FocusTarget = string | null;

export const SUMMARY_WORDS: SummaryWords = {
  counted: countedReason,
  total: (n, parts) => t('removedSummary', formatNumber(n), parts.join(', ')),
  nothing: () => t('nothingRemoved'),
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

function button(text: string, action: string, onClick: () => void, data: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', 'link-button', text);
  b.type = 'button';
  b.dataset.action = action;
  Object.assign(b.dataset, data);
  b.addEventListener('click', onClick);
  return b;
}

/** The first words of a long paragraph, so the list stays readable. */
const excerpt = (text: string, max = 220) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export function renderRemoved(
  details: HTMLDetailsElement,
  items: ReaderItem[],
  site: string | null,
  actions: RemovedActions,
  focus: FocusTarget = null,
): void {
  const summary = el('summary', undefined, removedSummary(items, SUMMARY_WORDS));
  const body = el('div', 'removed-body');

  for (const group of removedByReason(items)) {
    const section = el('section', 'removed-group');
    section.dataset.group = group.reason;
    const heading = el('h2', 'removed-group-title', t('removedGroupTitle', reasonName(group.reason, group.items.length), formatNumber(group.items.length)));
    heading.id = `removed-${group.reason}`;
    const list = el('ol', 'removed-list');
    for (const item of group.items) {
      const li = el('li');
      li.dataset.reason = item.reason;
      li.dataset.label = item.paragraph.label;
      li.dataset.index = String(item.index);
      const text = el('span', 'removed-text', excerpt(item.paragraph.text));
      const show = button(t(item.inPlace ? 'hideInPlace' : 'showInPlace'), 'show', () => actions.toggleInPlace(item.index), { index: String(item.index) });
      show.setAttribute('aria-pressed', String(item.inPlace));
      const keep = button(t('keepThis'), 'keep', () => actions.keep(item.index), { index: String(item.index) });
      const buttons = el('span', 'removed-actions');
      buttons.append(show, keep);
      li.append(text, buttons);
      list.append(li);
    }
    section.append(heading, list);
    if (site) {
      section.append(
        button(t('alwaysKeepOnSite', reasonName(group.reason, 2), site), 'rule', () => actions.addRule(group.reason), { ruleReason: group.reason }),
      );
    }
    body.append(section);
  }

  const keptByYou = items.filter((i) => i.state === 'kept');
  const keptKinds = [...new Set(items.filter((i) => i.state === 'kept-by-rule').map((i) => i.reason))];
  if (keptByYou.length || keptKinds.length) {
    const section = el('section', 'kept-group');
    const heading = el('h2', 'removed-group-title', t('keptHeading'));
    const list = el('ul', 'kept-list');
    for (const item of keptByYou) {
      const li = el('li');
      li.dataset.keptIndex = String(item.index);
      li.append(
        el('span', 'kept-kind', reasonName(item.reason)),
        el('span', 'removed-text', excerpt(item.paragraph.text)),
        button(t('removeAgain'), 'unkeep', () => actions.unkeep(item.index), { index: String(item.index) }),
      );
      list.append(li);
    }
    for (const reason of keptKinds) {
      const n = items.filter((i) => i.state === 'kept-by-rule' && i.reason === reason).length;
      const li = el('li');
      li.dataset.keptRule = reason;
      li.append(
        el('span', 'removed-text', t('keptByRuleLine', formatNumber(n), reasonName(reason, n), site ?? '')),
        button(t('forgetRule'), 'forget', () => actions.removeRule(reason), { ruleReason: reason }),
      );
      list.append(li);
    }
    section.append(heading, list);
    body.append(section);
  }

  details.replaceChildren(summary, body);
  details.hidden = false;
  if (focus) (details.querySelector<HTMLElement>(focus) ?? summary).focus();
}
