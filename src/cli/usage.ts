// The command line's usage text and its usage errors (exit status 2).

export const USAGE = `Usage:
  article-cleaner classify [--json] FILE...
      Label each paragraph of seed-format files (a Python-style list of
      paragraph strings, as in seeds/). Paragraphs are numbered from 1.
      --json              one JSON array: [{file, ok, paragraphs, error}]

  article-cleaner extract [options] [FILE...]
      Extract the article of saved pages (.html, or gzipped .html.gz) and
      label its paragraphs. Pages are read as saved, without HTTP headers.
      --url URL           the URL the given FILEs were saved from
                          (default http://fakehost/test/page.html)
      --manifest LIST     also read pages from LIST: one "path<TAB>url" a line
                          (url optional; paths relative to LIST's folder;
                          blank lines and # comments skipped)
      --format FORMAT     text (default), jsonl (one JSON object a page) or json
      --workers N         worker processes (default 2)
      --timeout SECONDS   time limit per page (default 20)

  article-cleaner --help

Nothing is written to disk. Exit status: 0 when every input was processed,
1 when some input failed (each failure is reported, the rest still run),
2 for wrong usage.
`;

export class UsageError extends Error {}
