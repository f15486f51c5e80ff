// The text of an HTML fragment (readability-pages' expected.html) with block
// elements separated by blank lines, so that words of adjacent blocks never fuse
// into one token ("end.</p><p>Next" reads "end.\n\nNext", not "end.Next").
import { JSDOM } from 'jsdom';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

export function htmlToText(html: string): string {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  try {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === 3) {
        parts.push(node.nodeValue ?? '');
        return;
      }
      if (node.nodeType !== 1) return;
      const tag = (node as Element).tagName.toLowerCase();
      if (SKIP.has(tag)) return;
      const block = BLOCKS.has(tag);
      if (block) parts.push('\n\n');
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
      if (block) parts.push('\n\n');
    };
    walk(dom.window.document.body);
    return parts
      .join('')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== '')
      .join('\n\n');
  } finally {
    dom.window.close();
  }
}
