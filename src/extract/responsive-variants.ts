// One rendering of each part of a page built with Framer, not one per screen size.
//
// Framer renders a part of the page once for each screen size it was designed for,
// as sibling <div class="ssr-variant hidden-…"> elements, and its style sheet hides all
// but one of them at any width. Readability reads no style sheet (in a tab it checks
// only inline styles and the hidden attribute), so it took every rendering, and the
// article came out two or three times over. The variants of a part are alternatives
// (the same text, at most shortened for a phone), so the first of each run of sibling
// variants is kept and the others are left out of the clone.

import { protoCall, protoGet } from './safe-dom.ts';

const VARIANT_CLASS = 'ssr-variant';

const isVariant = (el: Element | null): boolean =>
  el !== null && (protoCall<string | null>(el, 'getAttribute', 'class') ?? '').split(/\s+/).includes(VARIANT_CLASS);

/** Finds the elements isRepeatedVariant takes. */
export const REPEATED_VARIANT_SELECTOR = `div.${VARIANT_CLASS} + div.${VARIANT_CLASS}`;

/** A Framer variant whose previous sibling element is another rendering of the same part. */
export function isRepeatedVariant(el: Element, tag: string): boolean {
  return tag === 'div' && isVariant(el) && isVariant(protoGet<Element | null>(el, 'previousElementSibling'));
}
