import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../src/cli/manifest.ts';
import { UsageError } from '../../../src/cli/usage.ts';

describe('parseManifest', () => {
  it('reads path<TAB>url lines, paths relative to the manifest folder, skipping blanks and # comments', () => {
    const source = [
      '# saved pages',
      'a/one.html\thttps://news.example/one',
      '',
      '   ',
      '  # indented comment',
      '/abs/two.html.gz\thttps://news.example/two\r',
      'three.html',
    ].join('\n');
    expect(parseManifest(source, 'lists/pages.tsv')).toEqual([
      { file: 'lists/a/one.html', url: 'https://news.example/one' },
      { file: '/abs/two.html.gz', url: 'https://news.example/two' },
      { file: 'lists/three.html', url: undefined },
    ]);
  });

  it('names the line of a URL that does not parse', () => {
    const source = 'one.html\thttps://news.example/one\ntwo.html\tnews dot example';
    expect(() => parseManifest(source, 'pages.tsv')).toThrow(UsageError);
    expect(() => parseManifest(source, 'pages.tsv')).toThrow('pages.tsv:2: not a URL: news dot example');
  });
});
