// Words for what was removed: "2 removed: 1 newsletter promo, 1 copyright line".
// The words come in (English by default, the browser's language in the popup) so this stays pure.
import { describeCount } from '../shared/reasons.ts';
import type { ReasonCode } from '../shared/types.ts';
import { removedByReason, type ReaderItem } from './reader-state.ts';

export interface SummaryWords {
  /** "1 newsletter promo" */
  counted(reason: ReasonCode, n: number): string;
  /** "2 removed: 1 newsletter promo, 1 copyright line" */
  total(n: number, parts: string[]): string;
  nothing(): string;
}

export const ENGLISH_SUMMARY: SummaryWords = {
  counted: describeCount,
  total: (n, parts) => `${n} removed: ${parts.join(', ')}`,
  nothing: () => 'Nothing removed',
};

export function removedSummary(items: ReaderItem[], words: SummaryWords = ENGLISH_SUMMARY): string {
  const groups = removedByReason(items);
  if (groups.length === 0) return words.nothing();
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return words.total(total, groups.map((g) => words.counted(g.reason, g.items.length)));
}
