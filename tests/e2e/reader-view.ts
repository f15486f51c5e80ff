// Helpers for the reader tests (reader.e2e.test.ts): axe-core in an extension page,
// extension storage, the reader's settings as the page applied them, screenshots that
// also go to docs/ for the README.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { outputFile, PROJECT_ROOT } from './fixtures.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core in an extension page. page.addScriptTag({content}) adds an inline <script>,
 * which the extension pages' CSP (script-src 'self') refuses; puppeteer's evaluate runs
 * through the DevTools protocol, which CSP does not govern, so the library is evaluated
 * as a string in the page's main world and then called.
 */
export async function runAxe(page: Page, context = 'html'): Promise<{ violations: AxeViolation[]; passes: number }> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async (ctx) => {
    const axe = (globalThis as unknown as { axe: { run(c: string, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] }> } }).axe;
    const r = await axe.run(ctx, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return {
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })),
      passes: r.passes.length,
    };
  }, context);
}

export const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 6).join('\n    ')}`).join('\n');
}

/** Writes a screenshot to test-output/ and, for the README, to docs/. */
export async function screenshotForDocs(page: Page, name: string): Promise<{ output: string; docs: string }> {
  const output = outputFile(name);
  await page.screenshot({ path: output as `${string}.png` });
  const docs = path.join(PROJECT_ROOT, 'docs', name);
  fs.mkdirSync(path.dirname(docs), { recursive: true });
  fs.copyFileSync(output, docs);
  return { output, docs };
}

type Area = 'local' | 'sync';

/** chrome.storage in an extension page (Chromium). */
export async function getStored(page: Page, area: Area, key: string): Promise<unknown> {
  return page.evaluate(async (a, k) => {
    const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: string): Promise<Record<string, unknown>> }> } }).chrome;
    return (await api.storage[a]!.get(k))[k] ?? null;
  }, area, key);
}

export async function removeStored(page: Page, area: Area, keys: string[]): Promise<void> {
  await page.evaluate(async (a, k) => {
    const api = (globalThis as unknown as { chrome: { storage: Record<string, { remove(k: string[]): Promise<void> }> } }).chrome;
    await api.storage[a]!.remove(k);
  }, area, keys);
}

export interface Rendering {
  attrs: Record<string, string>;
  background: string;
  color: string;
  fontFamily: string;
  fontSize: string;
  lineHeight: string;
  bodyWidth: number;
  /** width of the first article paragraph */
  paragraphWidth: number;
}

/** The settings as the page shows them: <html> data attributes and computed styles. */
export async function rendering(page: Page): Promise<Rendering> {
  return page.evaluate(() => {
    const html = document.documentElement;
    const p = document.querySelector('#article > p') as HTMLElement;
    const cs = getComputedStyle(p);
    const bodyStyle = getComputedStyle(document.body);
    return {
      attrs: { ...html.dataset } as Record<string, string>,
      background: bodyStyle.backgroundColor,
      color: bodyStyle.color,
      fontFamily: cs.fontFamily,
      fontSize: cs.fontSize,
      lineHeight: cs.lineHeight,
      bodyWidth: document.body.getBoundingClientRect().width,
      paragraphWidth: p.getBoundingClientRect().width,
    };
  });
}
