// Marks for `npm run bench` (names and meaning in src/shared/bench-marks.ts): when the
// article is in the DOM, and when the frame that shows it has been painted. A frame's
// requestAnimationFrame callbacks run just before it is painted, so the task queued from
// there runs after the paint.
import { MARK_ARTICLE_PAINTED, MARK_ARTICLE_SHOWN, type ArticleShownDetail } from '../shared/bench-marks.ts';

export function markArticleShown(detail: ArticleShownDetail): void {
  performance.mark(MARK_ARTICLE_SHOWN, { detail });
  requestAnimationFrame(() => setTimeout(() => performance.mark(MARK_ARTICLE_PAINTED), 0));
}
