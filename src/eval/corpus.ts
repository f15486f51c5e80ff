// Lists and reads the evaluation corpus (../shared/corpus, see its README.md).
// The corpus is read where it lies, never copied into the project. Its root is
// ../shared/corpus relative to the project root; ARTICLE_CLEANER_CORPUS overrides.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_ENV = 'ARTICLE_CLEANER_CORPUS';
/** Readability's test suite ran every page at this URL; so do we. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

/** The project root: the nearest folder above this module (or the cwd) holding our package.json. */
export function projectRoot(): string {
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    let dir = start;
    for (;;) {
      const pkg = path.join(dir, 'package.json');
      if (fs.existsSync(pkg)) {
        try {
          if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'article-cleaner') return dir;
        } catch {
          // not ours
        }
      }
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

export function corpusRoot(): string {
  const env = process.env[CORPUS_ENV];
  if (env && env.trim() !== '') return path.resolve(env);
  return path.resolve(projectRoot(), '..', 'shared', 'corpus');
}

/** Thrown when the corpus (or the part asked for) is not where it should be. */
export class CorpusMissingError extends Error {
  constructor(readonly missingPath: string, what: string) {
    super(
      `Evaluation corpus not found: ${what} is missing at ${missingPath}. ` +
        `The corpus is read from ../shared/corpus relative to the project root ` +
        `(set ${CORPUS_ENV} to use another folder); it is never copied into the project.`,
    );
    this.name = 'CorpusMissingError';
  }
}

function requireDir(p: string, what: string): void {
  let ok = false;
  try {
    ok = fs.statSync(p).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new CorpusMissingError(p, what);
}

function requireFile(p: string, what: string): void {
  if (!fs.existsSync(p)) throw new CorpusMissingError(p, what);
}

// ---------------------------------------------------------------- wcxb-dev

export interface WcxbPage {
  /** "0001" */
  id: string;
  htmlPath: string;
  goldPath: string;
  pageType: string;
  /** lower-cased; the grouping key of the training folds */
  domain: string;
  /**
   * where pageType comes from: metadata.json `files` (1,358 pages), or, for the 139
   * pages it does not list, the ground truth (`_internal.page_type.primary`). The domain
   * likewise, else (3 listed pages have an empty one) the URL's host without www.
   */
  source: 'metadata' | 'ground-truth';
}

export interface WcxbGold {
  url: string;
  mainContent: string;
  with: string[];
  without: string[];
  title: string | null;
  author: string | null;
  publishDate: string | null;
}

interface WcxbMetadata {
  files: Record<string, { page_type?: string; domain?: string }>;
}

/** The host of a URL without a leading www., lower-cased; null for no or a bad URL. */
export function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Every wcxb-dev page with both html/NNNN.html.gz and ground-truth/NNNN.json, by id.
 * Page type and domain come from metadata.json `files`; for a page it does not list,
 * from the ground truth file (see WcxbPage.source).
 */
export function listWcxbPages(root = corpusRoot()): WcxbPage[] {
  const dir = path.join(root, 'wcxb-dev');
  requireDir(dir, 'wcxb-dev');
  const metaPath = path.join(dir, 'metadata.json');
  requireFile(metaPath, 'wcxb-dev/metadata.json');
  const meta = JSON.parse(fs.readFileSync(metaPath, 'utf8')) as WcxbMetadata;
  const htmlDir = path.join(dir, 'html');
  requireDir(htmlDir, 'wcxb-dev/html');
  const ids = fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).map((f) => f.slice(0, -'.html.gz'.length)).sort();
  const pages: WcxbPage[] = [];
  for (const id of ids) {
    const htmlPath = path.join(htmlDir, `${id}.html.gz`);
    const goldPath = path.join(dir, 'ground-truth', `${id}.json`);
    if (!fs.existsSync(goldPath)) continue;
    const m = meta.files[id];
    if (m?.page_type && m.domain) {
      pages.push({ id, htmlPath, goldPath, pageType: m.page_type, domain: m.domain.toLowerCase(), source: 'metadata' });
    } else {
      const g = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as { url?: string; _internal?: { page_type?: { primary?: string } } };
      pages.push({
        id, htmlPath, goldPath,
        pageType: m?.page_type || g._internal?.page_type?.primary || 'unknown',
        domain: m?.domain?.toLowerCase() || domainOf(g.url ?? '') || `unknown-${id}`,
        source: m?.page_type ? 'metadata' : 'ground-truth',
      });
    }
  }
  if (pages.length === 0) throw new CorpusMissingError(path.join(dir, 'html'), 'every wcxb-dev page');
  return pages;
}

export function readWcxbGold(page: Pick<WcxbPage, 'goldPath'>): WcxbGold {
  const j = JSON.parse(fs.readFileSync(page.goldPath, 'utf8')) as {
    url?: string;
    ground_truth?: {
      main_content?: string;
      with?: string[];
      without?: string[];
      title?: string | null;
      author?: string | null;
      publish_date?: string | null;
    };
  };
  const g = j.ground_truth ?? {};
  return {
    url: j.url ?? '',
    mainContent: g.main_content ?? '',
    with: g.with ?? [],
    without: g.without ?? [],
    title: g.title ?? null,
    author: g.author ?? null,
    publishDate: g.publish_date ?? null,
  };
}

// ---------------------------------------------------------------- readability-pages

export interface ReadabilityPage {
  slug: string;
  sourcePath: string;
  expectedPath: string;
  metadataPath: string;
  url: string;
}

export interface ReadabilityExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  dir?: string | null;
  lang?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

/** Every readability-pages/<slug>/ with a source.html and an expected.html, by slug. */
export function listReadabilityPages(root = corpusRoot()): ReadabilityPage[] {
  const dir = path.join(root, 'readability-pages');
  requireDir(dir, 'readability-pages');
  const pages: ReadabilityPage[] = [];
  for (const slug of fs.readdirSync(dir).sort()) {
    const d = path.join(dir, slug);
    const sourcePath = path.join(d, 'source.html');
    const expectedPath = path.join(d, 'expected.html');
    if (!fs.existsSync(sourcePath) || !fs.existsSync(expectedPath)) continue;
    pages.push({ slug, sourcePath, expectedPath, metadataPath: path.join(d, 'expected-metadata.json'), url: READABILITY_TEST_URL });
  }
  if (pages.length === 0) throw new CorpusMissingError(dir, 'every readability-pages/<slug>/source.html');
  return pages;
}

export function readReadabilityMetadata(page: Pick<ReadabilityPage, 'metadataPath'>): ReadabilityExpectedMetadata | null {
  if (!fs.existsSync(page.metadataPath)) return null;
  return JSON.parse(fs.readFileSync(page.metadataPath, 'utf8')) as ReadabilityExpectedMetadata;
}
