// The publication date for the header: Readability's publishedTime, else the
// <time datetime> in a date line the classifier set aside as meta; shown in the
// article's language. Pure (DOM parsing only through sanitizeFragment).
import type { Article } from '../shared/types.ts';
import type { ReaderItem } from './reader-state.ts';
import { sanitizeFragment } from './sanitize.ts';

export interface Published {
  date: Date;
  /** "2022-10-22" without a time: shown as that day wherever the reader is (UTC) */
  dateOnly: boolean;
}

/** An ISO date, or one in the article's <time datetime> of a date line the classifier set aside as meta. */
export function publishedDate(article: Pick<Article, 'publishedTime'>, items: ReaderItem[]): Published | null {
  const candidates: string[] = [];
  if (article.publishedTime) candidates.push(article.publishedTime);
  for (const item of items) {
    if (item.state !== 'meta' || (item.reason !== 'dateline' && item.reason !== 'byline')) continue;
    const time = sanitizeFragment(item.paragraph.html).querySelector('time[datetime]');
    const value = time?.getAttribute('datetime');
    if (value) candidates.push(value);
  }
  for (const c of candidates) {
    const d = new Date(c.trim());
    if (!Number.isNaN(d.getTime()) && d.getUTCFullYear() > 1900) return { date: d, dateOnly: /^\d{4}-\d{2}-\d{2}$/.test(c.trim()) };
  }
  return null;
}

/** "22 October 2022" in lang (the article's), falling back to the browser's language. */
export function formatDate({ date, dateOnly }: Published, lang: string | null, fallback: string): string {
  for (const locale of [lang, fallback]) {
    if (!locale) continue;
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
    } catch {
      // not a valid language tag: try the next
    }
  }
  return date.toISOString().slice(0, 10);
}
