// Training labels for Readability's output blocks, by aligning each block with the
// page's human gold (wcxb-dev main_content and `without` snippets).
//
// The rule (tokens and shingles as in metrics.ts):
//
//  1. A block with no token (an image, a rule) is "ambiguous" (why: empty).
//  2. A block of SHORT_BLOCK_TOKENS (4) tokens or more is scored by coverage: the
//     share of its 4-token shingles found in the gold's shingle SET (presence, not
//     multiset: a sentence repeated by the page still counts).
//       coverage >= CONTENT_MIN_COVERAGE (0.8)          -> content           (why: covered)
//       coverage <= NOT_CONTENT_MAX_COVERAGE (0.2)      -> not-content       (why: without
//                                                          when it matches a `without`
//                                                          snippet, else absent)
//       in between                                      -> ambiguous         (why: partial)
//  3. A shorter block (1–3 tokens: "Share", "Related posts", a short heading) has
//     one shingle at most and a chance match says little, so:
//       its text is a whole line of main_content        -> content           (why: gold-line)
//       it matches a `without` snippet                  -> not-content       (why: without)
//       its token run occurs nowhere in main_content     -> not-content       (why: absent)
//       else (occurs inside a gold line)                 -> ambiguous         (why: short)
//     Absence is reliable even for a short block; presence is not.
//  4. Page level: when Readability's blocks cover less than
//     WRONG_REGION_MAX_RECALL (0.3) of the shingles of the gold's lines, Readability took the
//     wrong part of the page (comments, a listing, another story…). Its blocks
//     are not article content, but many look like it and no paragraph classifier
//     could tell, so its not-content/absent blocks become ambiguous (why:
//     wrong-region) and training skips them. Blocks matching a `without` snippet
//     (boilerplate a person named) stay not-content; content blocks stay content.
//
// A block "matches a `without` snippet" when, white space collapsed and case
// ignored, the two texts are equal, or the snippet (of 3+ tokens) occurs as a token
// run inside the block, or the block (of 2+ tokens) occurs as a token run inside
// the snippet. Single-word snippets ("Home") only match a block that is that word.
import { collapseWhitespace, shingles, tokenize, SHINGLE_SIZE } from './metrics.ts';

export const SHORT_BLOCK_TOKENS = SHINGLE_SIZE;
export const CONTENT_MIN_COVERAGE = 0.8;
export const NOT_CONTENT_MAX_COVERAGE = 0.2;
export const WRONG_REGION_MAX_RECALL = 0.3;

export type AlignedLabel = 'content' | 'not-content' | 'ambiguous';
export type AlignWhy =
  | 'covered' | 'gold-line'
  | 'without' | 'absent'
  | 'partial' | 'short' | 'empty' | 'wrong-region';

export interface BlockAlignment {
  label: AlignedLabel;
  why: AlignWhy;
  /** share of the block's shingles found in the gold (short blocks: 1 when their token run occurs in it, else 0) */
  coverage: number;
  tokens: number;
  /** the `without` snippet the block matches, if any (kept even when coverage wins) */
  withoutMatch: string | null;
}

export interface PageAlignment {
  blocks: BlockAlignment[];
  /** share of the gold's shingles (as a set) found in the blocks together */
  readabilityRecall: number;
  wrongRegion: boolean;
}

export interface Gold {
  mainContent: string;
  without: readonly string[];
}

interface PreparedGold {
  /** shingles of the whole main_content (across its paragraph breaks: a block may span two gold paragraphs) */
  shingleSet: Set<string>;
  /** shingles of each main_content line on its own (what blocks can reproduce), for Readability's recall */
  lineShingleSet: Set<string>;
  /** the gold's tokens joined by single spaces, wrapped in spaces, for token-run search */
  tokenLine: string;
  /** each non-empty line of main_content, collapsed */
  lines: Set<string>;
  without: { text: string; tokens: string[]; line: string }[];
}

const fold = (s: string): string => collapseWhitespace(s).toLowerCase();
const asLine = (tokens: readonly string[]): string => ` ${tokens.join(' ')} `;

function prepare(gold: Gold): PreparedGold {
  const tokens = tokenize(gold.mainContent);
  const lineShingleSet = new Set<string>();
  for (const line of gold.mainContent.split('\n')) for (const k of shingles(tokenize(line)).keys()) lineShingleSet.add(k);
  return {
    shingleSet: new Set(shingles(tokens).keys()),
    lineShingleSet,
    tokenLine: asLine(tokens),
    lines: new Set(gold.mainContent.split('\n').map(collapseWhitespace).filter((l) => l !== '')),
    without: gold.without
      .map((text) => {
        const t = tokenize(text).map((x) => x.toLowerCase());
        return { text, tokens: t, line: asLine(t) };
      })
      .filter((w) => w.tokens.length > 0),
  };
}

function matchWithout(text: string, tokens: readonly string[], g: PreparedGold): string | null {
  const f = fold(text);
  const lower = tokens.map((t) => t.toLowerCase());
  const line = asLine(lower);
  for (const w of g.without) {
    if (fold(w.text) === f) return w.text;
    if (lower.length > 0 && w.tokens.join(' ') === lower.join(' ')) return w.text;
    if (w.tokens.length >= 3 && line.includes(w.line)) return w.text;
    if (lower.length >= 2 && w.line.includes(line)) return w.text;
  }
  return null;
}

function alignOne(text: string, g: PreparedGold): BlockAlignment {
  const tokens = tokenize(text);
  const withoutMatch = tokens.length === 0 ? null : matchWithout(text, tokens, g);
  const base = { tokens: tokens.length, withoutMatch };
  if (tokens.length === 0) return { ...base, label: 'ambiguous', why: 'empty', coverage: 0 };
  if (tokens.length < SHORT_BLOCK_TOKENS) {
    const present = g.tokenLine.includes(asLine(tokens));
    const coverage = present ? 1 : 0;
    if (g.lines.has(collapseWhitespace(text))) return { ...base, label: 'content', why: 'gold-line', coverage };
    if (withoutMatch !== null) return { ...base, label: 'not-content', why: 'without', coverage };
    if (!present) return { ...base, label: 'not-content', why: 'absent', coverage };
    return { ...base, label: 'ambiguous', why: 'short', coverage };
  }
  const sh = shingles(tokens);
  let n = 0, hit = 0;
  for (const [k, c] of sh) {
    n += c;
    if (g.shingleSet.has(k)) hit += c;
  }
  const coverage = hit / n;
  if (coverage >= CONTENT_MIN_COVERAGE) return { ...base, label: 'content', why: 'covered', coverage };
  if (coverage <= NOT_CONTENT_MAX_COVERAGE) {
    return { ...base, label: 'not-content', why: withoutMatch !== null ? 'without' : 'absent', coverage };
  }
  return { ...base, label: 'ambiguous', why: 'partial', coverage };
}

/** Aligns a page's blocks (in order) with its gold. */
export function alignBlocks(blockTexts: readonly string[], gold: Gold): PageAlignment {
  const g = prepare(gold);
  const blocks = blockTexts.map((t) => alignOne(t, g));
  // Readability's recall: the gold's per-line shingles found in the per-block shingles, as
  // sets (shingles across a paragraph break are left out on both sides).
  const out = new Set<string>();
  for (const t of blockTexts) for (const k of shingles(tokenize(t)).keys()) out.add(k);
  let found = 0;
  for (const k of g.lineShingleSet) if (out.has(k)) found++;
  const readabilityRecall = g.lineShingleSet.size === 0 ? 0 : found / g.lineShingleSet.size;
  const wrongRegion = g.lineShingleSet.size > 0 && readabilityRecall < WRONG_REGION_MAX_RECALL;
  if (wrongRegion) {
    for (const b of blocks) {
      if (b.label === 'not-content' && b.why === 'absent') {
        b.label = 'ambiguous';
        b.why = 'wrong-region';
      }
    }
  }
  return { blocks, readabilityRecall, wrongRegion };
}

export type LabelCounts = Record<AlignedLabel, number> & { byWhy: Record<string, number> };

export function countLabels(alignments: Iterable<Pick<BlockAlignment, 'label' | 'why'>>): LabelCounts {
  const c: LabelCounts = { content: 0, 'not-content': 0, ambiguous: 0, byWhy: {} };
  for (const a of alignments) {
    c[a.label]++;
    const k = `${a.label}/${a.why}`;
    c.byWhy[k] = (c.byWhy[k] ?? 0) + 1;
  }
  return c;
}
