// The built command line (dist/node/article-cleaner.mjs), run as a user runs it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBundle, FIXTURE_PAGES, PROJECT_ROOT } from '../node/built.ts';

const cli = builtBundle('article-cleaner.mjs');
const SEED = path.join(PROJECT_ROOT, 'seeds', '000_0b3389d327c9b584.txt');
const CP1252_PAGE = path.join(FIXTURE_PAGES, 'cp1252-news.html');
const BOM_PAGE = path.join(FIXTURE_PAGES, 'utf8-bom-news.html');
const MANIFEST = path.join(FIXTURE_PAGES, 'manifest.tsv');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 2 ** 20,
    }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

interface PageRecord {
  file: string;
  url: string;
  ok: boolean;
  title: string | null;
  byline: string | null;
  lang: string | null;
  text: string;
  paragraphs: { text: string; label: string; reason: string }[];
  ms: number;
  error: string | null;
}

const RECORD_KEYS = ['file', 'url', 'ok', 'title', 'byline', 'lang', 'text', 'paragraphs', 'ms', 'error'];

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-cleaner-cli-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('article-cleaner classify', () => {
  it('prints each paragraph of a seed with its label and reason', async () => {
    const { code, stdout, stderr } = await run(['classify', SEED]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(SEED);
    expect(lines.filter((line) => /^\s+\d+ \w+\/[\w-]+\s+\S/.test(line))).toHaveLength(14);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}13 promo\/newsletter\s+World Cup winner Jürgen Klinsmann invites you/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}14 boilerplate\/[\w-]+\s+© 2022 BBC\. The BBC is not responsible/));
  });

  it('prints JSON with --json, paragraphs numbered from 1 as in the text output', async () => {
    const { code, stdout } = await run(['classify', '--json', SEED]);
    expect(code).toBe(0);
    const [seed, ...rest] = JSON.parse(stdout) as {
      file: string; ok: boolean; error: string | null;
      paragraphs: { index: number; text: string; html: string; label: string; reason: string; score: number }[];
    }[];
    expect(rest).toEqual([]);
    expect(seed!).toMatchObject({ file: SEED, ok: true, error: null });
    expect(seed!.paragraphs.map((p) => p.index)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    for (const p of seed!.paragraphs) expect(p.score).toBeGreaterThanOrEqual(0), expect(p.score).toBeLessThanOrEqual(1);

    const [first] = seed!.paragraphs;
    expect(first!.html).toMatch(/^<b class="ssrcss-hmf8ql-BoldText e5tfeyi3">The top official/);
    expect(first!.text).toBe('The top official tasked with overseeing US border security says he has been asked to resign or be fired.');

    const newsletter = seed!.paragraphs[12]!;
    expect(newsletter).toMatchObject({ index: 13, label: 'promo', reason: 'newsletter' });
    expect(newsletter.text).toBe('World Cup winner Jürgen Klinsmann invites you to subscribe to his daily World Cup newsletter.');

    const copyright = seed!.paragraphs[13]!;
    expect(copyright).toMatchObject({ index: 14, label: 'boilerplate' });
    expect(copyright.html).toContain('<a href="https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links"');
    expect(copyright.text).toBe('© 2022 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.');
  });

  it('names the file, line and column of a malformed seed, exits 1, and still does the other files', async () => {
    const bad = path.join(tmp, 'bad-seed.txt');
    fs.writeFileSync(bad, "['first paragraph',\n 'second, never closed]\n");
    const text = await run(['classify', bad, SEED]);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(`${bad}: error: line 2, column 2: unterminated string (no closing ' before end of line)\n`);
    expect(text.stdout).toContain('World Cup winner');

    const json = await run(['classify', '--json', bad, SEED]);
    expect(json.code).toBe(1);
    const [badSeed, goodSeed] = JSON.parse(json.stdout) as { file: string; ok: boolean; error: string | null; paragraphs: unknown[] }[];
    expect(badSeed).toEqual({ file: bad, ok: false, paragraphs: [], error: expect.stringMatching(/^line 2, column 2: /) });
    expect(goodSeed!.ok).toBe(true);
  });
});

describe('article-cleaner extract', () => {
  it('prints one JSON line per page, in input order, with the article text decoded right', async () => {
    const { code, stdout, stderr } = await run(['extract', '--format', 'jsonl', CP1252_PAGE, BOM_PAGE]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const records = jsonLines(stdout) as unknown as PageRecord[];
    expect(records).toHaveLength(2);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(RECORD_KEYS);
      expect(record).toMatchObject({ ok: true, error: null, url: 'http://fakehost/test/page.html' });
      expect(record.ms).toBeGreaterThan(0);
      // No mojibake: no replacement characters, no C1 controls, no UTF-8 read as Latin-1.
      expect(record.text).not.toMatch(/[\ufffd\x80-\x9f]|Ã|â€/);
    }
    const [cafe, ferry] = records;

    expect(cafe!.file).toBe(CP1252_PAGE);
    expect(cafe!.title).toBe('Montréal café wins national prize for a kitchen with no bin – The Riverside Gazette');
    expect(cafe!.byline).toBe('Hélène Côté');
    expect(cafe!.lang).toBe('fr-CA');
    expect(cafe!.text).toContain('A small café in Montréal’s Plateau district has won this year’s national award for sustainable restaurants');
    expect(cafe!.text).toContain('priced at €4 on the tourist menu and $5 for regulars.');
    expect(cafe!.text).toContain('a third of its takeaway customers – most of whom, Ms Bélanger admits, have since come back.');
    expect(cafe!.text).toContain('They also intend to publish their supplier list so that other cafés on the street can copy it.');
    // paragraphs of the article, separated by blank lines
    expect(cafe!.text).toContain('come back.\n\nThe prize comes with a grant');

    expect(ferry!.file).toBe(BOM_PAGE);
    expect(ferry!.title).toBe('Ærø ferry returns after two-year rebuild');
    expect(ferry!.lang).toBe('en-GB');
    expect(ferry!.text.startsWith('The electric ferry that links the Danish island of Ærø to the mainland')).toBe(true);
    expect(ferry!.text).toContain('“It feels like the island has been reconnected to the world,” said Søren Møller');

    for (const record of records) {
      // text holds content paragraphs only, and says so in paragraphs[]
      const content = record.paragraphs.filter((p) => p.label === 'content').map((p) => p.text);
      expect(record.text).toBe(content.filter((t) => t !== '').join('\n\n'));
      // the newsletter promo and the copyright line are found and kept out of the text
      const promo = record.paragraphs.find((p) => /newsletter/.test(p.text));
      const copyright = record.paragraphs.find((p) => p.text.includes('All rights reserved'));
      expect(promo).toMatchObject({ label: 'promo', reason: 'newsletter' });
      expect(copyright).toMatchObject({ label: 'boilerplate', reason: 'copyright' });
      expect(record.text).not.toContain('newsletter');
      expect(record.text).not.toContain('All rights reserved');
    }
  });

  it('prints title, byline, the kept paragraphs and a removed summary as text', async () => {
    const { code, stdout } = await run(['extract', CP1252_PAGE]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `==> ${CP1252_PAGE} <==`,
      'Montréal café wins national prize for a kitchen with no bin – The Riverside Gazette',
      'Hélène Côté',
    ]);
    expect(lines).toContain('The prize comes with a grant of 25,000 dollars, which the pair plan to spend on a second-hand dishwasher efficient enough to replace paper cups for good. They also intend to publish their supplier list so that other cafés on the street can copy it.');
    expect(stdout).not.toContain('Sign up for our free Morning Briefing');
    expect(lines).toContainEqual(expect.stringMatching(/^removed: .*1 newsletter promo.*1 copyright line/));
  });

  it('reads pages and URLs from a manifest, paths relative to its folder', async () => {
    const { code, stdout } = await run(['extract', '--format', 'jsonl', '--manifest', MANIFEST], { cwd: tmp });
    expect(code).toBe(0);
    const records = jsonLines(stdout) as unknown as PageRecord[];
    expect(records.map((r) => [r.file, r.url, r.ok])).toEqual([
      [CP1252_PAGE, 'https://www.riverside-gazette.example/culture/montreal-cafe-prize', true],
      [BOM_PAGE, 'https://news.northern-coast.example/travel/aero-ferry', true],
    ]);
  });

  it('applies --url to every file given', async () => {
    const { stdout } = await run(['extract', '--format', 'jsonl', '--url', 'https://example.org/a', CP1252_PAGE, BOM_PAGE]);
    expect(jsonLines(stdout).map((r) => r.url)).toEqual(['https://example.org/a', 'https://example.org/a']);
  });

  it('reports a binary file and an empty file as failed, prints the good page, and exits 1', async () => {
    const garbage = path.join(tmp, 'garbage.html');
    const empty = path.join(tmp, 'empty.html');
    fs.writeFileSync(garbage, Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256));
    fs.writeFileSync(empty, '');

    const jsonl = await run(['extract', '--format', 'jsonl', garbage, CP1252_PAGE, empty]);
    expect(jsonl.code).toBe(1);
    const records = jsonLines(jsonl.stdout) as unknown as PageRecord[];
    expect(records.map((r) => [r.file, r.ok, r.error])).toEqual([
      [garbage, false, 'binary file, not an HTML page'],
      [CP1252_PAGE, true, null],
      [empty, false, 'empty file'],
    ]);
    expect(records[0]).toMatchObject({ title: null, byline: null, lang: null, text: '', paragraphs: [] });

    const text = await run(['extract', garbage, CP1252_PAGE, empty]);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(`${garbage}: error: binary file, not an HTML page\n${empty}: error: empty file\n`);
    expect(text.stdout).toContain(`==> ${CP1252_PAGE} <==`);
  });

  it('reports a page with no article as failed', async () => {
    const blank = path.join(tmp, 'blank.html');
    fs.writeFileSync(blank, '<!doctype html><title>Nothing here</title><p>Hi.</p>');
    const { code, stdout } = await run(['extract', '--format', 'json', blank]);
    expect(code).toBe(1);
    const [record] = JSON.parse(stdout) as PageRecord[];
    expect(record).toMatchObject({ file: blank, ok: false, text: '', paragraphs: [] });
    expect(record!.error).toMatch(/article/);
  });

  it('keeps input order when a later page finishes first, and fails a page that runs out of time', async () => {
    // The worker's test-only switch makes slow.html spin forever (see src/node/page-worker.ts).
    const slow = path.join(tmp, 'slow.html');
    fs.copyFileSync(CP1252_PAGE, slow);
    const { code, stdout } = await run(
      // 10 s: long enough that the good page never runs out of time on a busy machine.
      ['extract', '--format', 'jsonl', '--timeout', '10', '--workers', '2', slow, BOM_PAGE],
      { env: { ARTICLE_CLEANER_TEST_HANG: 'slow.html' } },
    );
    expect(code).toBe(1);
    const records = jsonLines(stdout) as unknown as PageRecord[];
    expect(records.map((r) => [r.file, r.ok, r.error])).toEqual([
      [slow, false, 'timed out after 10 s'],
      [BOM_PAGE, true, null],
    ]);
  }, 60_000);

  it('writes no file', async () => {
    const cwd = fs.mkdtempSync(path.join(tmp, 'cwd-'));
    await run(['extract', '--format', 'json', CP1252_PAGE], { cwd });
    await run(['classify', SEED], { cwd });
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});

describe('usage', () => {
  it.each([
    [['frobnicate', 'x.html'], 'unknown command: frobnicate'],
    [[], 'no command given'],
    [['extract'], 'extract: no files given'],
    [['classify'], 'classify: no files given'],
    [['extract', '--colour', CP1252_PAGE], "Unknown option '--colour'"],
    [['extract', '--format', 'xml', CP1252_PAGE], 'extract: --format must be one of text, jsonl, json'],
    [['extract', '--url', 'not a url', CP1252_PAGE], 'extract: --url is not a URL: not a url'],
    [['extract', '--timeout', '0', CP1252_PAGE], 'extract: --timeout must be a positive number, not 0'],
    [['extract', '--manifest', '/no/such/manifest.tsv'], 'cannot read manifest /no/such/manifest.tsv'],
  ])('%j exits 2 with the usage on stderr', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage:');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    for (const args of [['--help'], ['extract', '--help']]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage:\n {2}article-cleaner classify/);
    }
  });
});
