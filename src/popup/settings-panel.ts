// The reading settings panel: one click on the toolbar's Settings button, every
// control a native radio or range (arrow keys, Tab, Escape closes and returns focus).
// Changes apply at once and are saved.
import { formatNumber, t } from '../platform/i18n.ts';
import { FONTS, LINE_HEIGHTS, LINE_WIDTHS, TEXT_SIZE, THEMES, type Settings } from '../shared/settings.ts';

type ChoiceKey = 'theme' | 'font' | 'lineWidth' | 'lineHeight';

const CHOICES: { key: ChoiceKey; legend: string; values: readonly string[]; label: (v: string) => string }[] = [
  { key: 'theme', legend: 'settingsTheme', values: THEMES, label: (v) => t(`theme_${v}`) },
  { key: 'font', legend: 'settingsFont', values: FONTS, label: (v) => t(`font_${v}`) },
  { key: 'lineWidth', legend: 'settingsLineWidth', values: LINE_WIDTHS, label: (v) => t(`lineWidth_${v}`) },
  { key: 'lineHeight', legend: 'settingsLineHeight', values: LINE_HEIGHTS, label: (v) => t(`lineHeight_${v}`) },
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

export interface SettingsPanel {
  /** shows settings in the controls (after loading, or a change made elsewhere) */
  show(settings: Settings): void;
}

/**
 * Builds the panel into `panel` and wires `button` to open and close it.
 * onChange gets each new Settings; final=false while a slider is being dragged.
 */
export function createSettingsPanel(
  panel: HTMLElement,
  button: HTMLButtonElement,
  initial: Settings,
  onChange: (s: Settings, final: boolean) => void,
): SettingsPanel {
  let current = initial;
  const heading = el('h2', { id: 'settings-heading', textContent: t('settingsHeading') });
  panel.setAttribute('aria-labelledby', heading.id);
  const form = el('form', { className: 'settings-form' });
  form.addEventListener('submit', (e) => e.preventDefault());

  const radios = new Map<ChoiceKey, HTMLInputElement[]>();
  for (const choice of CHOICES) {
    const fieldset = el('fieldset', { className: `choice choice-${choice.key}` });
    fieldset.dataset.setting = choice.key;
    fieldset.append(el('legend', { textContent: t(choice.legend) }));
    const inputs: HTMLInputElement[] = [];
    for (const value of choice.values) {
      const input = el('input', { type: 'radio', name: choice.key, value, id: `setting-${choice.key}-${value}` });
      const label = el('label', { htmlFor: input.id, className: 'choice-option' });
      label.dataset.value = value;
      label.append(input, el('span', { textContent: choice.label(value) }));
      input.addEventListener('change', () => {
        if (!input.checked) return;
        current = { ...current, [choice.key]: value };
        onChange(current, true);
      });
      inputs.push(input);
      fieldset.append(label);
    }
    radios.set(choice.key, inputs);
    form.append(fieldset);
  }

  const size = el('input', { type: 'range', id: 'setting-textSize', name: 'textSize', min: String(TEXT_SIZE.min), max: String(TEXT_SIZE.max), step: String(TEXT_SIZE.step) });
  const sizeOut = el('output', { id: 'setting-textSize-value' });
  sizeOut.htmlFor.add(size.id);
  const sizeRow = el('div', { className: 'range-row' });
  sizeRow.append(el('label', { htmlFor: size.id, textContent: t('settingsTextSize') }), size, sizeOut);
  const sizeText = (n: number) => t('textSizeValue', formatNumber(n));
  const readSize = () => Number(size.value);
  size.addEventListener('input', () => {
    current = { ...current, textSize: readSize() };
    sizeOut.value = sizeText(current.textSize);
    size.setAttribute('aria-valuetext', sizeOut.value);
    onChange(current, false);
  });
  size.addEventListener('change', () => onChange({ ...current, textSize: readSize() }, true));
  // Text size sits second, after the theme: it is the setting people change most.
  form.insertBefore(sizeRow, form.children[1] ?? null);

  const close = el('button', { type: 'button', className: 'settings-done', textContent: t('settingsDone') });
  panel.replaceChildren(heading, form, close);

  const setOpen = (open: boolean, focusBack = true) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) {
      const checked = panel.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? size;
      checked.focus();
    } else if (focusBack) {
      button.focus();
    }
  };
  button.setAttribute('aria-controls', panel.id);
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => setOpen(panel.hidden));
  close.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
    }
  });

  const show = (s: Settings) => {
    current = s;
    for (const choice of CHOICES) for (const input of radios.get(choice.key)!) input.checked = input.value === s[choice.key];
    size.value = String(s.textSize);
    sizeOut.value = sizeText(s.textSize);
    size.setAttribute('aria-valuetext', sizeOut.value);
  };
  show(initial);
  return { show };
}
