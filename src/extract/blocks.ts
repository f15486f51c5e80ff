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
const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'svg']);
/** What a table holds when it lays out a page rather than data. */
const LAYOUT_TABLE_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote']);
const TABLE = new Set(['table']);
/** What a figure holds when it frames a quotation or a code listing rather than an image. */
const QUOTE_OR_CODE = new Set(['blockquote', 'pre']);
/** A pull quote repeats a line of the article as decoration: it stays one figure block. */
const PULL_QUOTE = /pull-?quote/i;
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
 * Whether any element under el has one of tags. A walk over element children rather
 * than querySelector: this runs for every inline element of the article, and in jsdom
 * each querySelector call costs more than the walk (a 40-tag selector over BLOCK_TAGS
 * was most of the splitter's time). Iterative: hostile nesting cannot overflow.
 */
function hasDescendantIn(el: Element, tags: ReadonlySet<string>): boolean {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    for (let c = stack.pop()!.firstElementChild; c; c = c.nextElementSibling) {
      if (tags.has(tagOf(c))) return true;
      if (c.firstElementChild) stack.push(c);
    }
  }
  return false;
}

const hasBlockDescendant = (el: Element) => hasDescendantIn(el, BLOCK_TAGS);
const hasMedia = (el: Element) => hasDescendantIn(el, MEDIA_TAGS);

/** A run of nothing but whitespace text between blocks: it would make no block. */
const isBlank = (run: Node[]) => run.every((n) => n.nodeType === 3 && !/\S/.test((n as Text).data));

/**
 * The lower-case words of class or id names, in order: split on white space, - _ : .
 * and camelCase ("Term_tooltipBubble" gives term, tooltip, bubble). The one splitting
 * of class names in src/extract: the classifier's tokens here, furniture-pick.ts's words,
 * tooltips.ts's (one class name at a time there).
 */
export function classNameWords(names: string): string[] {
  return names.split(/[\s\-_:.]+/).flatMap((word) => word.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(' '));
}

/** class and id tokens of one element, split on - _ and camelCase, each once. */
function ownClassTokens(e: Element): string[] {
  // Readability's own wrapper (id readability-page-1, class page) says nothing about the page.
  if (/^readability-/.test(e.getAttribute('id') ?? '')) return [];
  const tokens = new Set<string>();
  for (const part of classNameWords(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) {
    if (part.length >= 2 && !/^\d+$/.test(part)) tokens.add(part);
  }
  return [...tokens];
}

/**
 * class and id tokens of el and its ancestors up to (not including) root, nearest first.
 * ownTokens caches each element's own: the same ancestors serve every block under them.
 */
function classTokensOf(el: Element, root: Element, ownTokens: Map<Element, string[]>): string[] {
  const tokens = new Set<string>();
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    let own = ownTokens.get(e);
    if (!own) ownTokens.set(e, (own = ownClassTokens(e)));
    for (const t of own) tokens.add(t);
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
  const ownTokens = new Map<Element, string[]>();

  const hintsFor = (el: Element, tag: BlockTag): DomHints => {
    const list = tag === 'li' ? el.parentElement : null;
    if (list && !lists.has(list)) lists.set(list, lists.size);
    return {
      tag,
      classTokens: classTokensOf(el, root, ownTokens),
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
    if (!text && !hasMedia(el) && !['img', 'picture', 'video'].includes(tagOf(el))) return;
    blocks.push({ tag, text, html, dom: hintsFor(el, tag) });
    if (check && blocks.length % 50 === 0) check(blocks.length);
  };

  // A run of inline nodes directly inside a container becomes one block.
  const emitRun = (parent: Element, run: Node[]) => {
    const holder = parent.ownerDocument.createElement('div');
    for (const n of run) holder.appendChild(n.cloneNode(true));
    const text = collapse(spacedText(holder));
    const onlyMedia = !text && hasMedia(holder);
    // Hints come from the container: the run has no element of its own.
    if (text || onlyMedia) {
      blocks.push({ tag: onlyMedia ? 'figure' : 'p', text, html: holder.innerHTML.trim(), dom: hintsFor(parent, onlyMedia ? 'figure' : 'p') });
    }
  };
  const flushRun = (parent: Element, run: Node[]) => {
    if (!isBlank(run)) emitRun(parent, run);
    run.length = 0;
  };

  /** inside a figure that holds a table (WordPress's table block): its table is data */
  let figureTables = 0;
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
        if (hasDescendantIn(el, TABLE)) {
          figureTables++;
          walk(el);
          figureTables--;
        } else if (hasDescendantIn(el, QUOTE_OR_CODE) && !PULL_QUOTE.test(el.getAttribute('class') ?? '')) {
          // <figure><blockquote>…</blockquote><figcaption>— its author</figcaption></figure>,
          // the HTML standard's way to attribute a quotation, and a code listing with its
          // caption: the quotation or the code is article text, the figcaption its caption.
          walk(el);
        } else {
          const caption = el.querySelector('figcaption');
          emit(el, 'figure', el.innerHTML.trim(), caption ? collapse(spacedText(caption)) : text());
        }
        return;
      case 'table':
        // Layout tables hold paragraphs: read through them. Data tables stay whole, and so
        // does a table in a figure, even with paragraphs in its cells (a comparison table
        // whose cells would otherwise read as the figure's caption lines).
        if (figureTables === 0 && hasDescendantIn(el, LAYOUT_TABLE_TAGS)) walk(el);
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
