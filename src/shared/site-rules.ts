// "Always keep this kind on this site": the person's rules, kept in storage.local
// (never synced: which sites someone reads stays on the device). Pure.
import { REASONS, type ReasonCode } from './reasons.ts';
import type { ClassifiedParagraph } from './types.ts';

export const SITE_RULES_KEY = 'siteRules';

export interface SiteRule {
  /** host name without a leading "www." (see siteOf) */
  site: string;
  /** the removed kind to keep: a promo or boilerplate reason */
  reason: ReasonCode;
  /** when the rule was made (ISO 8601) */
  added: string;
}

/** A paragraph as the reader shows it: kept by a rule keeps the reason it was removed for. */
export type RuledParagraph = ClassifiedParagraph & { keptFrom?: ReasonCode };

/**
 * The site a page belongs to: its host name, lower-cased, without "www." and
 * without the port. Rules match exactly: a rule for news.example.com does not
 * apply to example.com, nor the other way round. Null for pages without a host.
 */
export function siteOf(url: string | null | undefined): string | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host) return null;
  return host.replace(/^www\./, '').replace(/\.$/, '') || null;
}

/** Only removed kinds can be kept by a rule. */
export function isKeepableReason(reason: string): reason is ReasonCode {
  const r = (REASONS as Record<string, { label: string }>)[reason];
  return !!r && (r.label === 'promo' || r.label === 'boilerplate');
}

/** A stored value to a clean list: drops malformed entries and duplicates, keeps order. */
export function readSiteRules(stored: unknown): SiteRule[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const rules: SiteRule[] = [];
  for (const r of stored) {
    if (!r || typeof r !== 'object') continue;
    const { site, reason, added } = r as Record<string, unknown>;
    if (typeof site !== 'string' || !site.trim() || typeof reason !== 'string' || !isKeepableReason(reason)) continue;
    const clean = site.trim().toLowerCase().replace(/^www\./, '');
    const key = `${clean}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rules.push({ site: clean, reason, added: typeof added === 'string' ? added : '' });
  }
  return rules;
}

export function ruleMatches(rule: Pick<SiteRule, 'site' | 'reason'>, site: string | null, reason: ReasonCode): boolean {
  return site !== null && rule.site === site && rule.reason === reason;
}

/** The rules with one more (unless the same rule is there already). */
export function addSiteRule(rules: SiteRule[], site: string, reason: ReasonCode, now = new Date()): SiteRule[] {
  if (!isKeepableReason(reason)) throw new Error(`"${reason}" is not a removed kind; only removed kinds can be kept by a rule`);
  if (rules.some((r) => ruleMatches(r, site, reason))) return rules;
  return [...rules, { site, reason, added: now.toISOString() }];
}

export function removeSiteRule(rules: SiteRule[], site: string, reason: ReasonCode): SiteRule[] {
  return rules.filter((r) => !ruleMatches(r, site, reason));
}

/**
 * The paragraphs with the site's rules applied: a removed paragraph whose reason has
 * a rule for this site becomes content with reason 'kept-by-rule' and remembers its
 * old reason in keptFrom. Everything else is unchanged.
 */
export function applySiteRules(paragraphs: ClassifiedParagraph[], rules: SiteRule[], site: string | null): RuledParagraph[] {
  if (site === null) return paragraphs;
  const kinds = new Set(rules.filter((r) => r.site === site).map((r) => r.reason));
  if (kinds.size === 0) return paragraphs;
  return paragraphs.map((p) =>
    (p.label === 'promo' || p.label === 'boilerplate') && kinds.has(p.reason)
      ? { ...p, label: 'content', reason: 'kept-by-rule', keptFrom: p.reason }
      : p,
  );
}
