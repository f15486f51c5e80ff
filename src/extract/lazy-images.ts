// Lazy-loaded images to their real source, on the clone before Readability reads it.
// Readability copies data-* attributes only when they end in .jpg/.png/.webp and only
// onto an img without src, and it unwraps <noscript> images only next to a placeholder
// img and only where the parser made elements of them (in a live page with scripts on,
// <noscript> holds text). Pages load images from data-src, data-srcset, data-lazy-src…
// with any URL shape (CDN query strings, .avif, no extension), keep a 1×1 gif or a
// "blank.gif" in src, put the real <img> in <noscript>, and lazy-load <source> too.

import { forEachElement } from './safe-dom.ts';

/** Attributes lazy loaders keep the real URL in, most specific first. */
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-echo'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-set'];
/** Placeholder file names lazy loaders ship. */
const PLACEHOLDER_NAME = /(?:^|[/_-])(?:blank|spacer|placeholder|transparent|pixel|empty|lazy|loading|loader|grey|gray|1x1)[\w-]*\.(?:gif|png|svg|webp)(?:[?#]|$)/i;

const firstAttr = (el: Element, names: string[]) => {
  for (const n of names) {
    const v = el.getAttribute(n)?.trim();
    if (v && !/^(?:data:|about:|javascript:)/i.test(v)) return v;
  }
  return null;
};

/** A src that is only there until the real image loads. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (src === null) return true;
  const s = src.trim();
  if (!s || s === '#' || /^about:blank$/i.test(s)) return true;
  if (/^data:/i.test(s)) return true; // inline placeholders; a real data: image has no data-src beside it
  return PLACEHOLDER_NAME.test(s);
}

/** Sets src/srcset from the lazy loader's attributes where the current ones are placeholders. */
function resolveElement(el: Element): void {
  // every lazy attribute is a data-* one: most images have none, and one call says so
  if (!el.getAttributeNames().some((name) => name.startsWith('data-'))) return;
  const realSrc = firstAttr(el, SRC_ATTRS);
  const realSrcset = firstAttr(el, SRCSET_ATTRS);
  if (realSrc && el.localName === 'img' && isPlaceholderSrc(el.getAttribute('src'))) el.setAttribute('src', realSrc);
  if (realSrcset && isPlaceholderSrc(el.getAttribute('srcset'))) el.setAttribute('srcset', realSrcset);
  // a <source> with only data-src (no srcset) means the same thing
  if (realSrc && el.localName === 'source' && !el.getAttribute('srcset')) el.setAttribute('srcset', realSrc);
}

/** The single image a <noscript> holds, as an element of doc; null when it holds anything else. */
function noscriptImage(noscript: Element, doc: Document): Element | null {
  let holder: Element = noscript;
  if (noscript.children.length === 0) {
    // scripting was on where the page was parsed: the content is text
    const markup = noscript.textContent ?? '';
    if (!/<img\b/i.test(markup) || typeof DOMParser === 'undefined') return null;
    // Parsed inert (DOMParser documents run no script and load nothing); only an img is taken from it.
    holder = new DOMParser().parseFromString(markup, 'text/html').body;
  }
  const imgs = holder.querySelectorAll('img');
  if (imgs.length !== 1) return null;
  const text = (holder.textContent ?? '').trim();
  if (text) return null;
  const img = imgs[0]!;
  const src = img.getAttribute('src');
  if (!src || isPlaceholderSrc(src)) return null;
  const w = Number(img.getAttribute('width')), h = Number(img.getAttribute('height'));
  if (w === 1 || h === 1) return null; // tracking pixels
  return doc.importNode(img, false);
}

/** The image right before a <noscript>, when it is a placeholder for it. */
function placeholderBefore(noscript: Element): Element | null {
  let prev = noscript.previousElementSibling;
  if (prev && prev.localName === 'picture') prev = prev.querySelector('img');
  if (!prev || prev.localName !== 'img') return null;
  return isPlaceholderSrc(prev.getAttribute('src')) ? prev : null;
}

/**
 * A visitor for forEachElement that gives the images of doc (a clone: never the live
 * page) their real source, and finish(), to call after the walk: it swaps <noscript>
 * images in, which changes the tree, so it cannot happen during the walk.
 */
export function lazyImageResolver(doc: Document): { visit: (el: Element, tag: string) => void; finish: () => void } {
  const noscripts: Element[] = [];
  const visit = (el: Element, tag: string) => {
    if (tag === 'img' || tag === 'source') resolveElement(el);
    else if (tag === 'noscript') noscripts.push(el);
  };
  const finish = () => {
    for (const noscript of noscripts) liftNoscriptImage(noscript, doc);
  };
  return { visit, finish };
}

/** Rewrites doc (a clone: never the live page) so every article image has its real source. */
export function resolveLazyImages(doc: Document): void {
  const resolver = lazyImageResolver(doc);
  forEachElement(doc, resolver.visit);
  resolver.finish();
}

function liftNoscriptImage(noscript: Element, doc: Document): void {
  const img = noscriptImage(noscript, doc);
  if (!img) return;
  const placeholder = placeholderBefore(noscript);
  if (placeholder) {
    if (!img.getAttribute('alt') && placeholder.getAttribute('alt')) img.setAttribute('alt', placeholder.getAttribute('alt')!);
    placeholder.replaceWith(img);
    noscript.remove();
  } else if (!Array.from(noscript.parentElement?.querySelectorAll('img') ?? []).some((i) => !i.closest('noscript'))) {
    // the only image here is in the noscript: lift it out
    noscript.replaceWith(img);
  }
}
