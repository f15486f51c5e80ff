// Readability sometimes takes the page's footer, its small print or a pop-up for the
// article.
//
// On a page whose article is built of many short blocks (a fund's product page, a
// portfolio), the longest run of prose can be the disclaimers under it, an advertiser
// disclosure dialog or the footer's "about us" text: Vanguard's "Index Funds: How to
// Invest" came out as its three disclaimer boxes, a car rental guide as its
// "Advertiser Disclosure" modal, nothing of either article. A reader that shows such
// text as the article is plainly wrong, so when every part of the pick is such a
// container, Readability looks again with those containers left out of the clone
// (pickPastFurniture in index.ts). When only some parts are, Readability appended them
// beside the article as its siblings (a site footer, a disclaimer box), and they are
// taken out of the pick.

import { classNameWords } from './blocks.ts';
import { protoCall } from './safe-dom.ts';

/**
 * Class and id words of a footer, of small print and of a pop-up over the page. Not
 * "legal" or "copyright" (a terms page's text is its article) nor "sidebar" (themes
 * mark a full-width article "no-sidebar").
 */
const FURNITURE_WORDS = new Set(['footer', 'disclaimer', 'disclaimers', 'modal', 'popup', 'cookie', 'cookies', 'consent']);
/** A cheap first test of the class and id attributes before they are split into words. */
const MAY_BE_FURNITURE = /footer|disclaimer|modal|popup|cookie|consent/i;
/**
 * Marks a furniture container in the clone with its position in prepareClone's walk.
 * An attribute, not a reference: Readability re-parses the page's HTML between its
 * attempts, so the elements it returns need not be the ones walked. Its value starts
 * with a key the page cannot know, so a page that writes the attribute itself marks
 * nothing.
 */
const POSITION_ATTRIBUTE = 'data-article-cleaner-furniture';
const MARK_KEY = Math.random().toString(36).slice(2, 10);

/** Words that deny the furniture word after them in one class name: Weebly's "wsite-not-footer" is its content. */
const NEGATIONS = new Set(['not', 'no', 'non']);

/** Does one class or id name name furniture? */
function namesFurniture(name: string): boolean {
  const words = classNameWords(name);
  return words.some((w, i) => FURNITURE_WORDS.has(w) && !NEGATIONS.has(words[i - 1] ?? ''));
}

/** A <footer>, or an element whose class or id names a footer, a disclaimer or a modal. */
export function isFurnitureContainer(el: Element, tag: string): boolean {
  if (tag === 'footer') return true;
  const names = `${protoCall<string | null>(el, 'getAttribute', 'class') ?? ''} ${protoCall<string | null>(el, 'getAttribute', 'id') ?? ''}`;
  return MAY_BE_FURNITURE.test(names) && names.split(/\s+/).some(namesFurniture);
}

/** Marks el, a furniture container of the clone, with its walk position. */
export function markFurniture(el: Element, position: number): void {
  protoCall(el, 'setAttribute', POSITION_ATTRIBUTE, `${MARK_KEY}:${position}`);
}

/**
 * Sorts out the footers, small print and pop-ups among the parts of Readability's pick
 * (the children of the page wrapper it builds, div#readability-page-1), and takes the
 * marks off the article. When some parts with text are furniture and some are not,
 * the furniture is taken out: a site footer or a disclaimer box that Readability
 * appended beside the article as a sibling. When every part with text is furniture,
 * nothing is taken out and their walk positions are returned, for a look past them;
 * otherwise null. content is Readability's article element (the clone's, defused).
 */
export function setAsideFurniture(content: Element): number[] | null {
  let top = content;
  while (top.children.length === 1 && /^readability-/.test(top.children[0]!.getAttribute('id') ?? '')) top = top.children[0]!;
  const furniture: Element[] = [];
  let positions: number[] | null = [];
  for (const part of Array.from(top.children)) {
    if (!(part.textContent ?? '').trim()) continue;
    const [key, at] = (part.getAttribute(POSITION_ATTRIBUTE) ?? '').split(':');
    if (key !== MARK_KEY || !at) positions = null;
    else {
      furniture.push(part);
      positions?.push(Number(at));
    }
  }
  if (!positions) for (const part of furniture) part.remove();
  for (const marked of Array.from(content.querySelectorAll(`[${POSITION_ATTRIBUTE}]`))) marked.removeAttribute(POSITION_ATTRIBUTE);
  content.removeAttribute(POSITION_ATTRIBUTE);
  return positions && positions.length > 0 ? positions : null;
}
