// Every reason code the classifier can give, with its label and the words the
// reader view shows. This table is the single documented list (README links here).
import type { Label } from './types.ts';

export const REASONS = {
  // content: kept as article text
  body: { label: 'content', singular: 'paragraph', plural: 'paragraphs' },
  heading: { label: 'content', singular: 'heading', plural: 'headings' },
  list: { label: 'content', singular: 'list item', plural: 'list items' },
  quote: { label: 'content', singular: 'quote', plural: 'quotes' },
  code: { label: 'content', singular: 'code block', plural: 'code blocks' },
  table: { label: 'content', singular: 'table', plural: 'tables' },
  figure: { label: 'content', singular: 'image', plural: 'images' },
  'kept-by-rule': { label: 'content', singular: 'item kept by your rule', plural: 'items kept by your rules' },
  // caption: kept next to its image, not body text
  'figure-caption': { label: 'caption', singular: 'caption', plural: 'captions' },
  'image-credit': { label: 'caption', singular: 'image credit', plural: 'image credits' },
  // meta: shown once in the header
  byline: { label: 'meta', singular: 'byline', plural: 'bylines' },
  dateline: { label: 'meta', singular: 'date line', plural: 'date lines' },
  'updated-at': { label: 'meta', singular: '"updated" line', plural: '"updated" lines' },
  'reading-time': { label: 'meta', singular: 'reading time', plural: 'reading times' },
  // promo: removed
  newsletter: { label: 'promo', singular: 'newsletter promo', plural: 'newsletter promos' },
  subscription: { label: 'promo', singular: 'subscription appeal', plural: 'subscription appeals' },
  'app-download': { label: 'promo', singular: 'app download prompt', plural: 'app download prompts' },
  'social-follow': { label: 'promo', singular: '"follow us" prompt', plural: '"follow us" prompts' },
  donation: { label: 'promo', singular: 'donation appeal', plural: 'donation appeals' },
  'podcast-event': { label: 'promo', singular: 'podcast or event plug', plural: 'podcast or event plugs' },
  'related-links': { label: 'promo', singular: 'related-story link', plural: 'related-story links' },
  // boilerplate: removed
  copyright: { label: 'boilerplate', singular: 'copyright line', plural: 'copyright lines' },
  legal: { label: 'boilerplate', singular: 'legal notice', plural: 'legal notices' },
  syndication: { label: 'boilerplate', singular: 'syndication notice', plural: 'syndication notices' },
  'external-links-notice': { label: 'boilerplate', singular: 'external-links notice', plural: 'external-links notices' },
  'share-bar': { label: 'boilerplate', singular: 'share bar', plural: 'share bars' },
  navigation: { label: 'boilerplate', singular: 'navigation link', plural: 'navigation links' },
  'comment-prompt': { label: 'boilerplate', singular: 'comment prompt', plural: 'comment prompts' },
  advertisement: { label: 'boilerplate', singular: 'advertisement', plural: 'advertisements' },
  'cookie-notice': { label: 'boilerplate', singular: 'cookie notice', plural: 'cookie notices' },
  'author-bio': { label: 'boilerplate', singular: 'author bio', plural: 'author bios' },
  'tag-list': { label: 'boilerplate', singular: 'topic tag list', plural: 'topic tag lists' },
  'not-article-text': { label: 'boilerplate', singular: 'other non-article line', plural: 'other non-article lines' },
  duplicate: { label: 'boilerplate', singular: 'repeated paragraph', plural: 'repeated paragraphs' },
  button: { label: 'boilerplate', singular: 'button', plural: 'buttons' },
} as const satisfies Record<string, { label: Label; singular: string; plural: string }>;

export type ReasonCode = keyof typeof REASONS;

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

export function labelOf(reason: ReasonCode): Label {
  return REASONS[reason].label;
}

/** "1 newsletter promo", "2 copyright lines" */
export function describeCount(reason: ReasonCode, n: number): string {
  const r = REASONS[reason];
  return `${n} ${n === 1 ? r.singular : r.plural}`;
}

/**
 * The _locales message keys for a reason's words: reason_<code>_one and
 * reason_<code>_other ("-" becomes "_": message names allow only letters, digits, _ and @).
 * REASONS above stays the English fallback when a key is missing.
 */
export function reasonMessageKey(reason: ReasonCode, form: 'one' | 'other'): string {
  return `reason_${reason.replace(/-/g, '_')}_${form}`;
}
