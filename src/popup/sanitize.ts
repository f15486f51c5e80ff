// Page HTML is untrusted. Every piece of it passes DOMPurify here, with an
// allow-list fit for articles, and comes back as a DocumentFragment: no page
// string ever reaches innerHTML. This is the only module that imports DOMPurify.
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'figure', 'figcaption', 'img', 'picture', 'source', 'hr',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'lang', 'dir', 'datetime', 'colspan', 'rowspan', 'scope', 'width', 'height', 'cite'];
// http, https and images inline as data:image; nothing else (no javascript:, no data:text/html).
const ALLOWED_URI = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif|svg\+xml)[;,])/i;

let hooked = false;
function installHooks(purify: typeof DOMPurify): void {
  if (hooked) return;
  hooked = true;
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG' || node.nodeName === 'SOURCE') {
      // DOMPurify lets any data: URI through on img src; keep only the allowed schemes.
      const src = node.getAttribute('src');
      if (src !== null && !ALLOWED_URI.test(src.trim())) node.removeAttribute('src');
      // srcset entries are URLs too; keep the attribute only if every candidate is allowed.
      const srcset = node.getAttribute('srcset');
      if (srcset && !srcset.split(',').every((c) => ALLOWED_URI.test(c.trim().split(/\s+/)[0] ?? ''))) {
        node.removeAttribute('srcset');
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
}

/** Sanitised, inert-parsed article HTML as a fragment ready to append. */
export function sanitizeFragment(html: string): DocumentFragment {
  installHooks(DOMPurify);
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel', 'loading', 'referrerpolicy'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    SANITIZE_NAMED_PROPS: true, // no DOM clobbering of the popup's own ids
  });
}
