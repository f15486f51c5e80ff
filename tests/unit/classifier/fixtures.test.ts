// The seed fixtures (seeds/*.txt) and their hand labels (seeds/*.labels.json).
//
// (a) The data: every seed parses, every labels file matches its seed paragraph
//     for paragraph, every label is a valid label:reason pair of REASONS, the
//     fixtures together cover every non-content reason in at least three
//     languages and content in all seven, and the coverage table in
//     seeds/README.md is the one computed here.
// (b) The spec: the classifier gives each paragraph its hand label (and, for
//     non-content paragraphs, its reason). One test per paragraph, named by file,
//     paragraph number (from 1, as the CLI counts) and text.
//
// The classifier is imported lazily in (b), so that a classifier that does not
// load fails (b) and still lets (a) check the data.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseSeed, seedParagraph } from '../../../src/seed/read-seed.ts';
import { REASONS, REASON_CODES, type ReasonCode } from '../../../src/shared/reasons.ts';
import type { Verdict } from '../../../src/shared/types.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const ORIGINAL = '000_0b3389d327c9b584';
const ORIGINAL_LABELS = [...Array<string>(12).fill('content:body'), 'promo:newsletter', 'boilerplate:copyright'];

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
type Language = (typeof LANGUAGES)[number];
const MIN_LANGUAGES_PER_REASON = 3;

/** Reasons a human gives that the fixtures must cover: everything but the content ones and the model's catch-all. */
const REASONS_TO_COVER: ReasonCode[] = REASON_CODES.filter(
  (r) => REASONS[r].label !== 'content' && r !== 'not-article-text',
);
/** Reasons a hand label may never use: the model's catch-all, and the user-rule reason. */
const NOT_HAND_REASONS = new Set<string>(['not-article-text', 'kept-by-rule']);

/** NNN_<lang>-<topic>: three digits, a language of LANGUAGES, a lower-case topic. */
const NAME = /^(\d{3})_([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Fixture {
  name: string;
  lang: Language | null;
  paragraphs: string[] | null;
  parseError: string | null;
  labels: unknown;
  labelsError: string | null;
}

function loadFixtures(): Fixture[] {
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file): Fixture => {
    const name = file.slice(0, -'.txt'.length);
    const m = NAME.exec(name);
    const lang = m && (LANGUAGES as readonly string[]).includes(m[2]!) ? (m[2] as Language) : null;
    let paragraphs: string[] | null = null;
    let parseError: string | null = null;
    try {
      paragraphs = parseSeed(readFileSync(SEEDS_DIR + file, 'utf8'));
    } catch (e) {
      parseError = e instanceof Error ? e.message : String(e);
    }
    let labels: unknown = null;
    let labelsError: string | null = null;
    try {
      labels = JSON.parse(readFileSync(`${SEEDS_DIR}${name}.labels.json`, 'utf8'));
    } catch (e) {
      labelsError = e instanceof Error ? e.message : String(e);
    }
    return { name, lang, paragraphs, parseError, labels, labelsError };
  });
}

const FIXTURES = loadFixtures();

/** A fixture's labels as strings; [] when the file is missing or not an array of strings. */
function labelsOf(fx: Fixture): string[] {
  return Array.isArray(fx.labels) && fx.labels.every((l) => typeof l === 'string') ? (fx.labels as string[]) : [];
}

/** Why a hand label is not acceptable, or null when it is. */
function labelProblem(entry: string): string | null {
  const m = /^([a-z]+):([a-z-]+)$/.exec(entry);
  if (!m) return `"${entry}" is not label:reason`;
  const [, label, reason] = m as unknown as [string, string, string];
  if (!Object.hasOwn(REASONS, reason)) return `"${reason}" is not a reason code of REASONS`;
  const expected = REASONS[reason as ReasonCode].label;
  if (label !== expected) return `"${entry}": reason ${reason} has label ${expected}, not ${label}`;
  if (NOT_HAND_REASONS.has(reason)) return `"${entry}": ${reason} is not a reason a hand label gives`;
  if (label === 'content' && reason !== 'body') return `"${entry}": seed paragraphs carry no tags, so content is content:body`;
  return null;
}

type Coverage = Map<string, Map<Language, number>>;

/** Paragraph counts per reason and language, from the fixtures with a language in their name. */
function coverage(fixtures: Fixture[]): Coverage {
  const table: Coverage = new Map();
  for (const fx of fixtures) {
    if (!fx.lang) continue;
    for (const entry of labelsOf(fx)) {
      const reason = entry.slice(entry.indexOf(':') + 1);
      const row = table.get(reason) ?? new Map<Language, number>();
      row.set(fx.lang, (row.get(fx.lang) ?? 0) + 1);
      table.set(reason, row);
    }
  }
  return table;
}

/** The coverage table of seeds/README.md: paragraphs per reason and language ("·" for none). */
function coverageTable(cov: Coverage): string {
  const rows = [
    `| label:reason | ${LANGUAGES.join(' | ')} | languages |`,
    `|---|${LANGUAGES.map(() => '--:').join('|')}|--:|`,
  ];
  for (const reason of ['body' as ReasonCode, ...REASONS_TO_COVER]) {
    const row = cov.get(reason);
    const cells = LANGUAGES.map((l) => String(row?.get(l) ?? '·'));
    rows.push(`| ${REASONS[reason].label}:${reason} | ${cells.join(' | ')} | ${row?.size ?? 0} |`);
  }
  const paragraphs = LANGUAGES.map((l) => String([...cov.values()].reduce((s, row) => s + (row.get(l) ?? 0), 0)));
  const files = LANGUAGES.map((l) => String(FIXTURES.filter((f) => f.lang === l).length));
  rows.push(`| *paragraphs* | ${paragraphs.join(' | ')} | |`);
  rows.push(`| *fixtures* | ${files.join(' | ')} | |`);
  return rows.join('\n');
}

const clip = (s: string, n = 70) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

describe('seed fixtures: the data', () => {
  test('there are fixtures besides the original seed', () => {
    expect(FIXTURES.map((f) => f.name)).toContain(ORIGINAL);
    expect(FIXTURES.filter((f) => f.lang !== null).length).toBeGreaterThanOrEqual(14);
  });

  test('every file name is the original seed or NNN_<lang>-<topic> with a known language, numbers unique', () => {
    const bad = FIXTURES.filter((f) => f.name !== ORIGINAL && f.lang === null).map((f) => f.name);
    expect(bad, `names not of the form NNN_<${LANGUAGES.join('|')}>-<topic>`).toEqual([]);
    const numbers = FIXTURES.map((f) => f.name.slice(0, 3));
    expect(numbers.filter((n, i) => numbers.indexOf(n) !== i), 'duplicate fixture numbers').toEqual([]);
  });

  test('every labels file has its seed', () => {
    const seeds = new Set(FIXTURES.map((f) => f.name));
    const orphans = readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.labels.json'))
      .map((f) => f.slice(0, -'.labels.json'.length))
      .filter((name) => !seeds.has(name));
    expect(orphans).toEqual([]);
  });

  test.each(FIXTURES.map((fx) => [fx.name, fx] as const))('%s: parses, and its labels match it', (_name, fx) => {
    expect(fx.parseError, 'the seed does not parse').toBeNull();
    expect(fx.labelsError, `${fx.name}.labels.json is missing or not JSON`).toBeNull();
    expect(Array.isArray(fx.labels) && fx.labels.every((l) => typeof l === 'string'), 'labels: an array of strings').toBe(true);
    const labels = labelsOf(fx);
    expect(labels.length, `${fx.name}.labels.json has ${labels.length} entries, the seed ${fx.paragraphs!.length} paragraphs`)
      .toBe(fx.paragraphs!.length);
    const problems = labels.map((l, i) => [i + 1, labelProblem(l)] as const).filter(([, p]) => p !== null);
    expect(problems.map(([n, p]) => `¶${n}: ${p}`)).toEqual([]);
    expect(labels.some((l) => l.startsWith('content:')), 'an article has content').toBe(true);
  });

  test('the original seed keeps its labels: 12 content paragraphs, a newsletter promo, a copyright line', () => {
    const original = FIXTURES.find((f) => f.name === ORIGINAL)!;
    expect(labelsOf(original)).toEqual(ORIGINAL_LABELS);
  });

  test(`every non-content reason is covered in at least ${MIN_LANGUAGES_PER_REASON} languages`, () => {
    const cov = coverage(FIXTURES);
    const thin = REASONS_TO_COVER
      .map((r) => [r, [...(cov.get(r)?.keys() ?? [])]] as const)
      .filter(([, langs]) => langs.length < MIN_LANGUAGES_PER_REASON)
      .map(([r, langs]) => `${r}: ${langs.length ? langs.join(', ') : 'none'}`);
    expect(thin).toEqual([]);
  });

  test('content is covered in all seven languages', () => {
    const langs = [...(coverage(FIXTURES).get('body')?.keys() ?? [])];
    expect(LANGUAGES.filter((l) => !langs.includes(l))).toEqual([]);
  });

  test('the coverage table in seeds/README.md is true (if not, paste the expected table between its markers)', () => {
    const readme = readFileSync(SEEDS_DIR + 'README.md', 'utf8');
    const m = /<!-- coverage:start -->\n([\s\S]*?)\n<!-- coverage:end -->/.exec(readme);
    expect(m, 'seeds/README.md has <!-- coverage:start --> … <!-- coverage:end --> markers').not.toBeNull();
    expect(m![1]!.trim()).toBe(coverageTable(coverage(FIXTURES)));
  });
});

describe('seed fixtures: the classifier gives the hand labels', () => {
  let classify: (paragraphs: ReturnType<typeof seedParagraph>[]) => Verdict[];
  beforeAll(async () => {
    const mod = await import('../../../src/classifier/index.ts');
    classify = (p) => mod.classifyParagraphs(p);
  });

  // only fixtures whose data is sound; (a) reports the others
  const usable = FIXTURES.filter((fx) => fx.paragraphs && labelsOf(fx).length === fx.paragraphs.length);

  describe.each(usable.map((fx) => [fx.name, fx] as const))('%s', (_name, fx) => {
    const paragraphs = fx.paragraphs!;
    const expected = labelsOf(fx);
    let verdicts: Verdict[] = [];
    beforeAll(() => {
      verdicts = classify(paragraphs.map((html) => seedParagraph(html)));
    });

    test('one verdict per paragraph', () => {
      expect(verdicts.length).toBe(paragraphs.length);
    });

    // [title, index]: %s prints the title whole (an object's $field would be cut at 40 characters)
    const rows = paragraphs.map((html, i) =>
      [`¶${i + 1} ${expected[i]} ← ${JSON.stringify(clip(seedParagraph(html).text))}`, i] as const);
    test.each(rows)('%s', (_title, i) => {
      const want = expected[i]!;
      const v = verdicts[i];
      expect(v, 'no verdict').toBeDefined();
      const got = `${v!.label}:${v!.reason}`;
      if (want.startsWith('content:')) {
        // content: the label is the spec; the reason (body, quote, …) is the classifier's to choose
        expect(v!.label, `got ${got} (score ${v!.score.toFixed(2)})`).toBe('content');
      } else {
        expect(got, `score ${v!.score.toFixed(2)}`).toBe(want);
      }
    });
  });
});
