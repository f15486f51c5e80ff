// Turns what is known about a paragraph (facts, model probability) into a label
// and a reason. Removing real content is far worse than keeping a promo, so the
// model alone never removes long fluent text, and neighbours only tip short lines.
import type { Label, ReasonCode, Verdict } from '../shared/types.ts';
import { REASONS } from '../shared/reasons.ts';
import { isHeadingTag, isInFigure, isListItemTag, type ParagraphFacts } from './features.ts';
import { finalMark } from './text-stats.ts';
import { CONSENT_OPENING, opensAsBio, SEPARATOR, type LexiconHit } from './lexicon.ts';

/** Above this many words a paragraph counts as long: a lexicon cue alone does not remove it. */
export const LONG_WORDS = 35;
/** Fluent prose this long is never removed by the model or by its neighbours. */
const PROTECTED_WORDS = 30;
const NEIGHBOUR_MAX_WORDS = 12;
/**
 * Prose with a strong cue goes when the model gives it at least this. Measured on the
 * training rows' out-of-fold probabilities against the old rule (a cue alone decides up
 * to 35 words, the full threshold above): 203 instead of 207 content blocks lost to a
 * cue (2,253 instead of 2,101 tokens), 560 instead of 551 of 591 not-content removed.
 * Notices (NOTICES) were then given back the old rule: a cookie banner is never prose.
 */
const CUE_IN_PROSE_MIN_P = 0.5;
/** Notices that read as sentences but are never article prose: their cue decides up to LONG_WORDS. */
const NOTICES = new Set<ReasonCode>(['cookie-notice', 'copyright', 'external-links-notice', 'syndication']);
/** Above this a paragraph is article-sized: a cue in it needs the model's full threshold. */
const CUE_IN_PROSE_MAX_WORDS = 150;

const verdict = (reason: ReasonCode, score: number): Verdict => ({ label: REASONS[reason].label, reason, score });

function contentReason(f: ParagraphFacts): ReasonCode {
  switch (f.input.dom?.tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
    case 'li': case 'dt': case 'dd': return 'list';
    case 'blockquote': return 'quote';
    case 'pre': return 'code';
    case 'table': return 'table';
    case 'figure': return 'figure';
    default: return f.stats.hasImage && f.stats.words === 0 ? 'figure' : 'body';
  }
}

/** The hit that starts earliest in the text: "© 2022 BBC. … external linking" is a copyright line. */
function firstHit(f: ParagraphFacts, hits: LexiconHit[]): LexiconHit | undefined {
  if (hits.length <= 1) return hits[0];
  const text = f.input.text.toLowerCase();
  let best: LexiconHit | undefined;
  let bestAt = Infinity;
  for (const h of hits) {
    const at = text.indexOf(h.cue.toLowerCase());
    const pos = at < 0 ? text.length : at;
    if (pos < bestAt) { best = h; bestAt = pos; }
  }
  return best;
}

/**
 * A separated line read as a breadcrumb, in a heading or a list item: there it is a title
 * ("Taylor Swift | The Eras Tour") or an item ("Backpacking chair / sit pad"). On
 * wcxb-dev, 45 of the 49 such blocks aligned either way were content (13 more ambiguous).
 */
function isBreadcrumbOutOfPlace(f: ParagraphFacts, hit: LexiconHit): boolean {
  return hit.reason === 'navigation' && (isHeadingTag(f) || isListItemTag(f)) && SEPARATOR.test(hit.cue);
}

/** The name of a site's policy page, as a legal phrase's whole cue ("Privacy Policy", "Impressum"). */
const POLICY_NAME = /^(?:privacy policy|terms (?:of use|and conditions|of service)|datenschutzerklärung|impressum|politique de confidentialité|mentions légales|política de privacidad|aviso legal|note legali|informativa (?:sulla )?privacy|política de privacidade|privacybeleid|disclaimer)$/i;
/**
 * A policy page's name in a sentence, a heading or a quoted title ("Facebook changed its
 * privacy policy in May.", "… avoided agreeing to the Facebook terms of service …", a
 * reference to "Contest Terms and Conditions"): news about the policy, or a citation of
 * it, not the site's legal furniture, which is a link or a line without a sentence's
 * end ("Terms of Use · Privacy Policy").
 */
function isPolicyMention(f: ParagraphFacts, hit: LexiconHit): boolean {
  if (hit.reason !== 'legal' || !POLICY_NAME.test(hit.cue) || f.stats.linkDensity >= 0.5) return false;
  const text = f.input.text.trim();
  return isHeadingTag(f) || /[.!?]["'”’)]?$/.test(text) || isInQuotes(text, text.toLowerCase().indexOf(hit.cue.toLowerCase()));
}

/** Is text[at] inside quotation marks ("…", “…”, «…», „…“) opened before it? */
function isInQuotes(text: string, at: number): boolean {
  if (at < 0) return false;
  const before = text.slice(0, at);
  const straight = before.split('"').length % 2 === 0;
  const opened = (open: string, close: string) => before.lastIndexOf(open) > before.lastIndexOf(close);
  return straight || opened('“', '”') || opened('«', '»') || opened('„', '“');
}

function isProtectedProse(f: ParagraphFacts): boolean {
  return f.stats.words >= PROTECTED_WORDS && f.stats.sentences >= 1 && f.stats.linkDensity < 0.5;
}

/** A reason for a paragraph the model removes without a lexicon cue: from its shape and class names. */
function shapeReason(f: ParagraphFacts): ReasonCode {
  const weak = firstHit(f, f.hits.filter((h) => h.strength === 'weak' && REASONS[h.reason].label !== 'content'));
  if (weak) return weak.reason;
  const g = f.classGroups;
  if (g.has('share')) return 'share-bar';
  if (g.has('ad')) return 'advertisement';
  if (g.has('comment')) return 'comment-prompt';
  if (g.has('related')) return 'related-links';
  if (g.has('tag')) return f.stats.linkDensity > 0.5 ? 'navigation' : 'tag-list';
  if (g.has('promo')) return 'subscription';
  if (f.stats.linkDensity > 0.5 || f.listLinkDensity > 0.5) {
    return f.stats.words <= 4 ? 'navigation' : 'related-links';
  }
  return 'not-article-text';
}

/**
 * Is the paragraph a form's consent line, opening with the consent phrase? It reads as
 * a sentence or three ("… recurring automated SMS marketing messages … Msg and data rates
 * may apply …"), but it is the site speaking about its form, never article prose. Asked
 * of the text, not of the cue: the lexicon names one cue per reason, and in "By signing
 * up, you agree … See our Privacy Policy" that can be the policy's.
 */
function isConsentLine(f: ParagraphFacts, cue: LexiconHit): boolean {
  return cue.reason === 'legal' && CONSENT_OPENING.test(f.input.text.trimStart());
}

/** The model probability a strong lexicon cue needs to remove the paragraph. */
function cueNeeds(f: ParagraphFacts, cue: LexiconHit, threshold: number): number {
  const long = f.stats.words > LONG_WORDS;
  if (isConsentLine(f, cue) && f.stats.words <= CUE_IN_PROSE_MAX_WORDS) return 0;
  if (!isProtectedProse(f) || (!long && NOTICES.has(cue.reason))) return long ? threshold : 0;
  return f.stats.words > CUE_IN_PROSE_MAX_WORDS ? threshold : CUE_IN_PROSE_MIN_P;
}

/** Button captions are a few words: "Buy Poster", "Shop Men's at adidas.com". */
const BUTTON_MAX_WORDS = 8;
/**
 * A link the page styles as a button: a class name with the word btn, button or cta
 * ("btn btn-primary", "wp-block-button__link", "rich-text-cta__btn").
 */
const BUTTON_LINK = /<a\b[^>]*\sclass\s*=\s*(?:"[^"]*|'[^']*)(?<![a-z0-9])(?:btn|button|cta)(?![a-z0-9])/i;

/**
 * Is the paragraph a button and nothing else: a few words, all (or nearly) in links
 * styled as buttons? "Buy Poster", "Book a demo", "👉 Build your dream workspace",
 * "See Review & Buying Options" are controls of the page, not article text, even where
 * they stand between paragraphs. Headings and list items are left to the other rules:
 * an accordion's questions and a list of course chapters are styled as buttons too.
 */
function isButton(f: ParagraphFacts): boolean {
  return f.stats.words >= 1 && f.stats.words <= BUTTON_MAX_WORDS && f.stats.linkDensity > 0.8 &&
    !isHeadingTag(f) && !isListItemTag(f) && BUTTON_LINK.test(f.input.html);
}

/** A row of links needs this many items to be a menu, not a sentence naming two or three places. */
const LINK_ROW_MIN_ITEMS = 5;
/** A menu item's words: "Werbeagentur Düsseldorf", "Google Podcasts", "Tech report". */
const LINK_ROW_ITEM_MAX_WORDS = 6;
/** Words of a label before the row's first item: "Sie suchen:", "Subscribe:". */
const LINK_ROW_LABEL_MAX_WORDS = 3;
/** The separators a page prints between its menu items: "A / B", "A | B", "A · B", "A • B". */
const LINK_ROW_SEPARATOR = /\s[/|·•]\s/u;

/**
 * Is the paragraph a row of links that the page separates with slashes or bars: "Sie
 * suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin / …", "Subscribe: Apple Podcasts
 * | Android | Email | RSS"? Five items or more, each a few words and (bar a label before
 * the first) its own link: a menu the page printed inline, however long. A sentence
 * that names places ("London / Paris") has fewer items or no links.
 * On wcxb-dev: 3 blocks, all aligned as not content.
 */
function isLinkRow(f: ParagraphFacts): boolean {
  if (f.stats.linkDensity <= 0.5) return false;
  const items = f.input.text.trim().split(LINK_ROW_SEPARATOR);
  if (items.length < LINK_ROW_MIN_ITEMS || f.stats.links < items.length - 1) return false;
  // the first item may carry the row's label: "Sie suchen: Werbeagentur Düsseldorf"
  return items.every((item, i) => item.trim().split(/\s+/).length <= LINK_ROW_ITEM_MAX_WORDS + (i === 0 ? LINK_ROW_LABEL_MAX_WORDS : 0));
}

export function decide(f: ParagraphFacts, p: number, threshold: number): Verdict {
  const tag = f.input.dom?.tag;

  // Captions sit with their image: kept, but not body text. A table in a figure
  // (WordPress's table block) is a table, and a quotation or a code listing in one is
  // a quotation or code (blocks.ts).
  if (tag === 'figcaption' || (f.input.dom?.inFigure && tag !== 'figure' && tag !== 'table' && tag !== 'blockquote' && tag !== 'pre')) {
    return verdict(f.strong.caption?.reason === 'image-credit' ? 'image-credit' : 'figure-caption', p);
  }
  // A figure's text is its caption: shown with the image, but not body text.
  if (tag === 'figure') {
    if (f.stats.words === 0) return verdict('figure', p);
    return verdict(f.strong.caption?.reason === 'image-credit' ? 'image-credit' : 'figure-caption', p);
  }

  // A strong cue decides a short line. In fluent prose ("… on the App Store and Google
  // Play …" in a how-to) the model must lean towards removal too, and in a long block
  // that is not prose, or an article-sized one, it must pass its own threshold.
  const strong = firstHit(f, f.hits.filter((h) => h.strength === 'strong' && !isBreadcrumbOutOfPlace(f, h) && !isPolicyMention(f, h)));
  if (strong && p >= cueNeeds(f, strong, threshold)) return verdict(strong.reason, p);
  // A button with no cue of its own ("Buy Poster") is named for what it is.
  if (isButton(f)) return verdict('button', p);
  // A menu printed inline is navigation, however many words its items add up to.
  if (!isHeadingTag(f) && !isVerbatim(f) && isLinkRow(f)) return verdict('navigation', p);

  if (p >= threshold && !isProtectedProse(f)) return verdict(shapeReason(f), p);
  return verdict(contentReason(f), p);
}

const isRemoval = (label: Label) => label === 'promo' || label === 'boilerplate';
/** A lexicon hit whose reason removes its paragraph (a promo or boilerplate cue, not a caption or meta one). */
const isRemovalCue = (h: LexiconHit) => isRemoval(REASONS[h.reason].label);
/** A caption is a sentence or two; longer text before a credit line is body text. */
const CAPTION_MAX_WORDS = 40;

/** Words before a credit's cue that still make a bare credit: "imaginima/Getty Images". */
const CREDIT_LEAD_MAX_WORDS = 3;

/**
 * Is the credit line a bare credit ("Photo: Port of Antwerp", "imaginima/Getty Images"),
 * with at most a name or two before its cue? A caption that ends with its credit ("… on
 * the trail. Credit: Jessica Haist") is a caption whole, and the line before it is not
 * its caption.
 */
function isBareCredit(credit: ParagraphFacts): boolean {
  const text = credit.input.text.toLowerCase();
  return credit.hits.some((h) => {
    if (h.reason !== 'image-credit') return false;
    const lead = text.slice(0, Math.max(0, text.indexOf(h.cue.toLowerCase()))).trim();
    return lead === '' || lead.split(/\s+/).length <= CREDIT_LEAD_MAX_WORDS;
  });
}

/**
 * Is f, a content line just before the image credit `credit`, that image's caption? Not
 * when the credit is in a figure (that image has its own caption) or is itself a caption
 * ending with its credit, nor when f is a heading, a list item, fluent prose or a line of
 * links, nor when f has no words: that is the image itself ("Top photo by …" under it).
 */
function isCaptionBefore(f: ParagraphFacts, credit: ParagraphFacts): boolean {
  return !isInFigure(credit) && isBareCredit(credit) && f.stats.words > 0 && f.stats.words <= CAPTION_MAX_WORDS && !isProtectedProse(f) && !isHeadingTag(f) && !isListItemTag(f) && f.stats.linkDensity < 0.5;
}

/** Reasons whose heading takes its short lines with it: "Related stories" and the links under it. */
const SECTION_REASONS = new Set<ReasonCode>(['related-links', 'newsletter', 'subscription', 'social-follow', 'app-download', 'donation', 'comment-prompt', 'share-bar', 'advertisement']);

/**
 * A short line whose next block with words is fluent prose introduces that prose: a
 * book title or a step name over its paragraph, even after a promo heading that a page
 * slipped into the article ("Join my FREE course, sign up HERE!"). Linked or not: such
 * titles often link to a shop.
 */
function leadsIntoProse(facts: ParagraphFacts[], i: number): boolean {
  for (let j = i + 1; j < facts.length; j++) {
    if (facts[j]!.stats.words > 0) return isProtectedProse(facts[j]!);
  }
  return false;
}

/** A site menu is a few words a line: "Home", "Wine 101", "Links / Link to Us". */
const MENU_ITEM_MAX_WORDS = 5;
/** Fewer links than this at the top are as likely a lead's "see also" as a menu. */
const MENU_MIN_ITEMS = 4;
/** A link to a place on this page: a table of contents, which is part of the article. */
const IN_PAGE_LINK = /<a\b[^>]*\bhref\s*=\s*["']?#/i;

const isMenuItem = (f: ParagraphFacts) =>
  f.stats.words >= 1 && f.stats.words <= MENU_ITEM_MAX_WORDS && f.stats.linkDensity > 0.9 && !IN_PAGE_LINK.test(f.input.html);

/**
 * A site menu that Readability swept in above the article: the article opens (after
 * any bare images) with a run of MENU_MIN_ITEMS or more short lines that are all
 * links to other pages. One by one each looks like a list of link headlines, which
 * the model is rightly unsure of (wcxb-dev: 0.85-0.94 against its 0.948); together
 * and first, they are navigation. A table of contents links within the page and
 * stays.
 */
export function markLeadingMenu(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  let start = 0;
  while (start < facts.length && facts[start]!.stats.words === 0) start++;
  let end = start;
  while (end < facts.length && isMenuItem(facts[end]!)) end++;
  if (end - start < MENU_MIN_ITEMS) return verdicts;
  return verdicts.map((v, i) => (i >= start && i < end && v.label === 'content' ? verdict('navigation', v.score) : v));
}

/**
 * A menu a page prints twice (once for large screens, once for phones; a header menu
 * again in the footer): a short link line that repeats, word for word, a line already
 * removed as navigation elsewhere on the page is that menu again. Only whole-link lines
 * (isMenuItem) go, never headings: an article's own links and lists rarely repeat a
 * menu entry letter for letter.
 */
export function dropMenuRepeats(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  const menu = new Set<string>();
  verdicts.forEach((v, i) => { if (v.reason === 'navigation') menu.add(lineKey(facts[i]!)); });
  if (menu.size === 0) return verdicts;
  return verdicts.map((v, i) => {
    const f = facts[i]!;
    if (v.label !== 'content' || isHeadingTag(f) || !isMenuItem(f)) return v;
    return menu.has(lineKey(f)) ? verdict('navigation', v.score) : v;
  });
}

/** A line's text as its repeats are compared: trimmed, case ignored. */
const lineKey = (f: ParagraphFacts) => f.input.text.trim().toLowerCase();

/** How often one short link line must recur before it is a control, not an entry. */
const CONTROL_MIN_REPEATS = 3;
/** A control's label is a few words: "View in list", "Reply with quote", "Book now". */
const CONTROL_MAX_WORDS = 4;
/** A control's label opens with what it does; a repeated name ("Amazon", a forum user) is an entry. */
const CONTROL_VERB = /^(?:view|reply|book|learn|see|back|read|show|load|visit|shop|buy|order|get|go|open|download|watch|listen|explore|discover|compare|check|find|quote|report|like|share|print|save|add|remove|edit|close|expand|collapse|more)\b/i;

/**
 * The same short link printed under every entry of a listing ("View in list" under each
 * of ninety restaurants, "Reply with quote" under each post) is a control, not text:
 * an article names a link once. Whole-link lines of CONTROL_MAX_WORDS words or fewer,
 * the same text CONTROL_MIN_REPEATS times or more on the page; never headings.
 */
export function dropRepeatedControls(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  const isControl = (f: ParagraphFacts) => f.stats.words >= 1 && f.stats.words <= CONTROL_MAX_WORDS && f.stats.linkDensity > 0.9 && !isHeadingTag(f) && CONTROL_VERB.test(f.input.text.trim());
  // each control line's key, null for any other line: one test a line, not one for counting and one for marking
  const keys = facts.map((f) => (isControl(f) ? lineKey(f) : null));
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  return verdicts.map((v, i) => {
    const k = keys[i];
    return v.label === 'content' && k != null && counts.get(k)! >= CONTROL_MIN_REPEATS ? verdict('button', v.score) : v;
  });
}

/**
 * Second pass, with the neighbours' verdicts known:
 * - the short line just before an image credit is that image's caption (seed
 *   paragraphs carry no <figcaption>; the credit line is the clue), unless it is a
 *   heading, a list item (a list's last item before a chart's "Source:" line) or
 *   fluent prose of 30+ words (body text above a screenshot's "Source: Microsoft"),
 *   and not when the credit is in a figure: that image has its own caption;
 * - a short line between two removed paragraphs goes with them ("Follow us:"
 *   between two social links);
 * - short lines and links under a removed section heading ("More from this author",
 *   "Sign up for our newsletters") go with it, up to the next heading, except a short
 *   line that leads into fluent prose (leadsIntoProse).
 * Long fluent text is never removed for its neighbours alone.
 */
export function applyNeighbours(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  let section: Verdict | null = null;
  return verdicts.map((v, i) => {
    const prev = verdicts[i - 1];
    const next = verdicts[i + 1];
    const f = facts[i]!;
    // only a heading a phrase names ("Related stories"), not one the model guessed
    if (isHeadingTag(f)) section = isRemoval(v.label) && SECTION_REASONS.has(v.reason) && (f.strong.promo ?? f.strong.boilerplate) ? v : null;
    if (v.label !== 'content') return v;
    if (next?.reason === 'image-credit' && isCaptionBefore(f, facts[i + 1]!)) {
      return { label: 'caption', reason: 'figure-caption', score: v.score };
    }
    if (isHeadingTag(f) || isProtectedProse(f)) return v;
    const short = f.stats.words <= NEIGHBOUR_MAX_WORDS || f.stats.linkDensity > 0.5;
    if (section && short && !leadsIntoProse(facts, i)) return { ...section, score: v.score };
    if (!prev || !next || !isRemoval(prev.label) || !isRemoval(next.label)) return v;
    if (f.stats.words > NEIGHBOUR_MAX_WORDS) return v;
    return { ...prev, score: v.score };
  });
}

/** Code, data tables and quotations: never furniture by their position or by the box they sit in. */
const VERBATIM_TAGS: ReadonlySet<string> = new Set(['pre', 'table', 'blockquote']);
const isVerbatim = (f: ParagraphFacts) => VERBATIM_TAGS.has(f.input.dom?.tag ?? '');

/**
 * Class-name words of a box that is page furniture: one that sells (a call to action,
 * "post-cta-wrapper"; an offer; a cross-sell), signs up ("newsletter-signup", "optin"),
 * asks for a subscription or a donation, or a breadcrumb trail. Whole words of the
 * block's or its ancestors' class and id names, as blocks.ts splits them.
 */
const FURNITURE_BOX_REASON: ReadonlyMap<string, ReasonCode> = new Map<string, ReasonCode>([
  ['cta', 'advertisement'], ['offer', 'advertisement'], ['upsell', 'advertisement'], ['sell', 'advertisement'],
  ['newsletter', 'newsletter'], ['signup', 'newsletter'], ['optin', 'newsletter'],
  ['subscribe', 'subscription'], ['paywall', 'subscription'],
  ['donate', 'donation'], ['donation', 'donation'],
  ['breadcrumb', 'navigation'], ['breadcrumbs', 'navigation'],
]);
/** A box's heading, line or two: "Want to win more jobs with less effort?". */
const FURNITURE_BOX_MAX_WORDS = 25;
/** Boxes holding more of the article than this are the page itself (a landing page built of them). */
const FURNITURE_BOX_MAX_SHARE = 0.1;

/**
 * The reason the block's class words give it, if any. A word that is also in the
 * block's own text does not count: it is likely an anchor id made from that text (a
 * heading "How to start a newsletter" with id "how-to-start-a-newsletter").
 */
function furnitureBoxReason(f: ParagraphFacts): ReasonCode | undefined {
  let textWords: Set<string> | undefined;
  for (const token of f.input.dom?.classTokens ?? []) {
    const reason = FURNITURE_BOX_REASON.get(token);
    if (!reason) continue;
    textWords ??= new Set(f.input.text.toLowerCase().match(/\p{L}+/gu) ?? []);
    if (!textWords.has(token)) return reason;
  }
  return undefined;
}

/**
 * What `mark` says of each block, when the blocks it marks hold some of the article's
 * words but under FURNITURE_BOX_MAX_SHARE of them; null when none does, or when they
 * are the page (a landing page built of call-to-action sections, a profile page).
 */
function namedBoxes<T>(facts: ParagraphFacts[], mark: (f: ParagraphFacts) => T | undefined): (T | undefined)[] | null {
  let total = 0;
  let inBoxes = 0;
  const marks = facts.map((f) => {
    total += f.stats.words;
    const m = mark(f);
    if (m !== undefined) inBoxes += f.stats.words;
    return m;
  });
  return inBoxes === 0 || inBoxes >= total * FURNITURE_BOX_MAX_SHARE ? null : marks;
}

/**
 * The short lines of a furniture box that Readability swept into the article: the
 * heading and the line or two of a call to action ("Want to win more jobs with less
 * effort?", "Check Your Health"), a sign-up form's "Email Address", a breadcrumb's
 * crumbs, each too plain for the model on its own, but inside a block the page names
 * for what it is. Only when such boxes hold under a tenth of the article's words: on
 * a landing page built of them, they are what the page says. Code, tables, quotations
 * and images are left alone.
 */
export function dropFurnitureBoxes(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  const reasons = namedBoxes(facts, furnitureBoxReason);
  if (!reasons) return verdicts;
  return verdicts.map((v, i) => {
    const f = facts[i]!;
    const reason = reasons[i];
    // an image has no words, and a figure's text is already a caption
    if (!reason || v.label !== 'content' || f.stats.words === 0 || f.stats.words > FURNITURE_BOX_MAX_WORDS || isVerbatim(f)) return v;
    return verdict(reason, v.score);
  });
}

/** h1..h6 as 1..6; 0 for any other block. */
function headingLevel(f: ParagraphFacts): number {
  const tag = f.input.dom?.tag;
  return tag && /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
}

/** What a call to action's own lines are removed as: an ad or a promo, not a bare button or a menu. */
const CALL_TO_ACTION_REASONS = new Set<ReasonCode>(['advertisement', 'newsletter', 'subscription', 'donation', 'app-download', 'podcast-event', 'social-follow']);

/**
 * A heading this short with nothing at all after it, at the very end of the article, is
 * a title over something the page kept out of Readability's pick (a product carousel,
 * "Essentials for happy plants:", "How other merchants stack up", "What to read next…").
 * A longer one may be a closing sentence set as a heading, and stays.
 */
const LAST_TITLE_MAX_WORDS = 7;

/**
 * A heading whose whole section was removed goes with it: a title over nothing ("Stay
 * Updated" over a sign-up form, "Celoxis Offers a Tailored Pay-Per-Use Model" over
 * "Book A Demo"). The section runs to the next heading of the same or a higher level;
 * one with nothing in it is left alone, and so is a heading that is fluent prose. One
 * with a subheading of its own is left alone too, unless its own lines before that
 * subheading are all promos or ads (CALL_TO_ACTION_REASONS): then it is that call to
 * action's title ("Centralize, simplify, and scale your training with Easy LMS!" over
 * "Book a demo", then the offer's benefits as subheadings), and only the title goes.
 * On wcxb-dev's article pages such headings were 17 blocks aligned as not content, 2
 * ambiguous and none as content; the call-to-action titles, 1 not content and none
 * as content (with a button's line as well, a guide's real heading over a "See all"
 * button went too, so buttons are not among them). A short heading that is the
 * article's very last block with words goes too (LAST_TITLE_MAX_WORDS).
 */
export function dropOrphanHeadings(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  const levels = facts.map(headingLevel);
  let lastWithWords = facts.length - 1;
  while (lastWithWords >= 0 && facts[lastWithWords]!.stats.words === 0) lastWithWords--;
  return verdicts.map((v, i) => {
    const level = levels[i]!;
    if (!level || v.label !== 'content' || isProtectedProse(facts[i]!)) return v;
    let taken: Verdict | null = null;
    for (let j = i + 1; j < facts.length; j++) {
      const next = levels[j]!;
      if (next && next <= level) break;
      if (facts[j]!.stats.words === 0) continue;
      if (next) return taken && CALL_TO_ACTION_REASONS.has(taken.reason) ? { ...taken, score: v.score } : v;
      if (!isRemoval(verdicts[j]!.label)) return v;
      taken ??= verdicts[j]!;
    }
    if (taken) return { ...taken, score: v.score };
    // the article's last words: a title over a section the page did not let Readability have
    return i === lastWithWords && facts[i]!.stats.words <= LAST_TITLE_MAX_WORDS ? verdict('not-article-text', v.score) : v;
  });
}

/**
 * A template's placeholder text: "Lorem Ipsum", "Lorem ipsum 2", "Lorem ipsum dolor sit
 * amet, consectetur …", and the filler's later sentences ("Ut enim ad minim veniam,
 * quis nostrud exercitation …"), which use three or more of its rare Latin words.
 * Prose about it ("Lorem ipsum is a scrambled passage of Cicero") matches neither, and
 * a sample quoted as code or as a quotation is not asked.
 */
const PLACEHOLDER_TEXT = /^lorem ipsum(?: dolor sit amet\b| \d{1,3}$|$)/i;
const FILLER_WORDS = new Set(['dolor', 'amet', 'consectetur', 'adipiscing', 'adipisicing', 'eiusmod', 'incididunt', 'labore', 'dolore', 'aliqua', 'veniam', 'nostrud', 'exercitation', 'ullamco', 'laboris', 'aliquip', 'commodo', 'consequat', 'irure', 'reprehenderit', 'voluptate', 'cillum', 'fugiat', 'pariatur', 'excepteur', 'occaecat', 'cupidatat', 'proident', 'deserunt', 'mollit', 'laborum', 'perspiciatis', 'voluptatem', 'accusantium', 'doloremque', 'laudantium']);
const FILLER_MIN_WORDS = 3;
/**
 * Any one of FILLER_WORDS as a whole run of letters, as isPlaceholder counts them: one
 * scan of the text, so that ordinary paragraphs are not lower-cased and split into words.
 */
const ANY_FILLER_WORD = new RegExp(`(?<![a-z])(?:${[...FILLER_WORDS].join('|')})(?![a-z])`, 'i');
/** Paragraphs of real prose beside the placeholder text that make it a template's leftovers. */
const PLACEHOLDER_MIN_PROSE = 2;

function isPlaceholder(f: ParagraphFacts): boolean {
  const tag = f.input.dom?.tag;
  if (tag === 'pre' || tag === 'blockquote') return false;
  const text = f.input.text.trim();
  if (PLACEHOLDER_TEXT.test(text)) return true;
  if (!ANY_FILLER_WORD.test(text)) return false;
  const filler = new Set(text.toLowerCase().match(/[a-z]+/g)?.filter((w) => FILLER_WORDS.has(w)));
  return filler.size >= FILLER_MIN_WORDS;
}

/**
 * Placeholder text left in a real article (a hidden slide of the template under a
 * market report) is not article text, at any length. When the article is the
 * placeholder text itself, as on a theme's demo page or a test page (30 of
 * Readability's 130), it stays: it is what the page has to read. Real prose is
 * PLACEHOLDER_MIN_PROSE paragraphs of 30+ words that are not placeholder text.
 */
export function dropPlaceholderText(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  const placeholder = facts.map(isPlaceholder);
  if (!placeholder.includes(true)) return verdicts;
  let prose = 0;
  for (let i = 0; i < facts.length; i++) if (!placeholder[i] && verdicts[i]!.label === 'content' && isProtectedProse(facts[i]!)) prose++;
  if (prose < PLACEHOLDER_MIN_PROSE) return verdicts;
  return verdicts.map((v, i) => (placeholder[i] && v.label === 'content' ? verdict('not-article-text', v.score) : v));
}

/** Words a paragraph needs before its repeat counts as a copy: a short line ("Free trial") recurs on purpose. */
const DUPLICATE_MIN_WORDS = 10;
/**
 * How far back a copy's twin may be, in paragraphs with words: two, so that a part of
 * two paragraphs (a case study's title and its line) rendered twice is caught too.
 */
const DUPLICATE_WINDOW = 2;
/**
 * Blocks whose repeat is a second entry, not a copy: a reply quoting the post above
 * it, list items and table rows of a comparison, code, figures.
 */
const DUPLICATE_EXEMPT_TAGS: ReadonlySet<string> = new Set(['blockquote', 'pre', 'table', 'li', 'dt', 'dd', 'figure', 'figcaption']);

/**
 * A paragraph that repeats one of the two just before it, word for word, is a second
 * copy: themes render a part once for large screens and once for phones and the style
 * sheet hides one (lsc.gov's summary, howertonwhite.com's case studies), but
 * Readability reads no style sheet. The first copy stays. Only a kept paragraph after
 * its kept twin goes; a refrain further on, the repeat of a removed line, or placeholder
 * text that is the whole article (dropPlaceholderText keeps it) is left alone.
 */
export function dropRepeatedParagraphs(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  /** the last DUPLICATE_WINDOW paragraphs with words, oldest first */
  const window: number[] = [];
  return verdicts.map((v, i) => {
    const f = facts[i]!;
    if (f.stats.words === 0) return v;
    const text = mayBeCopy(f, v) ? f.input.text.toLowerCase() : null;
    const twin = text !== null && window.some((j) => verdicts[j]!.label === 'content' && facts[j]!.input.text.toLowerCase() === text);
    window.push(i);
    if (window.length > DUPLICATE_WINDOW) window.shift();
    // a page whose article is placeholder text (a theme's demo) repeats it on purpose
    return twin && !isPlaceholder(f) ? verdict('duplicate', v.score) : v;
  });
}

/** Could f, with verdict v, be a copy: kept, long enough, and of a tag whose repeats are not entries? */
function mayBeCopy(f: ParagraphFacts, v: Verdict): boolean {
  return v.label === 'content' && f.stats.words >= DUPLICATE_MIN_WORDS && !DUPLICATE_EXEMPT_TAGS.has(f.input.dom?.tag ?? '');
}

/**
 * Furniture that marks where an article has ended: a share bar, an author box, a
 * "Related articles" head, a sign-up or a "follow us" prompt, a copyright line.
 */
const END_FURNITURE_REASONS = new Set<ReasonCode>(['author-bio', 'share-bar', 'related-links', 'newsletter', 'social-follow', 'subscription', 'donation', 'app-download', 'copyright', 'tag-list']);
/**
 * A related-links line this short heads a section ("Related Posts:", "You might like");
 * a longer one is a teaser for one story ("Also read: How to Evaluate a Cloud Provider's
 * Security"), which pages set between an article's paragraphs as well as after them.
 */
const END_HEAD_MAX_WORDS = 5;
/**
 * Words the kept lines after the end furniture may hold together. A site's tail (the
 * author's name and title, a few headlines, "View All Plans") is short; more than about
 * a paragraph's worth is the article going on (a checklist, an FAQ), and stays.
 */
const END_TAIL_MAX_WORDS = 150;

/** Is f a paragraph of the article's own prose: fluent, 30+ words, not a heading, list item, figure, code or table? */
function isBodyProse(f: ParagraphFacts): boolean {
  return isProtectedProse(f) && !isHeadingTag(f) && !isListItemTag(f) && !isInFigure(f) && !isVerbatim(f);
}

/** End furniture that names the lines after it when it is a head: the author's name under "About the author". */
const HEADS_WHAT_FOLLOWS = new Set<ReasonCode>(['author-bio', 'related-links', 'tag-list', 'newsletter', 'subscription']);

/**
 * The reason the lines after the end furniture take when they have no cue of their own:
 * the head's ("Related posts:" over headlines), or none after a prompt or a share bar,
 * whose lines are then named by their own shape.
 */
function headReason(f: ParagraphFacts, v: Verdict): ReasonCode | null {
  return f.stats.words <= END_HEAD_MAX_WORDS && HEADS_WHAT_FOLLOWS.has(v.reason) ? v.reason : null;
}

function isEndFurniture(f: ParagraphFacts, v: Verdict): boolean {
  // a menu printed inline after the article ("Sie suchen: A / B / C / …") ends it as a
  // share bar does; other navigation lines (a breadcrumb, a category link) end nothing
  if (v.reason === 'navigation' && isLinkRow(f)) return true;
  if (!isRemoval(v.label) || !END_FURNITURE_REASONS.has(v.reason) || f.stats.words === 0) return false;
  return v.reason !== 'related-links' || f.stats.words <= END_HEAD_MAX_WORDS;
}

/** Full stop, ellipsis, ideographic full stop: how a sentence of prose ends (promos end on "!" or "?"). */
const FULL_STOPS: ReadonlySet<number> = new Set([0x2e, 0x2026, 0x3002]);

/**
 * A line that reads as the article's prose: a sentence ending with a full stop (a
 * bullet point too), not a heading or a link, with no promo or boilerplate cue of its
 * own ("Der Betreiber kündigte an, in Berufung zu gehen.", not "Thanks for visiting!").
 */
function isProseLine(f: ParagraphFacts): boolean {
  return !isHeadingTag(f) && f.stats.linkDensity < 0.5 && FULL_STOPS.has(finalMark(f.input.text.trimEnd())) && !f.hits.some(isRemovalCue);
}

/**
 * After the article's last paragraph of prose, the first piece of end furniture (a share
 * bar, "About the author", "Related articles", a sign-up prompt, an inline menu) is
 * where the article ends: the short lines after it (the author's name and title, the
 * headlines under the head, "View All Plans") go with it, one by one each too unlike a
 * promo for the model. Not when they hold more than END_TAIL_MAX_WORDS between them or
 * a sentence of prose (the article goes on: a checklist, an FAQ, news in short
 * paragraphs after a sign-up box), and never code, tables or quotations. On wcxb-dev's
 * article pages (the dataset re-scored) this removes 63 blocks aligned as not content, 2
 * ambiguous and 7 aligned as content, on two pages whose gold keeps a related list
 * ("See also:") and a podcaster's own promos; on the other pages 52 not content, 3
 * ambiguous and none content. The inline menu added one more not-content block and
 * nothing else; any navigation line as end furniture would have taken 2 content blocks
 * (forum replies under a thread's links) and 1 `with` snippet.
 */
export function dropTailAfterEndFurniture(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  let lastProse = -1;
  for (let i = 0; i < facts.length; i++) if (verdicts[i]!.label === 'content' && isBodyProse(facts[i]!)) lastProse = i;
  if (lastProse < 0) return verdicts;
  let end = -1;
  for (let i = lastProse + 1; i < facts.length && end < 0; i++) if (isEndFurniture(facts[i]!, verdicts[i]!)) end = i;
  if (end < 0) return verdicts;
  const inTail = (i: number) => i > end && verdicts[i]!.label === 'content' && facts[i]!.stats.words > 0;
  let tailWords = 0;
  for (let i = end + 1; i < facts.length; i++) if (inTail(i)) tailWords += facts[i]!.stats.words;
  if (tailWords > END_TAIL_MAX_WORDS) return verdicts;
  // Wire-style news runs on in short paragraphs after a mid-article sign-up box: a
  // sentence in the tail means the article goes on.
  for (let i = end + 1; i < facts.length; i++) if (inTail(i) && isProseLine(facts[i]!)) return verdicts;
  const head = headReason(facts[end]!, verdicts[end]!);
  return verdicts.map((v, i) => {
    const f = facts[i]!;
    if (!inTail(i) || isProtectedProse(f) || isVerbatim(f)) return v;
    const own = firstHit(f, f.hits.filter(isRemovalCue));
    return verdict(own?.reason ?? head ?? shapeReason(f), v.score);
  });
}

/** A closing bio is a paragraph or two: longer, and it is the article's own text. */
const CLOSING_BIO_MAX_WORDS = 150;
/** Paragraphs of prose before it that make it the close of an article, not the page's whole text. */
const CLOSING_BIO_MIN_PROSE = 2;

/**
 * The article's last paragraph (headings aside), when it opens as an author's bio
 * ("Mirel Zaman is the health and fitness director at PS. She has …", "Anna Müller ist
 * Redakteurin …"; opensAsBio in lexicon.ts), is the author box, however fluent it reads:
 * the reader has the byline. Only the last paragraph: in the body the same words
 * introduce a source. Not on a page whose prose it is (an "About" page), nor in a list,
 * a figure, code, a table or a quotation.
 */
export function dropClosingBio(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  let last = -1;
  for (let i = facts.length - 1; i >= 0 && last < 0; i--) {
    if (verdicts[i]!.label === 'content' && facts[i]!.stats.words > 0 && !isHeadingTag(facts[i]!)) last = i;
  }
  if (last < 0) return verdicts;
  const f = facts[last]!;
  if (isListItemTag(f) || isInFigure(f) || isVerbatim(f) || f.stats.words > CLOSING_BIO_MAX_WORDS) return verdicts;
  if (!opensAsBio(f.input.text.trim())) return verdicts;
  let prose = 0;
  for (let i = 0; i < last; i++) if (verdicts[i]!.label === 'content' && isBodyProse(facts[i]!)) prose++;
  if (prose < CLOSING_BIO_MIN_PROSE) return verdicts;
  return verdicts.map((v, i) => (i === last ? verdict('author-bio', v.score) : v));
}

/** Class and id words of an author box: "author-bio", "about-author", "contributor-box". */
const AUTHOR_BOX_WORDS: ReadonlySet<string> = new Set(['author', 'authors', 'bio', 'biography', 'contributor']);

const inAuthorBox = (f: ParagraphFacts) => (f.input.dom?.classTokens ?? []).some((t) => AUTHOR_BOX_WORDS.has(t));

/**
 * An author box after the article's last paragraph of prose: the author's name, title
 * and bio ("Dr Marna van der Merwe", "Research & Insights Lead", "… is a published
 * author …"), in a block the page names for its author. Each line reads plainly, and a
 * bio reads as fluent prose; after the article, in such a box, they are the box. The
 * last paragraph of prose is counted outside author boxes, and needs CLOSING_BIO_MIN_PROSE
 * of them; such boxes must hold under a tenth of the article's words (a profile page is
 * its bio); each line at most CLOSING_BIO_MAX_WORDS; never code, tables or quotations.
 * On wcxb-dev: 60 blocks aligned as not content, 1 ambiguous, none content.
 */
export function dropClosingAuthorBox(facts: ParagraphFacts[], verdicts: Verdict[]): Verdict[] {
  const boxed = namedBoxes(facts, (f) => (inAuthorBox(f) ? true : undefined));
  if (!boxed) return verdicts;
  let prose = 0;
  let lastProse = -1;
  facts.forEach((f, i) => {
    if (boxed[i] || verdicts[i]!.label !== 'content' || !isBodyProse(f)) return;
    prose++;
    lastProse = i;
  });
  if (prose < CLOSING_BIO_MIN_PROSE) return verdicts;
  return verdicts.map((v, i) => {
    const f = facts[i]!;
    if (i <= lastProse || !boxed[i] || v.label !== 'content') return v;
    if (f.stats.words === 0 || f.stats.words > CLOSING_BIO_MAX_WORDS || isVerbatim(f)) return v;
    return verdict('author-bio', v.score);
  });
}
