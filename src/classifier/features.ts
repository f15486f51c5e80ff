// The classifier's features: one numeric row per paragraph, from the paragraph,
// its DOM hints when there are any, its position and its neighbours. The same
// rows train the model (npm run train) and feed it at run time.
import type { Label, ParagraphInput, ReasonCode } from '../shared/types.ts';
import { REASONS } from '../shared/reasons.ts';
import { lexiconHits, type LexiconHit } from './lexicon.ts';
import { computeTextStats, finalMark, type TextStats } from './text-stats.ts';

export interface ClassifyContext {
  /** BCP 47 language of the page, when known */
  lang?: string | null;
  title?: string | null;
}

/** Everything known about one paragraph before deciding; shared by features and rules. */
export interface ParagraphFacts {
  input: ParagraphInput;
  index: number;
  count: number;
  stats: TextStats;
  hits: LexiconHit[];
  /** the strongest lexicon hit per label, if any */
  strong: Partial<Record<Label, LexiconHit>>;
  weak: Partial<Record<Label, LexiconHit>>;
  classGroups: Set<ClassGroup>;
  /** mean link density and size of the list this item belongs to */
  listLinkDensity: number;
  listSize: number;
  /** this and every later paragraph is short or mostly links */
  inTrailingRun: boolean;
  /** this and every earlier paragraph is short or mostly links */
  inLeadingRun: boolean;
  /** the same text appeared earlier in the article */
  repeated: boolean;
  /** the nearest heading above has a promo or boilerplate cue ("Related articles", "Sign up") */
  underRemovalHeading: boolean;
  /** share of the page's main class tokens (see markMainClasses) this block lacks, 0..1 */
  missingMainClasses: number;
  /** share of this block's class tokens that are rare on the page, 0..1 */
  foreignClasses: number;
}

// Words in class and id names that say what a block is for.
const CLASS_GROUPS = {
  promo: ['newsletter', 'promo', 'promotion', 'subscribe', 'subscription', 'signup', 'cta', 'donate', 'donation', 'membership', 'paywall', 'podcast', 'optin', 'offer', 'marketing', 'upsell', 'nl'],
  related: ['related', 'recommended', 'recommendation', 'recommendations', 'readmore', 'more', 'also', 'trending', 'popular', 'outbrain', 'taboola', 'further', 'recirc', 'recirculation', 'teaser', 'teasers', 'card', 'cards', 'headlines', 'most'],
  share: ['share', 'sharing', 'social', 'facebook', 'twitter', 'whatsapp', 'print', 'toolbar', 'tools', 'sharebar', 'follow'],
  ad: ['ad', 'ads', 'advert', 'advertisement', 'sponsor', 'sponsored', 'dfp', 'gpt', 'banner', 'commercial', 'adslot', 'advertising', 'partner'],
  meta: ['byline', 'author', 'authors', 'date', 'time', 'timestamp', 'published', 'updated', 'meta', 'dateline', 'posted', 'reading'],
  caption: ['caption', 'credit', 'credits', 'figcaption', 'photo', 'image', 'img', 'media', 'picture', 'gallery'],
  footer: ['footer', 'copyright', 'legal', 'disclaimer', 'bottom', 'notice', 'bio', 'about', 'contributor', 'endnote'],
  comment: ['comment', 'comments', 'discussion', 'disqus', 'replies'],
  tag: ['tags', 'tag', 'topics', 'topic', 'keywords', 'categories', 'category', 'breadcrumb', 'breadcrumbs', 'nav', 'menu'],
  // page furniture: buttons, forms, widgets, text meant only for screen readers
  ui: ['button', 'btn', 'form', 'input', 'modal', 'popup', 'widget', 'sidebar', 'overlay', 'hidden', 'sr', 'visually', 'screen', 'toggle', 'icon', 'badge', 'label', 'tooltip'],
  // shopping: product cards, prices, affiliate boxes
  product: ['product', 'products', 'price', 'pricing', 'shop', 'cart', 'buy', 'affiliate', 'deal', 'deals', 'store', 'rating', 'stars', 'review', 'specs'],
} as const;
export type ClassGroup = keyof typeof CLASS_GROUPS;
const CLASS_GROUP_OF = new Map<string, ClassGroup>();
for (const [group, words] of Object.entries(CLASS_GROUPS) as [ClassGroup, readonly string[]][]) {
  for (const w of words) CLASS_GROUP_OF.set(w, group);
}

const SHORT_WORDS = 12;
/** Calls to action open with an imperative: "Shop the look", "Get the app", "Read more". */
const CTA_START = /^(?:shop|buy|get|check|learn|read|watch|download|try|book|start|join|sign|subscribe|register|order|contact|call|click|explore|discover|see|view|find|compare|request|claim|grab|save|visit|follow|share|listen|jetzt|hier|lesen|mehr|découvrez|lire|voir|leer|ver|descubre|scopri|leggi|veja|leia|bekijk|lees)(?![\p{L}])/iu;
const isShortOrLinks = (s: TextStats) => s.words <= SHORT_WORDS || s.linkDensity > 0.6;
const flag = (b: boolean) => (b ? 1 : 0);
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const CURRENCY = /[$€£¥₹]\s?\d|\d\s?(?:€|£|\$|eur|usd|gbp)(?![\p{L}])|\d+\s?% off/iu;
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_TAGS: ReadonlySet<string> = new Set(['li', 'dt', 'dd']);
const FIGURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption']);
const QUOTE_TAGS: ReadonlySet<string> = new Set(['blockquote']);
const PRE_TABLE_TAGS: ReadonlySet<string> = new Set(['pre', 'table']);
export const isHeadingTag = (f: ParagraphFacts): boolean => tagIn(f, HEADING_TAGS);
export const isListItemTag = (f: ParagraphFacts): boolean => tagIn(f, LIST_TAGS);
/** A figure or figcaption, or a block inside a figure (DOM hints only: seed paragraphs have none). */
export const isInFigure = (f: ParagraphFacts): boolean => tagIn(f, FIGURE_TAGS) || Boolean(f.input.dom?.inFigure);
const neighbour = (all: ParagraphFacts[], i: number, fn: (f: ParagraphFacts) => number, none: number) => {
  const f = all[i];
  return f ? fn(f) : none;
};
const tagIn = (f: ParagraphFacts, tags: ReadonlySet<string>) => (f.input.dom ? tags.has(f.input.dom.tag) : false);
const hasStrongAt = (facts: ParagraphFacts[], i: number) => {
  const f = facts[i];
  return f ? flag(Boolean(f.strong.promo ?? f.strong.boilerplate)) : 0;
};

/** Named features, in row order. Each is a pure function of the facts. */
const FEATURES: [string, (f: ParagraphFacts, all: ParagraphFacts[]) => number][] = [
  ['log_chars', (f) => Math.log1p(f.stats.chars) / 6],
  ['log_words', (f) => Math.log1p(f.stats.words) / 4],
  ['very_short', (f) => flag(f.stats.words <= 4)],
  ['ends_like_sentence', (f) => flag(f.stats.endsLikeSentence)],
  ['has_sentence', (f) => flag(f.stats.sentences > 0)],
  ['link_density', (f) => f.stats.linkDensity],
  ['all_link', (f) => flag(f.stats.linkDensity > 0.9)],
  ['upper_ratio', (f) => f.stats.upperRatio],
  ['digit_ratio', (f) => Math.min(1, f.stats.digitRatio * 4)],
  ['second_person', (f) => flag(f.stats.secondPerson > 0)],
  ['relative_position', (f) => (f.count > 1 ? f.index / (f.count - 1) : 0)],
  ['is_first', (f) => flag(f.index === 0)],
  ['in_last_three', (f) => flag(f.count - 1 - f.index < 3)],
  ['is_last', (f) => flag(f.index === f.count - 1)],
  ['tag_heading', (f) => flag(isHeadingTag(f))],
  ['tag_li', (f) => flag(tagIn(f, LIST_TAGS))],
  ['tag_figure', (f) => flag(tagIn(f, FIGURE_TAGS))],
  ['tag_quote', (f) => flag(tagIn(f, QUOTE_TAGS))],
  ['tag_pre_table', (f) => flag(tagIn(f, PRE_TABLE_TAGS))],
  ...(Object.keys(CLASS_GROUPS) as ClassGroup[]).map(
    (g): [string, (f: ParagraphFacts) => number] => [`class_${g}`, (f) => flag(f.classGroups.has(g))],
  ),
  ['in_figure', (f) => flag(Boolean(f.input.dom?.inFigure))],
  ['in_aside', (f) => flag(Boolean(f.input.dom?.inAside))],
  ['in_footer', (f) => flag(Boolean(f.input.dom?.inFooter))],
  ['in_header', (f) => flag(Boolean(f.input.dom?.inHeader))],
  ['in_nav', (f) => flag(Boolean(f.input.dom?.inNav))],
  ['has_dom', (f) => flag(f.input.dom !== undefined)],
  ['lex_promo_strong', (f) => flag(f.strong.promo !== undefined)],
  ['lex_promo_weak', (f) => flag(f.weak.promo !== undefined)],
  ['lex_boilerplate_strong', (f) => flag(f.strong.boilerplate !== undefined)],
  ['lex_boilerplate_weak', (f) => flag(f.weak.boilerplate !== undefined)],
  ['lex_meta', (f) => flag(f.strong.meta !== undefined || f.weak.meta !== undefined)],
  ['lex_caption', (f) => flag(f.strong.caption !== undefined || f.weak.caption !== undefined)],
  ['prev_strong_removal', (f, all) => hasStrongAt(all, f.index - 1)],
  ['next_strong_removal', (f, all) => hasStrongAt(all, f.index + 1)],
  ['list_link_density', (f) => f.listLinkDensity],
  ['log_list_size', (f) => Math.log1p(f.listSize) / 3],
  ['neighbours_short', (f, all) => flag(isNeighbourShort(all, f.index - 1) && isNeighbourShort(all, f.index + 1))],
  ['has_image', (f) => flag(f.stats.hasImage)],
  ['in_trailing_run', (f) => flag(f.inTrailingRun)],
  ['in_leading_run', (f) => flag(f.inLeadingRun)],
  ['repeated', (f) => flag(f.repeated)],
  ['short_call_to_action', (f) => flag(f.stats.words <= SHORT_WORDS && CTA_START.test(f.input.text))],
  ['ends_with_exclamation', (f) => flag(finalMark(f.input.text) === EXCLAMATION)],
  ['tiny_link', (f) => flag(f.stats.linkDensity > 0.9 && f.stats.words <= 4)],
  ['under_removal_heading', (f) => flag(f.underRemovalHeading)],
  ['prev_link_density', (f, all) => neighbour(all, f.index - 1, (n) => n.stats.linkDensity, 0)],
  ['next_link_density', (f, all) => neighbour(all, f.index + 1, (n) => n.stats.linkDensity, 0)],
  ['prev_log_words', (f, all) => neighbour(all, f.index - 1, (n) => Math.log1p(n.stats.words) / 4, 0)],
  ['next_log_words', (f, all) => neighbour(all, f.index + 1, (n) => Math.log1p(n.stats.words) / 4, 0)],
  ['next_is_heading', (f, all) => neighbour(all, f.index + 1, (n) => flag(isHeadingTag(n)), 0)],
  ['title_case_ratio', (f) => f.stats.titleCaseRatio],
  ['has_currency', (f) => flag(CURRENCY.test(f.input.text))],
  ['question', (f) => flag(finalMark(f.input.text) === QUESTION)],
  ['log_blocks_to_end', (f) => Math.log1p(f.count - 1 - f.index) / 5],
  ['log_blocks', (f) => Math.log1p(f.count) / 5],
  ['missing_main_classes', (f) => f.missingMainClasses],
  ['foreign_classes', (f) => f.foreignClasses],
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map(([name]) => name);

function isNeighbourShort(all: ParagraphFacts[], i: number): boolean {
  const f = all[i];
  return f === undefined || isShortOrLinks(f.stats);
}

function classGroupsOf(input: ParagraphInput): Set<ClassGroup> {
  const groups = new Set<ClassGroup>();
  for (const token of input.dom?.classTokens ?? []) {
    const g = CLASS_GROUP_OF.get(token);
    if (g) groups.add(g);
  }
  return groups;
}

function strongestByLabel(hits: LexiconHit[], strength: LexiconHit['strength']): Partial<Record<Label, LexiconHit>> {
  const out: Partial<Record<Label, LexiconHit>> = {};
  for (const h of hits) {
    const label = REASONS[h.reason as ReasonCode].label;
    if (h.strength === strength && !out[label]) out[label] = h;
  }
  return out;
}

export function analyse(paragraphs: ParagraphInput[]): ParagraphFacts[] {
  const count = paragraphs.length;
  const seen = new Set<string>();
  const facts: ParagraphFacts[] = paragraphs.map((input, index) => {
    const stats = computeTextStats(input.text, input.html);
    const hits = input.text ? lexiconHits(input.text) : [];
    const key = input.text.toLowerCase();
    const repeated = key.length > 0 && seen.has(key);
    seen.add(key);
    return {
      input, index, count, stats, hits,
      strong: strongestByLabel(hits, 'strong'),
      weak: strongestByLabel(hits, 'weak'),
      classGroups: classGroupsOf(input),
      listLinkDensity: 0, listSize: 0,
      inTrailingRun: false, inLeadingRun: false, repeated, underRemovalHeading: false,
      missingMainClasses: 0, foreignClasses: 0,
    };
  });
  markMainClasses(facts);
  let removalHeading = false;
  for (const f of facts) {
    if (isHeadingTag(f)) removalHeading = Boolean(f.strong.promo ?? f.strong.boilerplate ?? f.weak.promo ?? f.weak.boilerplate) || f.classGroups.has('related');
    else f.underRemovalHeading = removalHeading;
  }

  const lists = new Map<number, ParagraphFacts[]>();
  for (const f of facts) {
    const li = f.input.dom?.listIndex ?? -1;
    if (li < 0) continue;
    const items = lists.get(li);
    if (items) items.push(f);
    else lists.set(li, [f]);
  }
  for (const items of lists.values()) {
    const density = items.reduce((s, f) => s + f.stats.linkDensity, 0) / items.length;
    for (const f of items) {
      f.listLinkDensity = density;
      f.listSize = items.length;
    }
  }
  for (let i = count - 1; i >= 0 && isShortOrLinks(facts[i]!.stats); i--) facts[i]!.inTrailingRun = true;
  for (let i = 0; i < count && isShortOrLinks(facts[i]!.stats); i++) facts[i]!.inLeadingRun = true;
  return facts;
}

/** A class token is the page's main one when blocks holding half its words carry it. */
const MAIN_SHARE = 0.5;
/** ... and rare when blocks holding under a tenth of its words do. */
const RARE_SHARE = 0.1;

/**
 * Where a block sits against the article's own container: the body paragraphs of a
 * page share class tokens ("entry content"), a call-to-action box or a widget Readability
 * swept in has others ("cta wrapper"). Weighted by words, so the body decides.
 */
function markMainClasses(facts: ParagraphFacts[]): void {
  let total = 0;
  const words = new Map<string, number>();
  for (const f of facts) {
    const tokens = f.input.dom?.classTokens;
    if (!tokens) continue;
    total += f.stats.words;
    for (const t of tokens) words.set(t, (words.get(t) ?? 0) + f.stats.words);
  }
  if (total === 0) return;
  const main = [...words].filter(([, w]) => w >= total * MAIN_SHARE).map(([t]) => t);
  for (const f of facts) {
    const tokens = f.input.dom?.classTokens;
    if (!tokens) continue;
    // main holds a few tokens: includes is cheaper than a Set per block
    if (main.length > 0) {
      let missing = 0;
      for (const t of main) if (!tokens.includes(t)) missing++;
      f.missingMainClasses = missing / main.length;
    }
    if (tokens.length > 0) {
      let foreign = 0;
      for (const t of tokens) if ((words.get(t) ?? 0) < total * RARE_SHARE) foreign++;
      f.foreignClasses = foreign / tokens.length;
    }
  }
}

export function featureRow(f: ParagraphFacts, all: ParagraphFacts[]): number[] {
  return FEATURES.map(([, fn]) => fn(f, all));
}

/** One feature row per paragraph, the whole article in order (position and neighbours matter). */
export function featurize(paragraphs: ParagraphInput[], context: ClassifyContext = {}): number[][] {
  void context;
  const facts = analyse(paragraphs);
  return facts.map((f) => featureRow(f, facts));
}
