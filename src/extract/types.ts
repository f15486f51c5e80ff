import type { ArticleMeta, BlockTag, ParagraphInput } from '../shared/types.ts';

export interface ExtractOptions {
  /** the page URL, for resolving relative links (defaults to document.URL) */
  url?: string;
  /** pages with more elements than this stop with "too-large" rather than freeze the tab */
  maxElements?: number;
  /** pages with more characters of text (scripts and styles not counted) stop with "too-large" before Readability runs */
  maxTextChars?: number;
  /** articles of more blocks than this stop with "too-large" (the reader could not show them in time either) */
  maxBlocks?: number;
  /** extraction that runs longer than this (ms) stops with "too-large" at its next check */
  budgetMs?: number;
}

export interface ExtractedBlock extends ParagraphInput {
  tag: BlockTag;
}

export interface ExtractedParagraphs {
  meta: ArticleMeta;
  blocks: ExtractedBlock[];
  /**
   * Readability's article.textContent for the first pick: the "Readability alone"
   * baseline of the Node tools, except on a page the clone is changed for before
   * Readability reads it (isChangedBeforeReadability in index.ts; src/node/process-page.ts)
   */
  readabilityText: string;
}
