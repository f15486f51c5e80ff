// Builds the article body from the reader's items. Only createElement and
// textContent here; article HTML enters through sanitizeFragment alone.
// Structure kept: headings, paragraphs, <ul>/<ol> runs, block quotes, code, tables
// (scrollable and focusable), figures with their captions and credits beside them.
import { reasonName, t } from '../platform/i18n.ts';
import type { Article, BlockTag } from '../shared/types.ts';
import { isShownAsText, type ReaderItem } from './reader-state.ts';
import { blockContent, tableOf } from './block-content.ts';
import { sanitizeFragment } from './sanitize.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}) => {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  return e;
};

/** The element a block is rendered as. List items are placed in their list by renderArticle. */
function blockElement(tag: BlockTag): HTMLElement {
  switch (tag) {
    case 'h1': case 'h2': return el('h2');
    case 'h3': case 'h4': case 'h5': case 'h6': return el('h3');
    case 'blockquote': return el('blockquote');
    case 'pre': {
      const pre = el('pre');
      pre.tabIndex = 0; // long lines scroll: keyboard users must reach them
      return pre;
    }
    case 'figure': return el('figure');
    case 'figcaption': return el('p', { className: 'caption' });
    case 'table': return el('table');
    case 'li': return el('li');
    case 'dt': case 'dd': return el('p');
    default: return el('p');
  }
}

export interface ArticleActions {
  /** "keep this" on a removed item shown in place */
  keep(index: number): void;
}

function mark(block: HTMLElement, item: ReaderItem): void {
  block.dataset.index = String(item.index);
  block.dataset.label = item.paragraph.label;
  block.dataset.reason = item.paragraph.reason;
  if (item.state === 'kept') {
    block.dataset.kept = 'you';
    block.dataset.mark = t('keptByYouMark', reasonName(item.reason));
  } else if (item.state === 'kept-by-rule') {
    block.dataset.kept = 'rule';
    block.dataset.keptFrom = item.reason;
    block.dataset.mark = t('keptByRuleMark', reasonName(item.reason));
  }
}

/** A removed item shown where it was: dimmed, named, with "keep this". */
function inPlaceBlock(item: ReaderItem, actions: ArticleActions): HTMLElement {
  const box = el('div', { className: 'in-place' });
  box.dataset.index = String(item.index);
  box.dataset.label = item.paragraph.label;
  box.dataset.reason = item.reason;
  box.tabIndex = -1;
  const label = el('p', { className: 'in-place-label' });
  const name = el('span', { text: t('removedInPlace', reasonName(item.reason)) });
  const keep = el('button', { className: 'link-button', text: t('keepThis') });
  keep.type = 'button';
  keep.dataset.action = 'keep';
  keep.dataset.index = String(item.index);
  keep.addEventListener('click', () => actions.keep(item.index));
  label.append(name, keep);
  box.append(label, wrapIfTable(contentBlock(item.paragraph.tag === 'li' ? 'p' : item.paragraph.tag, item.paragraph.html)));
  return box;
}

/** The block's element with its sanitised content. */
function contentBlock(tag: BlockTag, html: string): HTMLElement {
  if (tag === 'table') return tableOf(html) ?? el('table');
  const block = blockElement(tag);
  block.append(blockContent(tag, html));
  return block;
}

function wrapIfTable(block: HTMLElement): HTMLElement {
  if (block.tagName !== 'TABLE') return block;
  const wrap = el('div', { className: 'table-wrap' });
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', block.querySelector('caption')?.textContent?.trim() || t('tableLabel'));
  wrap.append(block);
  return wrap;
}

export function renderArticle(container: HTMLElement, article: Pick<Article, 'lang' | 'dir'>, items: ReaderItem[], actions: ArticleActions): void {
  container.replaceChildren();
  let list: HTMLOListElement | HTMLUListElement | null = null;
  let listKey: string | null = null;
  let lastFigure: HTMLElement | null = null;
  for (const item of items) {
    const p = item.paragraph;
    if (item.inPlace) {
      container.append(inPlaceBlock(item, actions));
      list = listKey = lastFigure = null;
      continue;
    }
    if (!isShownAsText(item)) continue;
    // A caption or credit right after its image goes into that image's figure.
    if (item.state === 'caption' && lastFigure) {
      const existing = lastFigure.querySelector(':scope > figcaption');
      const caption = existing ? el('span', { className: 'caption-part' }) : el('figcaption');
      caption.append(sanitizeFragment(p.html));
      mark(caption, item);
      if (existing) existing.append(' ', caption);
      else lastFigure.append(caption);
      continue;
    }
    const block = contentBlock(p.tag, p.html);
    if (item.state === 'caption') block.classList.add('caption');
    mark(block, item);
    if (p.tag === 'li') {
      const key = p.list ? `${p.list.index}` : 'run';
      if (!list || key !== listKey) {
        list = container.appendChild(p.list?.ordered ? el('ol') : el('ul'));
        listKey = key;
      }
      list.append(block);
      lastFigure = null;
      continue;
    }
    list = listKey = null;
    const placed = wrapIfTable(block);
    container.append(placed);
    lastFigure = block.tagName === 'FIGURE' ? block : null;
  }
  if (article.dir) container.dir = article.dir;
  if (article.lang) container.lang = article.lang;
}
