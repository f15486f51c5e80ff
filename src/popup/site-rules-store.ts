// The site rules in storage.local (never synced), read and changed by the reader.
import { onStoredChange, readLocal, storeLocal } from '../platform/browser.ts';
import type { ReasonCode } from '../shared/reasons.ts';
import { addSiteRule, readSiteRules, removeSiteRule, SITE_RULES_KEY, type SiteRule } from '../shared/site-rules.ts';

export async function loadSiteRules(): Promise<SiteRule[]> {
  return readSiteRules(await readLocal(SITE_RULES_KEY));
}

export async function saveRuleAdded(site: string, reason: ReasonCode): Promise<SiteRule[]> {
  const rules = addSiteRule(await loadSiteRules(), site, reason);
  await storeLocal({ [SITE_RULES_KEY]: rules });
  return rules;
}

export async function saveRuleRemoved(site: string, reason: ReasonCode): Promise<SiteRule[]> {
  const rules = removeSiteRule(await loadSiteRules(), site, reason);
  await storeLocal({ [SITE_RULES_KEY]: rules });
  return rules;
}

export function onSiteRulesChanged(callback: (rules: SiteRule[]) => void): () => void {
  return onStoredChange(SITE_RULES_KEY, (value) => callback(readSiteRules(value)));
}
