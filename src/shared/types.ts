// The data that flows through Article Cleaner. Imports nothing: every layer may use it.

/** What a paragraph is, as the reader view treats it. */
export type Label = 'content' | 'caption' | 'meta' | 'promo' | 'boilerplate';

/**
 * Why a paragraph got its label. The one documented list is REASONS in
 * src/shared/reasons.ts; this type is derived from it.
 */
export type { ReasonCode } from './reasons.ts';
import type { ReasonCode } from './reasons.ts';

/** The block element a paragraph came from (lower-case tag name). */
export type BlockTag =
  | 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  | 'li' | 'blockquote' | 'pre' | 'figure' | 'figcaption' | 'table' | 'div' | 'dt' | 'dd' | 'hr';

/**
 * What the DOM tells about a block. Present for live pages and saved pages,
 * absent for seed-format fixtures (they carry only inline HTML).
 */
export interface DomHints {
  tag: BlockTag;
  /** class and id tokens of the block and its ancestors inside the article, lower-cased, deduplicated. */
  classTokens: string[];
  inFigure: boolean;
  inAside: boolean;
  inFooter: boolean;
  inHeader: boolean;
  inNav: boolean;
  /** the list (ul/ol) this item belongs to, counted from the article start; -1 when not in a list. */
  listIndex: number;
  /** for list items: true in an <ol>, false in a <ul> (absent for other blocks and older data) */
  ordered?: boolean;
}

/** One paragraph as the classifier sees it. */
export interface ParagraphInput {
  /** plain text, white space collapsed */
  text: string;
  /** the block's inner HTML (untrusted: never rendered without sanitising) */
  html: string;
  dom?: DomHints;
}

export interface Verdict {
  label: Label;
  reason: ReasonCode;
  /** the model's probability that the paragraph is not article content, 0..1 */
  score: number;
}

/** A paragraph of an extracted article with its verdict. */
export interface ClassifiedParagraph extends Verdict {
  tag: BlockTag;
  text: string;
  html: string;
  /** list items only: which list they belong to and whether it is numbered, so the reader rebuilds <ol> and <ul> */
  list?: { index: number; ordered: boolean };
}

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  excerpt: string | null;
  url: string;
}

export interface Article extends ArticleMeta {
  paragraphs: ClassifiedParagraph[];
}

export type ExtractFailure = 'no-article' | 'too-large' | 'error';

/**
 * ms: extraction's own time. scriptMs, set by the content scripts only: from the script's
 * first statement to its return, its module setup (compiling the lexicon) included.
 */
export type ExtractResult =
  | { ok: true; article: Article; ms: number; scriptMs?: number }
  | { ok: false; failure: ExtractFailure; message: string; ms: number; scriptMs?: number };
