// @vitest-environment jsdom
// The second look (src/extract/index.ts): when Readability's first pick keeps little
// content, the longest of its attempts is taken if it keeps three times as much.
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs, extractArticle, extractParagraphs } from '../../../src/extract/index.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} of the report explains, in plain and patient sentences, what the council decided on Tuesday and why residents of the old harbour district are worried about the cost of the new sea wall.`;

const DISCLOSURE =
  'Many of the offers that appear on this site come from companies from which this site receives compensation. This compensation may affect how and where products appear on this site, including the order in which they appear. This site does not include all offers available in the marketplace. Editorial opinions expressed here are the authors’ alone and have not been reviewed, approved or otherwise endorsed by any of these companies. Terms apply to every offer, and rates change without notice. The full advertiser policy has the details.';

/**
 * The disclosure is over the 500 characters that end Readability's attempts. The article sits in a box whose class Readability's first attempt strips as unlikely
 * ("comments"), so that attempt settles for the disclosure beside it, which passes its
 * 500 characters.
 */
function page(article: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Harbour wall approved</title></head><body>
     <div class="disclosure"><p>${DISCLOSURE}</p></div>
     <div class="comments-wrap">${article}</div></body></html>`,
    'text/html',
  );
}
const ARTICLE = [1, 2, 3, 4, 5, 6].map((n) => `<p>${PROSE(n)}</p>`).join('\n');
const bodyText = (r: ReturnType<typeof extractArticle>) => (r.ok ? r.article.paragraphs.filter((p) => p.label === 'content').map((p) => p.text) : []);

describe('the second look', () => {
  it('takes the article when the first pick is a box beside it', () => {
    const doc = page(ARTICLE);
    // Readability alone: the disclosure
    expect(extractParagraphs(doc)!.readabilityText).toContain('receives compensation');
    expect(extractParagraphs(doc)!.readabilityText).not.toContain('Paragraph 1');
    const text = bodyText(extractArticle(doc));
    expect(text).toContain(PROSE(1));
    expect(text).toContain(PROSE(6));
  });

  it('leaves out the comment thread under the article, which its later attempts keep', () => {
    const comment = (n: number) =>
      `<li class="comment depth-1" id="comment-${n}"><p class="comment-author">Reader ${n} says</p><div class="comment-content"><p>Comment ${n}: thanks for writing this up, we live two streets from the harbour and nobody at the council ever explained the cost of the wall this clearly.</p></div><div class="comment-reply"><a href="#respond">Reply</a></div></li>`;
    const thread = `<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">${[1, 2, 3].map(comment).join('')}</ol></div>
      <div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked with a star.</p></div>`;
    const result = extractArticle(page(ARTICLE + thread));
    const text = bodyText(result).join(' ');
    expect(text).toContain(PROSE(1));
    expect(text).toContain(PROSE(6));
    expect(text).not.toContain('Comment 1');
    expect(result.ok && result.article.paragraphs.some((p) => /Reader \d says|Leave a Reply/.test(p.text))).toBe(false);
  });

  it('keeps the first pick when the second keeps less than three times as much', () => {
    const doc = page(`<p>${PROSE(1)}</p>`);
    const text = bodyText(extractArticle(doc));
    expect(text.join(' ')).toContain('receives compensation');
    expect(text.join(' ')).not.toContain('Paragraph 1');
  });

  it('keeps the first pick when the click\'s time budget has no room for four more attempts', () => {
    const doc = page(ARTICLE);
    const first = extractParagraphs(doc)!;
    const longAgo = performance.now() - 60_000;
    const result = articleFromParagraphs(first, doc, () => 0, { budgetMs: 3_000 }, longAgo);
    expect(bodyText(result).join(' ')).toContain('receives compensation');
    expect(bodyText(result).join(' ')).not.toContain('Paragraph 1');
  });

  it("is not asked when the page's paragraphs hold no more than three times what was kept", () => {
    // the article is written in <div>s: the longest attempt would find it, but the
    // cheap sign that decides whether to ask counts <p> text only
    const doc = page([1, 2, 3, 4, 5, 6].map((n) => `<div>${PROSE(n)}</div>`).join('\n'));
    const text = bodyText(extractArticle(doc)).join(' ');
    expect(text).toContain('receives compensation');
    expect(text).not.toContain('Paragraph 1');
  });

  it('is not asked for a page whose first pick keeps 2,000 characters or more', () => {
    // the comment thread is the longest attempt: a second look would take it
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html><body><article>${ARTICLE}${ARTICLE.replaceAll('Paragraph', 'Section')}</article><div class="comments-wrap">${ARTICLE.replaceAll('Paragraph', 'Comment').repeat(10)}</div></body></html>`,
      'text/html',
    );
    const text = bodyText(extractArticle(doc));
    expect(text).toHaveLength(12);
  });
});
