// Paths and expectations shared by the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { corpusRoot } from '../../src/eval/corpus.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The unpacked extension under test (`node build.mjs` writes it). */
export const EXTENSION_DIR = path.resolve(process.env.ARTICLE_CLEANER_EXTENSION || path.join(PROJECT_ROOT, 'dist', 'extension'));
export const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test-output');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** = manifest.json browser_specific_settings.gecko.id */
export const GECKO_ID = 'article-cleaner@article-cleaner.dev';

export function outputFile(name: string): string {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  return path.join(OUTPUT_DIR, name);
}

/** White space collapsed, no-break spaces and curly quotes flattened: survives rendering differences. */
export function normalise(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u2009\u202f\u200b]/g, ' ')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .trim();
}

export function htmlToText(html: string): string {
  const { document } = new JSDOM(`<!doctype html><body>${html}`).window;
  return normalise(document.body.textContent ?? '');
}

/** ../shared/corpus/readability-pages (or $ARTICLE_CLEANER_CORPUS/readability-pages); null when absent. */
export function readabilityPagesDir(): string | null {
  const dir = path.join(corpusRoot(), 'readability-pages');
  return fs.existsSync(dir) ? dir : null;
}

export function corpusMissingNote(): string {
  return `SKIPPED: corpus not found at ${path.join(corpusRoot(), 'readability-pages')} (set ARTICLE_CLEANER_CORPUS to the folder holding readability-pages/)`;
}

export interface CorpusExpectation {
  slug: string;
  title: string;
  /** the first paragraph of Readability's own output with real text (>= 40 characters), normalised */
  firstParagraph: string;
}

/** What Readability.js itself extracted from a corpus page: its title and first real paragraph. */
export function corpusExpectation(slug: string): CorpusExpectation {
  const dir = readabilityPagesDir();
  if (!dir) throw new Error(corpusMissingNote());
  const meta = JSON.parse(fs.readFileSync(path.join(dir, slug, 'expected-metadata.json'), 'utf8')) as { title: string };
  const { document } = new JSDOM(fs.readFileSync(path.join(dir, slug, 'expected.html'), 'utf8')).window;
  const first = [...document.querySelectorAll('p')].map((p) => normalise(p.textContent ?? '')).find((t) => t.length >= 40);
  if (!first) throw new Error(`${slug}: no paragraph in expected.html`);
  return { slug, title: normalise(meta.title), firstParagraph: first };
}

/** Existing slugs from the wanted list, in order. */
export function availableCorpusSlugs(wanted: string[]): string[] {
  const dir = readabilityPagesDir();
  if (!dir) return [];
  return wanted.filter((s) => fs.existsSync(path.join(dir, s, 'source.html')) && fs.existsSync(path.join(dir, s, 'expected.html')));
}

/**
 * Loose title match: the popup may show the page's og:title or the <title> with the
 * site name cut off; either way one contains the other (or they share a long prefix).
 */
export function titlesMatch(shown: string, expected: string): boolean {
  const a = normalise(shown).toLowerCase();
  const b = normalise(expected).toLowerCase();
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.length >= 0.5 * long.length) return true;
  const n = Math.min(40, a.length, b.length);
  return n >= 20 && a.slice(0, n) === b.slice(0, n);
}
