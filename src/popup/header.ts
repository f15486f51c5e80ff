// The article header: site name, title, byline, publication date (in the article's
// language) and reading time. Shown early from a peek at the tab, completed when the
// article arrives. Only textContent here.
import { formatNumber, t } from '../platform/i18n.ts';
import { readingTime } from '../shared/reading-time.ts';
import { siteOf } from '../shared/site-rules.ts';
import type { Article } from '../shared/types.ts';
import { isShownAsText, type ReaderItem } from './reader-state.ts';
import { formatDate, publishedDate } from './published-date.ts';

const $ = (id: string) => document.getElementById(id)!;

/** Title and site name before the article is ready (from the tab's title and og:site_name). */
export function showEarlyHeader(peek: { title: string; siteName: string | null }): void {
  if (document.body.dataset.state !== 'loading') return;
  if (peek.siteName) $('site').textContent = peek.siteName;
  if (peek.title) $('title').textContent = peek.title;
}

/** The byline: Readability's, else the first paragraph the classifier marked as one. */
function bylineOf(article: Pick<Article, 'byline'>, items: ReaderItem[]): string {
  if (article.byline) return article.byline;
  return items.find((i) => i.state === 'meta' && i.reason === 'byline')?.paragraph.text ?? '';
}

export function renderHeader(article: Article, items: ReaderItem[], uiLang: string): void {
  const header = document.querySelector<HTMLElement>('.article-header')!;
  if (article.lang) header.lang = article.lang;
  if (article.dir) header.dir = article.dir;
  $('site').textContent = article.siteName ?? siteOf(article.url) ?? '';
  $('title').textContent = article.title || t('untitled');
  $('byline').textContent = bylineOf(article, items);
  const time = $('published') as HTMLTimeElement;
  const published = publishedDate(article, items);
  time.dateTime = published ? (published.dateOnly ? published.date.toISOString().slice(0, 10) : published.date.toISOString()) : '';
  time.textContent = published ? formatDate(published, article.lang, uiLang) : '';
  updateReadingTime(article, items);
}

/** Recomputed when "keep this" or a rule changes what is shown. */
export function updateReadingTime(article: Pick<Article, 'lang'>, items: ReaderItem[]): void {
  const text = items.filter(isShownAsText).map((i) => i.paragraph.text).join('\n');
  const { minutes } = readingTime(text, article.lang);
  const out = $('reading-time');
  out.textContent = minutes > 0 ? t('readingTime', formatNumber(minutes)) : '';
}
