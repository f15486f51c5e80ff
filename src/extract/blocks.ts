// Splits Readability's article element into paragraph blocks: the units the
// classifier labels and the reader view renders. DOM only (browser or jsdom).
import type { BlockTag, DomHints } from '../shared/types.ts';
import type { ExtractedBlock } from './types.ts';

/** Elements that start a new block; anything else is inline and joins a run. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'summary',
]);
const MEDIA_SELECTOR = 'img, picture, video, svg';
const MAX_CLASS_TOKENS = 40;

const isElement = (n: Node): n is Element => n.nodeType === 1;
const tagOf = (el: Element) => el.localName.toLowerCase();
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The text of a node with a space wherever a line break or a block (a table cell, a
 * list item, a div) starts or ends. textContent runs "Pros</td><td>Cons" and
 * "Line one<br>Line two" together into one word, which neither a reader nor the
 * classifier's word counts should see. Iterative: hostile nesting cannot overflow.
 */
export function spacedText(node: Node): string {
  let out = '';
  const stack: (Node | null)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null) { out += ' '; continue; }
    if (n === undefined) continue;
    if (n.nodeType === 3) { out += (n as Text).data; continue; }
    if (isElement(n)) {
      const tag = tagOf(n);
      if (n !== node && (BLOCK_TAGS.has(tag) || tag === 'br')) { out += ' '; stack.push(null); }
    } else if (n.nodeType !== 11) continue; // comments and the like hold no text
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/**
 * Whether any element under el starts a block. A walk over element children rather
 * than querySelector over BLOCK_TAGS: this runs for every inline element of the
 * article, and a 40-tag selector made it most of the splitter's time in jsdom.
 * Iterative, so hostile nesting cannot overflow the stack.
 */
function hasBlockDescendant(el: Element): boolean {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    for (let c = stack.pop()!.firstElementChild; c; c = c.nextElementSibling) {
      if (BLOCK_TAGS.has(tagOf(c))) return true;
      if (c.firstElementChild) stack.push(c);
    }
  }
  return false;
}

/** class and id tokens of el and its ancestors up to (not including) root, split on - _ and camelCase. */
function classTokensOf(el: Element, root: Element): string[] {
  const tokens = new Set<string>();
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    // Readability's own wrapper (id readability-page-1, class page) says nothing about the page.
    if (/^readability-/.test(e.getAttribute('id') ?? '')) continue;
    const raw = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    for (const word of raw.split(/[\s\-_:.]+/)) {
      for (const part of word.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(' ')) {
        if (part.length >= 2 && !/^\d+$/.test(part)) tokens.add(part);
      }
    }
    if (tokens.size >= MAX_CLASS_TOKENS) break;
  }
  return [...tokens].slice(0, MAX_CLASS_TOKENS);
}

function hasAncestor(el: Element, root: Element, tags: string[]): boolean {
  for (let e: Element | null = el.parentElement; e && e !== root; e = e.parentElement) {
    if (tags.includes(tagOf(e))) return true;
  }
  return false;
}

/**
 * check, when given, is called every few blocks with the count so far, and may throw
 * to stop a split that runs past its limits (see extractArticle).
 */
export function splitIntoBlocks(root: Element, check?: (blocks: number) => void): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  const lists = new Map<Element, number>();

  const hintsFor = (el: Element, tag: BlockTag): DomHints => {
    const list = tag === 'li' ? el.parentElement : null;
    if (list && !lists.has(list)) lists.set(list, lists.size);
    return {
      tag,
      classTokens: classTokensOf(el, root),
      inFigure: hasAncestor(el, root, ['figure']),
      inAside: hasAncestor(el, root, ['aside']),
      inFooter: hasAncestor(el, root, ['footer']),
      inHeader: hasAncestor(el, root, ['header']),
      inNav: hasAncestor(el, root, ['nav']),
      listIndex: list ? (lists.get(list) ?? -1) : -1,
      ...(list ? { ordered: tagOf(list) === 'ol' } : {}),
    };
  };

  const emit = (el: Element, tag: BlockTag, html: string, text: string) => {
    if (!text && !el.querySelector(MEDIA_SELECTOR) && !['img', 'picture', 'video'].includes(tagOf(el))) return;
    blocks.push({ tag, text, html, dom: hintsFor(el, tag) });
    if (check && blocks.length % 50 === 0) check(blocks.length);
  };

  // A run of inline nodes directly inside a container becomes one block.
  const flushRun = (parent: Element, run: Node[]) => {
    if (run.length === 0) return;
    const holder = parent.ownerDocument.createElement('div');
    for (const n of run) holder.appendChild(n.cloneNode(true));
    const text = collapse(spacedText(holder));
    const onlyMedia = !text && holder.querySelector(MEDIA_SELECTOR) !== null;
    // Hints come from the container: the run has no element of its own.
    if (text || onlyMedia) {
      blocks.push({ tag: onlyMedia ? 'figure' : 'p', text, html: holder.innerHTML.trim(), dom: hintsFor(parent, onlyMedia ? 'figure' : 'p') });
    }
    run.length = 0;
  };

  const walk = (container: Element) => {
    const run: Node[] = [];
    for (const child of Array.from(container.childNodes)) {
      if (!isElement(child)) {
        if (child.nodeType === 3) run.push(child);
        continue;
      }
      const tag = tagOf(child);
      if (!BLOCK_TAGS.has(tag) && !hasBlockDescendant(child)) {
        run.push(child);
        continue;
      }
      flushRun(container, run);
      visitBlock(child, tag);
    }
    flushRun(container, run);
  };

  const visitBlock = (el: Element, tag: string) => {
    // Only for the blocks emitted: a container's text is the whole article, again at each level.
    const text = () => collapse(spacedText(el));
    switch (tag) {
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      case 'pre': case 'blockquote': case 'figcaption':
        emit(el, tag === 'figcaption' ? 'figcaption' : tag, el.innerHTML.trim(), text());
        return;
      case 'figure':
        // WordPress wraps data tables in <figure class="wp-block-table">: the table is
        // article content, not an image's caption; its figcaption stays a caption.
        if (el.querySelector('table')) walk(el);
        else {
          const caption = el.querySelector('figcaption');
          emit(el, 'figure', el.innerHTML.trim(), caption ? collapse(spacedText(caption)) : text());
        }
        return;
      case 'table':
        // Layout tables hold paragraphs: read through them. Data tables stay whole.
        if (el.querySelector('p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote')) walk(el);
        else emit(el, 'table', el.innerHTML.trim(), text());
        return;
      case 'li':
      case 'dt':
      case 'dd':
      case 'p':
        if (hasBlockDescendant(el)) walk(el);
        else emit(el, tag as BlockTag, el.innerHTML.trim(), text());
        return;
      case 'hr':
        return;
      default:
        walk(el);
    }
  };

  walk(root);
  return blocks;
}
