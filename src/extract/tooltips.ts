// A tooltip's bubble is not part of the sentence it hangs on.
//
// Glossary terms and icons carry their explanation in the page, hidden by a style
// sheet until the pointer rests on them: conductor.com's "…outperform your
// competition in 2025" holds "Competition Businesses generally know who their
// competitors are … Learn more" inside the sentence. Readability reads no style sheet,
// so the bubble's text ran into the paragraph, in the tab as in saved pages. Bubbles
// in running text are left out of the clone: an element with role="tooltip" (what ARIA
// calls the pop-up itself), or whose class names a tooltip's bubble, text or content
// ("tooltiptext", "tooltip-content", "Term_tooltipBubble"), inside a paragraph, list
// item, heading, table cell or quotation that has words of its own. A bare "tooltip"
// class is not enough: CSS-only tooltips put it on the term itself. A bubble outside
// running text is an icon's only label ("B corp" beside a badge on thegoodtrade.com,
// text the gold keeps): it stays.

import { classNameWords } from './blocks.ts';
import { protoCall, protoGet } from './safe-dom.ts';

/** Finds the elements isTooltipBubble may take (a superset: the class test is by word). */
export const TOOLTIP_SELECTOR = '[role="tooltip" i], [class*="tooltip" i]';

const BUBBLE_WORDS = new Set(['bubble', 'content', 'text', 'body', 'inner']);

/** Does one class name, split into words as the block splitter splits them, name a tooltip's bubble? */
function namesBubble(name: string): boolean {
  const words = classNameWords(name);
  return words.some((w, i) => w === 'tooltiptext' || (w === 'tooltip' && BUBBLE_WORDS.has(words[i + 1] ?? '')));
}

/** The blocks of running text a bubble may hang in. */
const RUNNING_TEXT = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption']);
/** Characters of its own that make a block running text around a bubble. */
const OWN_TEXT_MIN_CHARS = 20;

const textLength = (node: Node) => (protoGet<string | null>(node, 'textContent') ?? '').trim().length;

/** Is el inside a block of running text with OWN_TEXT_MIN_CHARS or more outside el? */
function inRunningText(el: Element): boolean {
  for (let a = protoGet<Element | null>(el, 'parentElement'); a; a = protoGet<Element | null>(a, 'parentElement')) {
    if (RUNNING_TEXT.has(protoGet<string>(a, 'localName'))) return textLength(a) - textLength(el) >= OWN_TEXT_MIN_CHARS;
  }
  return false;
}

export function isTooltipBubble(el: Element): boolean {
  const role = (protoCall<string | null>(el, 'getAttribute', 'role') ?? '').trim().toLowerCase();
  const names = protoCall<string | null>(el, 'getAttribute', 'class') ?? '';
  const bubble = role === 'tooltip' || (/tooltip/i.test(names) && names.split(/\s+/).some(namesBubble));
  return bubble && inRunningText(el);
}
