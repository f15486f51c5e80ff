// A block's inner HTML as a sanitised fragment. Table rows parse only inside a table
// (the HTML parser drops <tr>, <td> anywhere else, keeping their text), so a table
// block is sanitised as a whole <table> and comes back as that element.
import type { BlockTag } from '../shared/types.ts';
import { sanitizeFragment } from './sanitize.ts';

export function blockContent(tag: BlockTag, html: string): DocumentFragment {
  return sanitizeFragment(tag === 'table' ? `<table>${html}</table>` : html);
}

/** For a table block: the sanitised <table> itself (null when nothing of it survived). */
export function tableOf(html: string): HTMLTableElement | null {
  return blockContent('table', html).querySelector('table');
}
