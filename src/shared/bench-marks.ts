// The performance marks the popup sets for `npm run bench` (src/bench/browser.ts reads
// them over the DevTools protocol). They live only in the popup's own performance
// timeline: nothing is shown, stored or sent, and they go when the popup closes.

/** The article is in the popup's DOM. Its detail is an ArticleShownDetail. */
export const MARK_ARTICLE_SHOWN = 'ac:article-shown';
/** The first frame that shows the article was painted (set in the task after that frame's requestAnimationFrame). */
export const MARK_ARTICLE_PAINTED = 'ac:article-painted';

export interface ArticleShownDetail {
  /** the content script's extraction time (ExtractResult.ms) */
  contentMs: number;
  /** the content script's whole run, module setup included (ExtractResult.scriptMs) */
  scriptMs: number | null;
  /** the result came from the read popup.html's first script started (src/platform/early-read.ts) */
  earlyRead: boolean;
}
