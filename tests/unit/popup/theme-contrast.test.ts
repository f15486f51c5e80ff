// WCAG AA in every theme, checked on the numbers in theme.css: text 4.5:1 against every
// background it sits on, control borders and the focus ring 3:1 (WCAG 1.4.11).
// The browser test runs axe-core on the rendered page too; this one names the pair.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const css = fs.readFileSync(path.join(root, 'src/popup/theme.css'), 'utf8');
const popupCss = fs.readFileSync(path.join(root, 'src/popup/popup.css'), 'utf8');

function block(selector: RegExp): Record<string, string> {
  const m = selector.exec(css);
  if (!m) throw new Error(`no ${selector} in theme.css`);
  const body = css.slice(m.index + m[0].length, css.indexOf('}', m.index));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((x) => [x[1]!, x[2]!.toLowerCase()]));
}

const THEMES = {
  light: block(/:root\[data-theme="light"\]\s*\{/),
  sepia: block(/:root\[data-theme="sepia"\]\s*\{/),
  dark: block(/:root\[data-theme="dark"\]\s*\{/),
  'system (dark)': block(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\[data-theme="system"\]\s*\{/),
};

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme.css colours', () => {
  it('the default (no data-theme) is the light theme', () => {
    expect(css).toMatch(/:root,\s*:root\[data-theme="light"\]\s*\{/);
  });

  it('"system" in a dark system is exactly the dark theme', () => {
    expect(THEMES['system (dark)']).toEqual(THEMES.dark);
  });

  describe.each(Object.entries(THEMES))('%s', (_name, t) => {
    it.each([
      ['fg', 'bg'], ['fg', 'panel'], ['fg', 'button-bg'],
      ['muted', 'bg'], ['muted', 'panel'], ['muted', 'button-bg'],
      ['accent', 'bg'], ['accent', 'panel'], ['accent', 'button-bg'],
    ])('text --%s on --%s: at least 4.5:1', (fg, bg) => {
      expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(4.5);
    });
    it.each([
      ['control-border', 'bg'], ['control-border', 'panel'], ['control-border', 'button-bg'],
      ['focus', 'bg'], ['focus', 'panel'], ['focus', 'button-bg'],
    ])('--%s against --%s: at least 3:1', (fg, bg) => {
      expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(3);
    });
  });

  it('each theme choice in the settings is drawn in its own colours, legibly', () => {
    const swatches = [...popupCss.matchAll(/data-value="(light|sepia|dark)"\]\s*\{\s*background:\s*(#[0-9a-f]{6});\s*color:\s*(#[0-9a-f]{6})/gi)];
    expect(swatches.map((s) => s[1])).toEqual(['light', 'sepia', 'dark']);
    for (const [, name, bg, fg] of swatches) {
      expect(contrast(bg!, fg!), name).toBeGreaterThanOrEqual(4.5);
      expect(bg!.toLowerCase(), `${name} swatch matches its theme`).toBe(THEMES[name as 'light' | 'sepia' | 'dark'].bg);
    }
  });
});
