// Content script, injected on demand by the popup (never on every page). It reads
// the live page without changing it and hands the article back as the script's
// completion value; build.mjs wraps the bundle so nothing is left in the page.
// CLICK_LIMITS keep the tab from freezing for longer than the click's time budget.
import { sinceStart } from './started.ts'; // first: it notes the time before the other modules load
import { CLICK_LIMITS, extractArticle } from '../extract/index.ts';
import type { ExtractResult } from '../shared/types.ts';

export function run(): ExtractResult {
  const result = extractArticle(document, { url: location.href, ...CLICK_LIMITS });
  return { ...result, scriptMs: sinceStart() };
}
