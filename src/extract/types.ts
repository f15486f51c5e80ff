import type { ArticleMeta, BlockTag, ParagraphInput } from '../shared/types.ts';

export interface ExtractOptions {
  /** the page URL, for resolving relative links (defaults to document.URL) */
  url?: string;
  /** pages with more elements than this stop with "too-large" rather than freeze the tab */
  maxElements?: number;
}

export interface ExtractedBlock extends ParagraphInput {
  tag: BlockTag;
}

export interface ExtractedParagraphs {
  meta: ArticleMeta;
  blocks: ExtractedBlock[];
  /** Readability's own article.textContent: the "Readability alone" baseline */
  readabilityText: string;
}
