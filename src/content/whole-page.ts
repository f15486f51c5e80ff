// The "Show anyway" content script (content-whole-page.js): injected only when the person
// asks for a page without an article, it returns the whole page's text, cleaned, as the
// script's completion value. Same wrapper and limits as index.ts; nothing is left in the page.
import { sinceStart } from './started.ts'; // first: it notes the time before the other modules load
// not ../extract/index.ts: that would bundle Readability, which this script never runs
import { CLICK_LIMITS } from '../extract/limits.ts';
import { extractWholePage } from '../extract/whole-page.ts';
import type { ExtractResult } from '../shared/types.ts';

export function run(): ExtractResult {
  const result = extractWholePage(document, { url: location.href, ...CLICK_LIMITS });
  return { ...result, scriptMs: sinceStart() };
}
