// Words for what was removed: "2 removed: 1 newsletter promo, 1 copyright line".
import { describeCount } from '../shared/reasons.ts';
import type { ClassifiedParagraph, ReasonCode } from '../shared/types.ts';

export const isRemoved = (p: ClassifiedParagraph) => p.label === 'promo' || p.label === 'boilerplate';

export function removedSummary(paragraphs: ClassifiedParagraph[]): string {
  const removed = paragraphs.filter(isRemoved);
  if (removed.length === 0) return 'Nothing removed';
  const byReason = new Map<ReasonCode, number>();
  for (const p of removed) byReason.set(p.reason, (byReason.get(p.reason) ?? 0) + 1);
  const parts = [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => describeCount(reason, n));
  return `${removed.length} removed: ${parts.join(', ')}`;
}
