// "Copy as Markdown": the kept article as Markdown, to the clipboard. The click is a
// user gesture in an extension page, so navigator.clipboard.writeText needs no
// clipboardWrite permission (Chromium and Firefox); execCommand('copy') is the
// fallback where the async clipboard is missing.
import type { Article } from '../shared/types.ts';
import { articleMarkdown, type MarkdownBlock } from './markdown.ts';
import { isShownAsText, type ReaderItem } from './reader-state.ts';
import { blockContent } from './block-content.ts';

export function markdownOf(article: Article, items: ReaderItem[], header: { byline: string; date: string; site: string }): string {
  const blocks: MarkdownBlock[] = items.filter(isShownAsText).map((item) => ({
    tag: item.paragraph.tag,
    content: blockContent(item.paragraph.tag, item.paragraph.html),
    list: item.paragraph.list,
    caption: item.state === 'caption',
  }));
  return articleMarkdown({ title: article.title, byline: header.byline, siteName: header.site, date: header.date, url: article.url }, blocks);
}

export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch (error) {
      if (!copyWithSelection(text)) throw error;
      return;
    }
  }
  if (!copyWithSelection(text)) throw new Error('the clipboard is not available');
}

function copyWithSelection(text: string): boolean {
  const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
