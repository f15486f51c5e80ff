// Builds the reader view from an extracted article. Only createElement and
// textContent here; article HTML enters through sanitizeFragment alone.
import { REASONS } from '../shared/reasons.ts';
import type { Article, BlockTag, ClassifiedParagraph } from '../shared/types.ts';
import { sanitizeFragment } from './sanitize.ts';
import { isRemoved, removedSummary } from './summary.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}) => {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  return e;
};

/** The element a block is rendered as. Runs of list items share one list. */
function blockElement(tag: BlockTag): HTMLElement {
  switch (tag) {
    case 'h1': case 'h2': return el('h2');
    case 'h3': case 'h4': case 'h5': case 'h6': return el('h3');
    case 'blockquote': return el('blockquote');
    case 'pre': return el('pre');
    case 'figure': return el('figure');
    case 'figcaption': return el('p', { className: 'caption' });
    case 'table': return el('table');
    case 'li': return el('li');
    case 'dt': case 'dd': return el('p');
    default: return el('p');
  }
}

export function renderHeader(root: HTMLElement, article: Pick<Article, 'title' | 'byline' | 'siteName'>): void {
  root.querySelector('#site')!.textContent = article.siteName ?? '';
  root.querySelector('#title')!.textContent = article.title || 'Untitled article';
  root.querySelector('#byline')!.textContent = article.byline ?? '';
}

export function renderArticle(container: HTMLElement, article: Article): void {
  container.replaceChildren();
  let list: HTMLElement | null = null;
  for (const p of article.paragraphs) {
    if (p.label !== 'content' && p.label !== 'caption') continue;
    const block = blockElement(p.tag);
    block.append(sanitizeFragment(p.html));
    if (p.tag === 'li') {
      list ??= container.appendChild(el('ul'));
      list.append(block);
      continue;
    }
    list = null;
    container.append(block);
  }
  if (article.dir) container.dir = article.dir;
  if (article.lang) container.lang = article.lang;
}

export function renderRemoved(details: HTMLDetailsElement, paragraphs: ClassifiedParagraph[]): void {
  const removed = paragraphs.filter(isRemoved);
  const summary = el('summary', { text: removedSummary(paragraphs) });
  const list = el('ol', { className: 'removed-list' });
  for (const p of removed) {
    const item = el('li');
    item.dataset.reason = p.reason;
    item.dataset.label = p.label;
    item.append(el('span', { className: 'reason', text: REASONS[p.reason].singular }), el('span', { className: 'removed-text', text: p.text }));
    list.append(item);
  }
  details.replaceChildren(summary, list);
  details.hidden = false;
}
