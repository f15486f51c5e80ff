// Page HTML is untrusted. Every piece of it passes DOMPurify here, with an
// allow-list fit for articles, and comes back as a DocumentFragment: no page
// string ever reaches innerHTML. This is the only module that imports DOMPurify.
//
// The policy (see also the CSP in manifest.json, the second line of defence):
// - Elements: text, lists, quotes, code, tables, figures and images. Never script,
//   style, link, meta, base, form or form controls, iframe/frame, object, embed,
//   template, audio/video, or any element outside this list.
// - SVG and MathML are dropped, content and all (DOMPurify's FORBID_CONTENTS): an
//   inline chart or formula is lost, but no SVG/MathML namespace tricks (mutation XSS,
//   <use>, <animate attributeName=href>, xlink:href) can reach the reader. Pictures in
//   SVG format still show through <img>, where SVG is a static image.
// - Attributes: a fixed list; no event handler, style, class, id or name (so no DOM
//   clobbering of the popup's own ids), no data- or aria- attributes.
// - URLs: links (a href, cite) only http: and https:; images (img/source src and
//   every srcset candidate) also data:image/…. Anything else loses the attribute.
// - Links open in a new tab without opener or referrer; images load lazily, without
//   referrer, from the page's own URLs, only when the reader shows them.
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'figure', 'figcaption', 'img', 'picture', 'source', 'hr',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
/** Attributes that hold a URL: each is checked against the schemes its element may use. */
const URL_ATTR = ['href', 'src', 'srcset', 'cite'];
/** Attributes that never hold a URL (DOMPurify would otherwise test them as URLs and drop them). */
const PLAIN_ATTR = ['alt', 'title', 'lang', 'dir', 'datetime', 'value', 'colspan', 'rowspan', 'span', 'scope', 'width', 'height', 'sizes', 'start', 'reversed'];
/** Elements whose src/srcset load an image. */
const IMAGE_TAGS = new Set(['IMG', 'SOURCE']);

// Browsers drop these before reading a URL's scheme ("java\tscript:"); so do we.
const URL_NOISE = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g;
const WEB_URL = /^https?:/i;
const IMAGE_URL = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif|svg\+xml)[;,])/i;

/** True when url may stay on this element's attribute. */
function urlAllowed(tagName: string, attr: string, url: string): boolean {
  const scheme = IMAGE_TAGS.has(tagName) ? IMAGE_URL : WEB_URL;
  if (attr !== 'srcset') return scheme.test(url.replace(URL_NOISE, ''));
  // Every candidate must be allowed (data: URLs hold commas: such a srcset is dropped whole, which is safe).
  const candidates = url.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '');
  return candidates.length > 0 && candidates.every((c) => scheme.test(c.replace(URL_NOISE, '')));
}

/** The allow-list and options, set once on our instance (parsing a config per call costs more than sanitising a paragraph). */
const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...URL_ATTR, ...PLAIN_ATTR],
  ADD_URI_SAFE_ATTR: PLAIN_ATTR,
  // The URL check of last resort (our hook is stricter per element): http, https and
  // images inline as data:image; nothing else (no javascript:, no data:text/html).
  ALLOWED_URI_REGEXP: IMAGE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  RETURN_DOM_FRAGMENT: true, // no serialise-and-reparse round trip (mutation XSS)
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true, // belt and braces: id and name are not allowed anyway
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** One DOMPurify instance of our own, so these hooks and this config apply to nothing else. */
function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const purify = DOMPurify(window);
  purify.setConfig(CONFIG);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (URL_ATTR.includes(data.attrName) && !urlAllowed(node.nodeName, data.attrName, data.attrValue)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (IMAGE_TAGS.has(node.nodeName)) {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifier = purify;
  return purify;
}

/** Sanitised, inert-parsed article HTML as a fragment ready to append. */
export function sanitizeFragment(html: string): DocumentFragment {
  // setConfig made RETURN_DOM_FRAGMENT the default; the typings only know it from a cfg argument.
  const out: unknown = getPurifier().sanitize(html);
  if (!(out instanceof DocumentFragment)) throw new TypeError('DOMPurify did not return a fragment');
  return out;
}
