// What the reader shows of each paragraph, from the classifier's verdicts and the
// person's choices: the site's "always keep" rules, "keep this", "show in place".
// Pure: the renderers read ReaderItem[] and never look at verdicts themselves.
import type { ReasonCode } from '../shared/reasons.ts';
import { applySiteRules, type RuledParagraph, type SiteRule } from '../shared/site-rules.ts';
import type { Article } from '../shared/types.ts';

export type ItemState =
  | 'content' // article text
  | 'caption' // kept next to its image
  | 'meta' // byline, date line…: shown once in the header
  | 'removed' // promo or boilerplate
  | 'kept' // removed, then "keep this"
  | 'kept-by-rule'; // removed, but the site has a rule for its kind

export interface ReaderItem {
  /** position in article.paragraphs: stable for one extraction */
  index: number;
  paragraph: RuledParagraph;
  state: ItemState;
  /** the reason the classifier gave (for kept-by-rule: the kind the rule keeps) */
  reason: ReasonCode;
  /** a removed item the person asked to see where it was */
  inPlace: boolean;
}

export interface ReaderChoices {
  rules: SiteRule[];
  site: string | null;
  /** indices kept with "keep this" */
  kept: ReadonlySet<number>;
  /** removed indices shown in place */
  inPlace: ReadonlySet<number>;
}

const isRemovedLabel = (label: string) => label === 'promo' || label === 'boilerplate';

export function readerItems(article: Pick<Article, 'paragraphs'>, choices: ReaderChoices): ReaderItem[] {
  const ruled = applySiteRules(article.paragraphs, choices.rules, choices.site);
  return ruled.map((paragraph, index): ReaderItem => {
    if (paragraph.keptFrom) return { index, paragraph, state: 'kept-by-rule', reason: paragraph.keptFrom, inPlace: false };
    if (isRemovedLabel(paragraph.label)) {
      const kept = choices.kept.has(index);
      return { index, paragraph, state: kept ? 'kept' : 'removed', reason: paragraph.reason, inPlace: !kept && choices.inPlace.has(index) };
    }
    const state: ItemState = paragraph.label === 'caption' ? 'caption' : paragraph.label === 'meta' ? 'meta' : 'content';
    return { index, paragraph, state, reason: paragraph.reason, inPlace: false };
  });
}

/** Shown as article text (in the reader, in Markdown, in the reading time). */
export const isShownAsText = (item: ReaderItem) =>
  item.state === 'content' || item.state === 'caption' || item.state === 'kept' || item.state === 'kept-by-rule';

export const isRemovedItem = (item: ReaderItem) => item.state === 'removed';

/** Removed items grouped by reason, the largest group first (ties: first seen first). */
export function removedByReason(items: ReaderItem[]): { reason: ReasonCode; items: ReaderItem[] }[] {
  const groups = new Map<ReasonCode, ReaderItem[]>();
  for (const item of items) {
    if (!isRemovedItem(item)) continue;
    const list = groups.get(item.reason) ?? [];
    list.push(item);
    groups.set(item.reason, list);
  }
  return [...groups].map(([reason, list]) => ({ reason, items: list })).sort((a, b) => b.items.length - a.items.length);
}

/** For storage.local 'lastResult': each paragraph as the reader shows it ("keep this" makes it content). */
export function storedParagraph(item: ReaderItem): { text: string; label: string; reason: string } {
  const { text, label, reason } = item.paragraph;
  return item.state === 'kept' ? { text, label: 'content', reason } : { text, label, reason };
}

/** "keep=3,7" in the reader tab's address: the popup's "keep this" choices carried over. */
export function parseKept(value: string | null): Set<number> {
  const kept = new Set<number>();
  for (const part of (value ?? '').split(',')) {
    const n = Number(part);
    if (part !== '' && Number.isInteger(n) && n >= 0) kept.add(n);
  }
  return kept;
}
