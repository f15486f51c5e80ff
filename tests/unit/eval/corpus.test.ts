import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CORPUS_ENV, CorpusMissingError, corpusRoot, listReadabilityPages, listWcxbPages, projectRoot, readWcxbGold,
} from '../../../src/eval/corpus.ts';

let tmp: string;
let saved: string | undefined;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-corpus-'));
  saved = process.env[CORPUS_ENV];
  process.env[CORPUS_ENV] = tmp;
});
afterEach(() => {
  if (saved === undefined) delete process.env[CORPUS_ENV];
  else process.env[CORPUS_ENV] = saved;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('corpus location', () => {
  it('defaults to ../shared/corpus beside the project and follows the env var', () => {
    expect(corpusRoot()).toBe(path.resolve(tmp));
    delete process.env[CORPUS_ENV];
    expect(corpusRoot()).toBe(path.resolve(projectRoot(), '..', 'shared', 'corpus'));
    expect(fs.existsSync(path.join(projectRoot(), 'package.json'))).toBe(true);
  });
});

describe('a missing corpus', () => {
  it('is said plainly, naming the path and the env var', () => {
    expect(() => listWcxbPages()).toThrow(CorpusMissingError);
    try {
      listWcxbPages();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain(path.join(tmp, 'wcxb-dev'));
      expect(msg).toContain(CORPUS_ENV);
      expect(msg).toMatch(/not found/);
    }
    expect(() => listReadabilityPages()).toThrow(/readability-pages is missing at .*ARTICLE_CLEANER_CORPUS/s);
  });
  it('is said plainly when metadata.json is missing', () => {
    fs.mkdirSync(path.join(tmp, 'wcxb-dev'));
    expect(() => listWcxbPages()).toThrow(/wcxb-dev\/metadata\.json is missing/);
  });
});

describe('reading a (tiny, fake) corpus', () => {
  it('lists wcxb-dev pages with page type and domain, skipping files that are not there', () => {
    const d = path.join(tmp, 'wcxb-dev');
    fs.mkdirSync(path.join(d, 'html'), { recursive: true });
    fs.mkdirSync(path.join(d, 'ground-truth'));
    fs.writeFileSync(path.join(d, 'metadata.json'), JSON.stringify({
      files: {
        '0002': { page_type: 'forum', domain: 'Forums.B.org' },
        '0001': { page_type: 'article', domain: 'a.com' },
        '0003': { page_type: 'article', domain: 'c.net' }, // no files
        '0007': { page_type: 'forum', domain: '' }, // listed, with an empty domain
      },
    }));
    const gt = (id: string, url: string, extra: object = {}) => {
      fs.writeFileSync(path.join(d, 'html', `${id}.html.gz`), zlib.gzipSync('<p>x</p>'));
      fs.writeFileSync(path.join(d, 'ground-truth', `${id}.json`), JSON.stringify({
        url,
        ...extra,
        ground_truth: { main_content: 'Body', with: ['w'], without: ['o'], title: 'T', author: null, publish_date: null },
      }));
    };
    gt('0001', 'https://x/0001');
    gt('0002', 'https://x/0002');
    // not in metadata.json: page type and domain from the ground truth
    gt('0004', 'https://www.D.com/a', { _internal: { page_type: { primary: 'product' } } });
    gt('0005', '');
    fs.writeFileSync(path.join(d, 'html', '0006.html.gz'), zlib.gzipSync('<p>no gold</p>'));
    gt('0007', '');
    const pages = listWcxbPages();
    expect(pages.map((p) => [p.id, p.pageType, p.domain, p.source])).toEqual([
      ['0001', 'article', 'a.com', 'metadata'],
      ['0002', 'forum', 'forums.b.org', 'metadata'],
      ['0004', 'product', 'd.com', 'ground-truth'],
      ['0005', 'unknown', 'unknown-0005', 'ground-truth'],
      ['0007', 'forum', 'unknown-0007', 'metadata'],
    ]);
    expect(readWcxbGold(pages[0]!)).toEqual({
      url: 'https://x/0001', mainContent: 'Body', with: ['w'], without: ['o'], title: 'T', author: null, publishDate: null,
    });
  });
  it('lists readability pages at the fake test URL', () => {
    const d = path.join(tmp, 'readability-pages', 'bbc-1');
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'source.html'), '<html></html>');
    fs.writeFileSync(path.join(d, 'expected.html'), '<div></div>');
    fs.mkdirSync(path.join(tmp, 'readability-pages', 'no-source'));
    const pages = listReadabilityPages();
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ slug: 'bbc-1', url: 'http://fakehost/test/page.html' });
  });
});
