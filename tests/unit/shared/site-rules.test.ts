import { describe, expect, it } from 'vitest';
import { addSiteRule, applySiteRules, isKeepableReason, readSiteRules, removeSiteRule, ruleMatches, siteOf, type SiteRule } from '../../../src/shared/site-rules.ts';
import type { ClassifiedParagraph } from '../../../src/shared/types.ts';

const p = (text: string, label: ClassifiedParagraph['label'], reason: ClassifiedParagraph['reason']): ClassifiedParagraph => ({ tag: 'p', text, html: text, label, reason, score: 0.5 });

describe('siteOf', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world-1', 'bbc.co.uk'],
    ['https://News.Example.com:8443/a?b#c', 'news.example.com'],
    ['http://127.0.0.1:41234/news/x', '127.0.0.1'],
    ['https://example.org./x', 'example.org'],
    ['file:///home/me/page.html', null],
    ['not a url', null],
    [null, null],
  ])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));
});

describe('rules', () => {
  const now = new Date('2025-03-01T10:00:00Z');

  it('only removed kinds can be kept', () => {
    expect(isKeepableReason('newsletter')).toBe(true);
    expect(isKeepableReason('copyright')).toBe(true);
    expect(isKeepableReason('body')).toBe(false);
    expect(isKeepableReason('byline')).toBe(false);
    expect(isKeepableReason('no-such-reason')).toBe(false);
    expect(() => addSiteRule([], 'bbc.co.uk', 'body', now)).toThrow(/not a removed kind/);
  });

  it('adds a rule once, removes it by site and reason', () => {
    let rules = addSiteRule([], 'bbc.co.uk', 'newsletter', now);
    expect(rules).toEqual([{ site: 'bbc.co.uk', reason: 'newsletter', added: '2025-03-01T10:00:00.000Z' }]);
    expect(addSiteRule(rules, 'bbc.co.uk', 'newsletter', now)).toBe(rules);
    rules = addSiteRule(rules, 'bbc.co.uk', 'copyright', now);
    rules = addSiteRule(rules, 'lemonde.fr', 'newsletter', now);
    expect(removeSiteRule(rules, 'bbc.co.uk', 'newsletter').map((r) => `${r.site}/${r.reason}`)).toEqual(['bbc.co.uk/copyright', 'lemonde.fr/newsletter']);
  });

  it('matches the exact site only: not its subdomains, not its parent', () => {
    const rule = { site: 'example.com', reason: 'newsletter' } as const;
    expect(ruleMatches(rule, 'example.com', 'newsletter')).toBe(true);
    expect(ruleMatches(rule, 'news.example.com', 'newsletter')).toBe(false);
    expect(ruleMatches({ ...rule, site: 'news.example.com' }, 'example.com', 'newsletter')).toBe(false);
    expect(ruleMatches(rule, 'example.com', 'copyright')).toBe(false);
    expect(ruleMatches(rule, null, 'newsletter')).toBe(false);
  });

  it('reads stored rules defensively: drops malformed entries, unknown or unkeepable reasons and duplicates', () => {
    expect(readSiteRules(undefined)).toEqual([]);
    expect(readSiteRules({ site: 'a', reason: 'newsletter' })).toEqual([]);
    expect(
      readSiteRules([
        { site: 'WWW.BBC.co.uk', reason: 'newsletter', added: '2025-01-01' },
        { site: 'bbc.co.uk', reason: 'newsletter', added: '2025-02-02' },
        { site: 'bbc.co.uk', reason: 'body' },
        { site: '', reason: 'copyright' },
        { site: 'x.org', reason: 'nope' },
        null,
        'bbc.co.uk',
        { site: 'x.org', reason: 'copyright' },
      ]),
    ).toEqual([
      { site: 'bbc.co.uk', reason: 'newsletter', added: '2025-01-01' },
      { site: 'x.org', reason: 'copyright', added: '' },
    ]);
  });
});

describe('applySiteRules', () => {
  const paragraphs = [
    p('The story.', 'content', 'body'),
    p('Sign up to our newsletter.', 'promo', 'newsletter'),
    p('© 2025 Example', 'boilerplate', 'copyright'),
    p('Sign up to our other newsletter.', 'promo', 'newsletter'),
  ];
  const rules: SiteRule[] = [
    { site: 'example.com', reason: 'newsletter', added: '' },
    { site: 'other.org', reason: 'copyright', added: '' },
  ];

  it("keeps this site's kinds as content, reason kept-by-rule, and remembers what they were", () => {
    const out = applySiteRules(paragraphs, rules, 'example.com');
    expect(out.map((x) => `${x.label}/${x.reason}/${x.keptFrom ?? '-'}`)).toEqual([
      'content/body/-',
      'content/kept-by-rule/newsletter',
      'boilerplate/copyright/-',
      'content/kept-by-rule/newsletter',
    ]);
    expect(out[1]!.text).toBe('Sign up to our newsletter.');
  });

  it("changes nothing on a site without rules, or where the site is unknown, and never changes its input", () => {
    const before = JSON.stringify(paragraphs);
    expect(applySiteRules(paragraphs, rules, 'elsewhere.net')).toEqual(paragraphs);
    expect(applySiteRules(paragraphs, rules, null)).toEqual(paragraphs);
    applySiteRules(paragraphs, rules, 'example.com');
    expect(JSON.stringify(paragraphs)).toBe(before);
  });
});
