// The neighbour rules of decide.ts that need DOM hints (seed fixtures have none):
// short lines under a heading that a phrase names as a promo section go with it.
import { describe, expect, it } from 'vitest';
import { classifyParagraphs } from '../../../src/classifier/index.ts';
import type { BlockTag, ParagraphInput } from '../../../src/shared/types.ts';

const block = (tag: BlockTag, text: string, link = false, listIndex = -1): ParagraphInput => ({
  text,
  html: link ? `<a href="https://example.com/${encodeURIComponent(text)}">${text}</a>` : text,
  dom: { tag, classTokens: [], inFigure: false, inAside: false, inFooter: false, inHeader: false, inNav: false, listIndex },
});

const PROSE = [
  'The council approved the new budget on Tuesday after a debate that lasted well into the night, with eleven members voting in favour and four against.',
  'Residents who spoke at the meeting said the cuts to library opening hours would fall hardest on families without internet access at home.',
  'The finance director said the savings were needed to close a gap of 4.2 million euros left by lower property tax receipts this year.',
];
/** PROSE as paragraphs: the article body most tests put their lines after. */
const PROSE_BLOCKS = PROSE.map((t) => block('p', t));
/** input with the given class and id tokens (of the block and its ancestors). */
const inClass = (input: ParagraphInput, classTokens: string[]): ParagraphInput => ({ ...input, dom: { ...input.dom!, classTokens } });
/** A body paragraph in the article's own container. */
const body = (text: string) => inClass(block('p', text), ['entry', 'content']);
/** The reason of each paragraph's verdict. */
const labels = (blocks: ParagraphInput[]) => classifyParagraphs(blocks).map((v) => v.reason);

describe('a promo section heading', () => {
  it('takes the short links under it, up to the next heading', () => {
    const article = [
      block('h1', 'Council passes budget with library cuts'),
      ...PROSE_BLOCKS,
      block('h2', 'Related stories'),
      block('li', 'Library hours cut in three districts', true, 0),
      block('li', 'Property tax receipts fall again', true, 0),
      block('li', 'Mayor defends spending plan', true, 0),
      block('h2', 'What happens next'),
      block('p', 'A second vote is due in March.'),
      block('p', PROSE[0]!),
    ];
    const verdicts = classifyParagraphs(article);
    expect(verdicts.slice(4, 8).map((v) => v.reason)).toEqual(['related-links', 'related-links', 'related-links', 'related-links']);
    // the next heading ends the section: its heading and its short line are kept
    expect(verdicts[8]!.label).toBe('content');
    expect(verdicts[9]!.label).toBe('content');
    expect(verdicts.slice(1, 4).every((v) => v.label === 'content')).toBe(true);
  });

  it('never takes fluent prose with it', () => {
    const article = [
      ...PROSE_BLOCKS,
      block('h2', 'Related stories'),
      block('p', PROSE[1]!.replace('Residents', 'Shopkeepers')),
      block('li', 'Library hours cut in three districts', true, 0),
    ];
    const verdicts = classifyParagraphs(article);
    expect(verdicts[3]!.reason).toBe('related-links');
    expect(verdicts[4]!.label).toBe('content');
    expect(verdicts[5]!.reason).toBe('related-links');
  });

  it('leaves a short line that leads into fluent prose: a book title under a promo heading slipped into the article', () => {
    const review = 'The book is a series of twelve exercises, one per chapter, and it concentrates on painting as much as on drawing, with colour mixing, composition and light explained step by step for beginners.';
    const article = [
      ...PROSE_BLOCKS,
      block('h3', "Join my FREE drawing course for beginners, sign up here!"),
      block('p', "The Artist's Handbook by Angela Gair", true),
      block('p', review),
      block('p', 'Perspective for Artists by Rex Vicat Cole', true),
      block('p', review.replace('twelve', 'ten')),
    ];
    const verdicts = classifyParagraphs(article);
    expect(verdicts[3]!.label).toBe('promo');
    expect(verdicts.slice(4).map((v) => v.label)).toEqual(['content', 'content', 'content', 'content']);
  });

  it('is not a section when the heading is an ordinary one', () => {
    const article = [
      ...PROSE_BLOCKS,
      block('h2', 'The vote'),
      block('li', 'Eleven in favour', false, 0),
      block('li', 'Four against', false, 0),
    ];
    expect(classifyParagraphs(article).every((v) => v.label === 'content')).toBe(true);
  });
});

describe('a table inside a figure', () => {
  it('is a table (WordPress wraps tables in a figure), while other text in a figure is a caption', () => {
    const inFigure = (tag: BlockTag, text: string): ParagraphInput => ({ ...block(tag, text), dom: { ...block(tag, text).dom!, inFigure: true } });
    const verdicts = classifyParagraphs([
      ...PROSE_BLOCKS,
      inFigure('table', 'Quay Length Cost North quay 240 m 4.1m South quay 180 m 3.2m'),
      inFigure('p', 'The quays to be rebuilt'),
      block('p', PROSE[1]!),
    ]);
    expect(verdicts[3]).toMatchObject({ label: 'content', reason: 'table' });
    expect(verdicts[4]!.label).toBe('caption');
  });
});

describe('the short line before an image credit', () => {
  it('is that image\'s caption, but a list item there stays a list item', () => {
    const verdicts = classifyParagraphs([
      ...PROSE_BLOCKS,
      block('p', 'The north quay after the storm in January'),
      block('p', 'Photo: Port of Antwerp'),
      block('li', 'Pluggable compression, encoding and layout strategies', false, 0),
      block('p', 'Source: Getty Images'),
      block('p', PROSE[1]!),
    ]);
    expect(verdicts[3]).toMatchObject({ label: 'caption', reason: 'figure-caption' });
    expect(verdicts[4]).toMatchObject({ label: 'caption', reason: 'image-credit' });
    expect(verdicts[5]).toMatchObject({ label: 'content', reason: 'list' });
    expect(verdicts[6]).toMatchObject({ label: 'caption', reason: 'image-credit' });
  });
  it.each([
    ['when the credit is in a figure, whose image has its own caption', block('p', 'The best wired ultra-light'), block('figure', 'Image credit: Digital Foundry')],
    [
      'when the line is fluent prose',
      block('p', 'Microsoft Excel is a widely used spreadsheet program for data analysis and visualization. With a familiar interface and built-in functions, it lets analysts clean, sort and chart data without writing code.'),
      block('p', 'Source: Microsoft'),
    ],
  ])('but stays body text %s', (_why, line, credit) => {
    const verdicts = classifyParagraphs([...PROSE_BLOCKS, line, credit, block('p', PROSE[1]!)]);
    expect(verdicts[3]).toMatchObject({ label: 'content', reason: 'body' });
    expect(verdicts[4]).toMatchObject({ label: 'caption', reason: 'image-credit' });
  });
  it('leaves the image itself an image when its credit line follows it', () => {
    const verdicts = classifyParagraphs([...PROSE_BLOCKS, block('figure', ''), block('p', 'Top photo by Joan Bardeletti'), block('p', PROSE[1]!)]);
    expect(verdicts[3]).toMatchObject({ label: 'content', reason: 'figure' });
    expect(verdicts[4]).toMatchObject({ label: 'caption', reason: 'image-credit' });
  });
});

describe("a company's list of its services under the article", () => {
  it('goes with its heading, up to the next heading', () => {
    const services = ['Acceptance and Commitment Therapy (ACT)', 'Cognitive Behavioral Therapy (CBT)', 'Divorce Therapy'];
    const got = labels([...PROSE_BLOCKS, block('h2', 'Our Services'), ...services.map((t) => block('p', t)), block('h2', 'Sources'), block('p', PROSE[0]!.replace('Tuesday', 'Monday'))]);
    expect(got.slice(3, 7)).toEqual(['advertisement', 'advertisement', 'advertisement', 'advertisement']);
    expect(got.slice(7)).toEqual(['heading', 'body']);
  });
});

describe("a venue's booking call under the article", () => {
  it('takes the short question between its two lines with it, and leaves the article', () => {
    const got = labels([
      ...PROSE_BLOCKS,
      block('p', 'Start Planning Your Event'),
      block('p', 'Ready to Create Something Extraordinary?'),
      block('p', "Reserve your date at Cincinnati's most enchanting event space. Our 3,080 sq ft industrial-chic venue in Over-the-Rhine is perfect for weddings, showers, and corporate events."),
    ]);
    expect(got).toEqual(['body', 'body', 'body', 'advertisement', 'advertisement', 'advertisement']);
  });
});

describe('a heading whose whole section was removed', () => {
  it('goes with it, but not when its section keeps a line, holds a subheading or is empty', () => {
    const verdicts = classifyParagraphs([
      ...PROSE_BLOCKS,
      block('h3', 'Stay Updated'),
      block('p', 'Sign up for our newsletter'),
      block('h2', 'What the council said'),
      block('p', 'Sign up for our newsletter'),
      block('p', PROSE[1]!),
      block('h2', 'Further notes'),
      block('h3', 'Timeline'),
      block('p', 'Sign up for our newsletter'),
      block('h2', 'Last words'),
      // a heading over nothing in the middle stays; at the very end, see below
      block('h2', 'Sources'),
      block('p', PROSE[2]!.replace('finance director', 'treasurer')),
    ]);
    expect(verdicts[3]).toMatchObject({ label: 'promo', reason: 'newsletter' });
    expect(verdicts[5]!.label).toBe('content');
    expect(verdicts[8]!.label).toBe('content');
    expect(verdicts[9]).toMatchObject({ label: 'promo', reason: 'newsletter' });
    expect(verdicts[11]!.label).toBe('content');
  });

  it('goes at the very end of the article when short and over nothing: its section was left out of the pick', () => {
    const end = labels([...PROSE_BLOCKS, block('h2', 'How other merchants stack up')]);
    expect(end).toEqual(['body', 'body', 'body', 'not-article-text']);
    expect(labels([...PROSE_BLOCKS, block('h2', 'Essentials for happy plants:'), block('figure', '')]).slice(3)).toEqual(['not-article-text', 'figure']);
    // a longer one may be a closing sentence set as a heading
    const sentence = labels([...PROSE_BLOCKS, block('h3', 'Contact the Division of Corporations, State Records and Uniform Commercial Code')]);
    expect(sentence[3]).toBe('heading');
  });

  it("is a call to action's title when its own lines are an ad, though subheadings follow; only the title goes", () => {
    const benefits = [block('h3', 'Save time on admin'), block('p', PROSE[1]!), block('h3', 'Keep costs low'), block('p', PROSE[2]!)];
    const cta = labels([block('p', PROSE[0]!), block('h2', 'Centralize, simplify, and scale your training with Easy LMS!'), block('p', 'Book a demo'), ...benefits]);
    expect(cta).toEqual(['body', 'advertisement', 'advertisement', 'heading', 'body', 'heading', 'body']);
    // a bare button under a real heading is no call to action of the page's own
    const button: ParagraphInput = { ...block('p', 'See all wines'), html: '<a class="button" href="https://example.com/wines">See all wines</a>' };
    const guide = labels([block('p', PROSE[0]!), block('h2', 'The Different Types of Wine'), button, ...benefits]);
    expect(guide.slice(0, 3)).toEqual(['body', 'heading', 'button']);
  });
});

describe("a policy page's name", () => {
  it('is legal furniture as a short line, a line of links or the site speaking of its own policy', () => {
    const verdicts = classifyParagraphs([
      ...PROSE_BLOCKS,
      block('p', 'Terms of Use · Privacy Policy · Cookie Settings'),
      block('p', 'By entering your email address you agree to our Terms of Use and Privacy Policy.'),
      block('p', 'Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.'),
      block('p', 'Impressum', true),
    ]);
    expect(verdicts.slice(3).map((v) => v.reason)).toEqual(['legal', 'legal', 'legal', 'legal']);
  });

  // The lexicon keeps one legal hit per line, the first phrase in its list that matches:
  // each language's bare policy names come last, so its consent phrase is the one found.
  it.each([
    'En vous inscrivant, vous acceptez notre politique de confidentialité.',
    'Al suscribirte, aceptas nuestra política de privacidad.',
    "Iscrivendoti, accetti l'informativa sulla privacy.",
    'Ao se inscrever, você concorda com a nossa política de privacidade.',
    'Door je aan te melden, ga je akkoord met ons privacybeleid.',
  ])('is a consent line, not news, in "%s"', (line) => {
    expect(classifyParagraphs([...PROSE_BLOCKS, block('p', line)])[3]).toMatchObject({ label: 'boilerplate', reason: 'legal' });
  });

  it('is news in a sentence about that policy', () => {
    const news = [
      'Facebook änderte seine Datenschutzerklärung im Mai erneut, wie das Unternehmen am Dienstag mitteilte.',
      'Are those of us who have explicitly avoided agreeing to the Facebook terms of service simply fair game for an industry-wide surveillance network?',
      'La CNIL a jugé la politique de confidentialité de Google trop vague, a-t-elle annoncé jeudi.',
      'Regulators said the new privacy policy gave users no real way to refuse the tracking.',
    ];
    // the headline over its story (a heading with nothing after it ends no article: see dropOrphanHeadings)
    const verdicts = classifyParagraphs([...PROSE_BLOCKS, block('h2', 'Facebook changes its privacy policy again'), ...news.map((t) => block('p', t))]);
    expect(verdicts.slice(3).map((v) => v.label)).toEqual(['content', 'content', 'content', 'content', 'content']);
  });

  // Wikipedia's reference list (Readability's test page "wikipedia") cites a contest's rules by title
  it('is a citation when it stands in a quoted title', () => {
    const references = [
      '^ "Game Creator Challenge -Contest Terms and Conditions". - submissions to the "amateur" category have to be released as free software',
      'Siehe „Datenschutzerklärung der Stadtwerke“, Fassung von 2019',
      '« Mentions légales du site de la préfecture », consulté le 3 mars',
    ];
    const verdicts = classifyParagraphs([...PROSE_BLOCKS, ...references.map((t) => block('li', t))]);
    expect(verdicts.slice(3).map((v) => v.label)).toEqual(['content', 'content', 'content']);
  });

  it('is still furniture after a closed quotation', () => {
    const verdicts = classifyParagraphs([...PROSE_BLOCKS, block('p', '"Our readers come first" · Privacy Policy · Impressum')]);
    expect(verdicts[3]).toMatchObject({ label: 'boilerplate', reason: 'legal' });
  });
});

describe('a caption that ends with its credit', () => {
  it('is a caption, with or without an image block before it', () => {
    const verdicts = classifyParagraphs([
      ...PROSE_BLOCKS,
      block('p', 'Fueling your body properly is important when spending days on the trail. Credit: Jessica Haist'),
      block('p', PROSE[1]!),
      block('p', 'Die Demonstranten zogen am Mittag durch die Innenstadt. Foto: dpa'),
      block('p', PROSE[2]!),
    ]);
    expect(verdicts[3]).toMatchObject({ label: 'caption', reason: 'image-credit' });
    expect(verdicts[5]).toMatchObject({ label: 'caption', reason: 'image-credit' });
    // the short prose before such a caption is not its caption
    expect([verdicts[4], verdicts[6]].map((v) => v!.label)).toEqual(['content', 'content']);
  });

  it('leaves a bare credit with a name before its cue a bare credit', () => {
    const verdicts = classifyParagraphs([...PROSE_BLOCKS, block('p', 'Agencies have spent years modernizing'), block('p', 'imaginima/Getty Images'), block('p', PROSE[1]!)]);
    expect(verdicts[3]).toMatchObject({ label: 'caption', reason: 'figure-caption' });
    expect(verdicts[4]).toMatchObject({ label: 'caption', reason: 'image-credit' });
  });
});

describe('a separated line', () => {
  it('is a breadcrumb in a paragraph, but a title in a heading and an item in a list', () => {
    const verdicts = classifyParagraphs([
      block('p', 'Home › Travel › Europe'),
      ...PROSE_BLOCKS,
      block('h2', 'Taylor Swift | The Eras Tour | The Final Show'),
      block('p', PROSE[2]!),
      block('li', 'Sleeping bag / backpacking quilt', false, 0),
      block('li', 'Backpacking chair / sit pad', false, 0),
      block('li', 'Duct tape for repairs', false, 0),
      block('p', PROSE[1]!),
    ]);
    expect(verdicts[0]).toMatchObject({ label: 'boilerplate', reason: 'navigation' });
    expect(verdicts[4]).toMatchObject({ label: 'content', reason: 'heading' });
    expect(verdicts.slice(6, 9).map((v) => v.reason)).toEqual(['list', 'list', 'list']);
  });
});

describe('a site menu above the article', () => {
  // none of these is a navigation phrase of the lexicon: the rule alone removes them
  const menu = ['Portfolio', 'Print Shop', 'Wine 101', 'Types of Wine', 'Grape Varieties'];

  it('is navigation when four or more short links to other pages open the article', () => {
    const article = [block('figure', ''), ...menu.map((t) => block('li', t, true, 0)), ...PROSE_BLOCKS];
    const verdicts = classifyParagraphs(article);
    expect(verdicts.slice(1, 6).map((v) => v.reason)).toEqual(['navigation', 'navigation', 'navigation', 'navigation', 'navigation']);
    expect(verdicts.slice(6).every((v) => v.label === 'content')).toBe(true);
  });

  it('keeps a table of contents: its links go to places on the page', () => {
    const toc = menu.map((t, i): ParagraphInput => ({ ...block('li', t, false, 0), html: `<a href="#part-${i}">${t}</a>` }));
    const verdicts = classifyParagraphs([...toc, ...PROSE_BLOCKS]);
    expect(verdicts.every((v) => v.label === 'content')).toBe(true);
  });

  it('keeps three links, and links that come after the first prose', () => {
    const three = classifyParagraphs([...menu.slice(0, 3).map((t) => block('li', t, true, 0)), ...PROSE_BLOCKS]);
    expect(three.every((v) => v.label === 'content')).toBe(true);
    const later = classifyParagraphs([block('p', PROSE[0]!), ...menu.map((t) => block('li', t, true, 0)), block('p', PROSE[1]!)]);
    expect(later.every((v) => v.label === 'content')).toBe(true);
  });

  it('keeps longer linked lines: headlines of a lead story list are not a menu', () => {
    const headlines = ['Council passes budget with library cuts after long debate', 'Property tax receipts fall again in the third quarter', 'Mayor defends spending plan before the election', 'Residents march against closures of two branch libraries'];
    const verdicts = classifyParagraphs([...headlines.map((t) => block('li', t, true, 0)), ...PROSE_BLOCKS]);
    expect(verdicts.every((v) => v.label === 'content')).toBe(true);
  });
});

describe("a template's placeholder text", () => {
  const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
  const LATER = 'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';
  // two paragraphs of 30+ words: real prose
  const ARTICLE = [block('p', `${PROSE[0]} ${PROSE[1]}`), block('p', `${PROSE[1]} ${PROSE[2]}`)];

  it('left in a real article is not article text, at any length', () => {
    const got = labels([...ARTICLE, block('h3', 'Lorem Ipsum'), block('p', LOREM), block('li', 'Lorem ipsum 2', false, 0), block('p', `${LATER} ${LATER} ${LATER}`)]);
    expect(got).toEqual(['body', 'body', 'not-article-text', 'not-article-text', 'not-article-text', 'not-article-text']);
  });

  it('stays beside a single paragraph of real prose', () => {
    expect(labels([ARTICLE[0]!, block('p', LOREM)])).toEqual(['body', 'body']);
  });

  it('stays when it is all the article has, as on a demo or test page', () => {
    expect(labels([block('h1', 'Test document title'), block('p', LOREM), block('p', LATER), block('p', `${LATER} ${LOREM}`)])).toEqual(['heading', 'body', 'body', 'body']);
  });

  it('stays quoted as code or as a quotation, and prose about it stays', () => {
    const about = 'Lorem ipsum is a scrambled passage of Cicero that printers have used as filler since the sixteenth century, and designers still do.';
    expect(labels([...ARTICLE, block('pre', LOREM), block('blockquote', LOREM), block('p', about)]).slice(ARTICLE.length)).toEqual(['code', 'quote', 'body']);
  });
});

describe('a paragraph repeated right after itself', () => {
  const [first, second, third] = [PROSE_BLOCKS[0]!, PROSE_BLOCKS[1]!, PROSE_BLOCKS[2]!];
  // 9 words: a line a comparison or a caption grid repeats on purpose
  const SHORT = 'Free plan or free trial for every new user.';

  it('is a second copy: the first stays, the repeat goes', () => {
    expect(labels([first, first, second, third])).toEqual(['body', 'duplicate', 'body', 'body']);
    // case and a copy of a copy
    expect(labels([first, block('p', first.text.toUpperCase()), block('p', first.text), second])).toEqual(['body', 'duplicate', 'duplicate', 'body']);
  });

  it('is caught in a part of two paragraphs rendered twice, and not further away', () => {
    expect(labels([first, second, first, second, third])).toEqual(['body', 'body', 'duplicate', 'duplicate', 'body']);
    // two other paragraphs between them: a refrain, or the page's own summary, stays
    expect(labels([first, second, third, first])).toEqual(['body', 'body', 'body', 'body']);
  });

  it('stays when short, or a quotation, list item, table or code', () => {
    expect(labels([first, block('p', SHORT), block('p', SHORT), second])).toEqual(['body', 'body', 'body', 'body']);
    for (const tag of ['blockquote', 'li', 'table', 'pre'] as const) {
      const got = labels([first, block(tag, second.text, false, tag === 'li' ? 0 : -1), block(tag, second.text, false, tag === 'li' ? 0 : -1), third]);
      expect(got[2], tag).not.toBe('duplicate');
    }
  });

  it('stays when it is placeholder text that is the whole article, as on a theme demo', () => {
    const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
    expect(labels([block('h1', 'Test document title'), block('p', LOREM), block('p', LOREM), block('p', LOREM)])).toEqual(['heading', 'body', 'body', 'body']);
  });

  it('keeps its own reason when the first copy was removed for one', () => {
    const signUp = block('p', 'Sign up for our daily newsletter to get the best stories of the day delivered to your inbox every morning.');
    expect(labels([first, signUp, signUp, second])).toEqual(['body', 'newsletter', 'newsletter', 'body']);
  });
});

describe("a sign-up form's consent line", () => {
  const SMS = 'By signing up, you agree to receive recurring automated SMS marketing messages from Mashable Deals at the number provided. Msg and data rates may apply. Up to 2 messages/day. Reply STOP to opt out, HELP for help. Consent is not a condition of purchase. See our Privacy Policy and Terms of Use.';
  const DE = 'Mit der Anmeldung akzeptieren Sie, dass wir Ihnen regelmäßig Angebote, Hinweise auf Gewinnspiele und Neuigkeiten aus der Redaktion per E-Mail schicken. Sie können sich jederzeit über den Link am Ende jeder E-Mail wieder abmelden, ohne dass Ihnen dafür andere Kosten als die Übermittlungskosten entstehen.';

  it('is legal furniture at any length a sentence or three can have', () => {
    expect(labels([...PROSE_BLOCKS, block('p', SMS), block('p', DE)]).slice(PROSE.length)).toEqual(['legal', 'legal']);
  });

  it('is only a line that opens with the consent phrase: news about such terms stays', () => {
    const news = 'By signing up for the loyalty scheme, shoppers agree to let the chain share their purchase history with advertisers, according to the complaint, which says the terms were buried in our Privacy Policy page that few customers ever read.';
    expect(labels([...PROSE_BLOCKS, block('p', news)]).slice(PROSE.length)).toEqual(['body']);
  });
});

describe('the short lines after the end furniture', () => {
  // the rule looks for the article's last paragraph of prose: 30 words or more
  const LAST = block('p', `${PROSE[1]} ${PROSE[2]}`);
  const tail = (blocks: ParagraphInput[]) => labels([...PROSE_BLOCKS, LAST, ...blocks]).slice(PROSE.length + 1);

  it('go with the author box that ends the article', () => {
    expect(tail([
      block('p', 'About the author'),
      block('h3', 'Catherine Boeckmann'),
      block('p', 'Executive Digital Editor and Master Gardener'),
    ])).toEqual(['author-bio', 'author-bio', 'author-bio']);
  });

  it('go with a "Related posts:" line: the headlines under it, linked or not', () => {
    expect(tail([
      block('p', 'Related posts:'),
      block('li', 'Library hours cut in three districts', false, 0),
      block('li', 'Property tax receipts fall again', false, 0),
      block('li', 'Mayor defends spending plan', false, 0),
    ])).toEqual(['related-links', 'related-links', 'related-links', 'related-links']);
  });

  it('stay when a sentence among them says the article goes on (short news paragraphs after a sign-up box)', () => {
    expect(tail([
      block('p', 'Sign up for our daily newsletter and get the best stories in your inbox.'),
      block('h2', 'What happens next'),
      block('p', 'A second vote is due in March.'),
      block('p', 'The mayor said she would not stand again.'),
    ])).toEqual(['newsletter', 'heading', 'body', 'body']);
  });

  it('stay when they hold more than a paragraph of words (a checklist after a promo)', () => {
    const steps = Array.from({ length: 16 }, (_, i) => block('li', `Step ${i + 1}: confirm the caterer, the florist and the band`, false, 0));
    const got = tail([block('p', 'Sign up for our newsletter'), ...steps]);
    expect(got[0]).toBe('newsletter');
    expect(new Set(got.slice(1))).toEqual(new Set(['list']));
  });

  it('stay after a teaser for one story, which pages also set between paragraphs', () => {
    expect(tail([
      block('p', 'Also read: How the council balanced its budget last year'),
      block('h3', 'Library hours by district'),
      block('li', 'North: closed on Mondays', false, 0),
    ])).toEqual(['related-links', 'heading', 'list']);
  });

  it('leave code and tables alone', () => {
    expect(tail([block('p', 'Share this article'), block('pre', 'npm install budget-tools'), block('h3', 'Budget summary')])).toEqual(['share-bar', 'code', 'not-article-text']);
  });
});

describe("the article's last paragraph opening as an author's bio", () => {
  // two paragraphs of 30+ words before it: an article that the bio closes
  const BODY = [...PROSE_BLOCKS, block('p', `${PROSE[0]} ${PROSE[1]}`), block('p', `${PROSE[1]} ${PROSE[2]}`)];
  const BIOS = [
    'Mirel Zaman is the health and fitness director at PS. She has over 15 years of experience in health journalism.',
    'Rebecca has been a journalist and blogger for over 30 years, with a focus on home services.',
    'Anna Müller ist Redakteurin im Ressort Wirtschaft und schreibt über Verkehr und Wohnen.',
    'Sophie Martin est journaliste au service économie depuis 2019.',
    'Lucía Gómez es periodista y autora de dos libros sobre vivienda.',
    'Marco Bellini è un giornalista di Venezia che segue la cronaca locale.',
    'Ana Sousa é jornalista do Público e escreve sobre habitação.',
    'Jan de Vries is redacteur economie bij de krant.',
  ];

  it('is the author box, in the seven languages', () => {
    for (const bio of BIOS) expect(labels([...BODY, block('p', bio)]).at(-1), bio).toBe('author-bio');
  });

  it('stays in the body, where the same words introduce a source', () => {
    const source = block('p', 'Chris Radich is the public sector director at the agency and has led the review since March.');
    expect(labels([...BODY, source, BODY[0]!])).toEqual(BODY.map(() => 'body').concat(['body', 'body']));
  });

  it('stays when it is the page, or when its subject is not a person', () => {
    // an "About" page: the bio is the prose
    expect(labels([block('h1', 'About'), block('p', BIOS[0]!)])).toEqual(['heading', 'body']);
    for (const line of ['Diabetes is a long-term condition that can lead to serious complications for the heart.', 'Flatliner is a handy code editor that helps test the expressions.']) {
      expect(labels([...BODY, block('p', line)]).at(-1), line).toBe('body');
    }
  });
});

describe('a link styled as a button', () => {
  const button = (tag: BlockTag, text: string, cls: string): ParagraphInput => ({
    ...block(tag, text),
    html: `<a class="${cls}" href="https://example.com/go">${text}</a>`,
  });

  it('is a button, between paragraphs or after them, whatever the page calls its class', () => {
    const article = [
      PROSE_BLOCKS[0]!,
      button('p', 'Buy Poster', 'btn btn-primary btn-lg'),
      PROSE_BLOCKS[1]!,
      button('p', 'See Review & Buying Options', 'wp-block-button__link'),
      PROSE_BLOCKS[2]!,
      button('p', '👉 Build your dream workspace', 'rich-text-cta__btn'),
    ];
    expect(labels(article)).toEqual(['body', 'button', 'body', 'button', 'body', 'button']);
  });

  it('keeps the reason its own words give it', () => {
    const article = [...PROSE_BLOCKS, button('p', 'Sign up for our newsletter', 'btn')];
    expect(labels(article)[3]).toBe('newsletter');
  });

  it('is only a link whose class names a button: a plain link, a class that merely contains the letters, and a longer line stay', () => {
    const article = [
      PROSE_BLOCKS[0]!,
      block('p', 'Library hours cut in three districts', true),
      button('p', 'Library hours cut in three districts', 'buttonless-story ctacorp'),
      button('p', 'Read the full report of the council finance committee on the budget', 'btn'),
      PROSE_BLOCKS[1]!,
    ];
    expect(labels(article).slice(1, 4)).toEqual(['body', 'body', 'body']);
  });

  it('leaves headings and list items to the other rules: accordions and chapter lists are styled as buttons too', () => {
    const article = [
      ...PROSE_BLOCKS,
      button('h4', 'What are the prerequisites for the course?', 'accordion-button'),
      block('p', PROSE[0]!.replace('council', 'committee')),
      button('li', 'Chapter one: the basics', 'btn'),
      button('li', 'Chapter two: practice', 'btn'),
    ];
    expect(labels(article).slice(3)).toEqual(['heading', 'body', 'list', 'list']);
  });
});

describe('a row of links the page separates with slashes or bars', () => {
  /** "label: item / item / …" with each item its own link, as a page prints a menu inline */
  const row = (label: string, items: string[], separator: string): ParagraphInput => ({
    ...block('p', `${label}${items.join(` ${separator} `)}`),
    html: `${label}${items.map((item) => `<a href="https://example.com/${encodeURIComponent(item)}">${item}</a>`).join(` ${separator} `)}`,
  });
  const CITIES = ['Werbeagentur Düsseldorf', 'Werbeagentur Berlin', 'Werbeagentur München', 'Werbeagentur Köln', 'Werbeagentur Hamburg', 'Shopify Agentur', 'HubSpot Agentur'];

  it('is navigation, with or without a label, however many words its items add up to', () => {
    const article = [
      ...PROSE_BLOCKS,
      row('Sie suchen: ', CITIES, '/'),
      PROSE_BLOCKS[0]!,
      row('', ['Apple Podcasts', 'Android', 'Email', 'Google Podcasts', 'RSS'], '|'),
      PROSE_BLOCKS[1]!,
      row('', ['Politics', 'Business', 'Science', 'Culture', 'Sport'], '·'),
      PROSE_BLOCKS[2]!,
    ];
    expect(labels(article).slice(3)).toEqual(['navigation', 'body', 'navigation', 'body', 'navigation', 'body']);
  });

  it('after the article, ends it: the short link line under it goes; between paragraphs it ends nothing', () => {
    // the end-furniture rule looks for the article's last paragraph of prose: 30 words or more
    const long = block('p', `${PROSE[1]} ${PROSE[2]}`);
    const checklists = row('Relaunch Checklisten: ', ['Relaunch Onlineshop Checkliste', 'Relaunch Webseite Checkliste'], '/');
    expect(labels([PROSE_BLOCKS[0]!, long, row('Sie suchen: ', CITIES, '/'), checklists]).slice(2)).toEqual(['navigation', 'related-links']);
    expect(labels([long, row('Sie suchen: ', CITIES, '/'), checklists, long]).slice(1)).toEqual(['navigation', 'body', 'body']);
  });

  it('is not four links, a row with long items, or a sentence with slashes', () => {
    const article = [
      ...PROSE_BLOCKS,
      row('Sie suchen: ', CITIES.slice(0, 4), '/'),
      row('', ['The council approved the budget after a long debate', 'Residents said library cuts would hurt families', 'The finance director defended the savings plan', 'Property tax receipts fell again this year', 'A second vote is due in March next year'], '|'),
      block('p', 'The route runs London / Paris / Brussels / Amsterdam / Cologne, and the operator says tickets for the summer go on sale in May.'),
      PROSE_BLOCKS[0]!,
    ];
    expect(labels(article).slice(3, 6)).toEqual(['body', 'body', 'body']);
  });
});

describe('a furniture box swept into the article', () => {
  const boxed = (tag: BlockTag, text: string, tokens = ['post', 'cta', 'wrapper']) => inClass(block(tag, text), [...tokens, 'entry', 'content']);
  // 24 paragraphs of about 25 words: the boxes below hold under a tenth of the words
  const ARTICLE = ['council', 'city board', 'district', 'county', 'region', 'state', 'parish', 'borough']
    .flatMap((who) => PROSE.map((t) => t.replace('council', who))).map(body);

  it("goes, heading and line, when the page names it for what it is (a call to action, a sign-up, an offer, a breadcrumb)", () => {
    const article = [
      ...ARTICLE.slice(0, 3),
      boxed('h4', 'Want to win more jobs with less effort?'),
      boxed('p', 'Grow your business and send quick quotes with our home service software.'),
      ...ARTICLE.slice(3),
      boxed('p', 'Email Address', ['newsletter', 'signup', 'form']),
      boxed('p', 'Checkout code: POPLINEN15', ['special', 'offer']),
      boxed('p', 'Support Five Books', ['inline', 'box', 'donate']),
      boxed('p', 'Math tutors', ['breadcrumb', 'item']),
    ];
    const got = labels(article);
    expect(got.slice(3, 5)).toEqual(['advertisement', 'advertisement']);
    expect(got.slice(-4)).toEqual(['newsletter', 'advertisement', 'donation', 'navigation']);
    expect(got.filter((r) => r === 'body')).toHaveLength(ARTICLE.length);
  });

  it('stays when such boxes are much of the page: a landing page built of them', () => {
    const article = [
      ...ARTICLE.slice(0, 2),
      boxed('h4', 'Want to win more jobs with less effort?'),
      boxed('p', PROSE[2]!.replace('The finance director said', 'Our team knows')),
      boxed('p', 'Grow your business and send quick quotes with our home service software.'),
    ];
    expect(labels(article).slice(2)).toEqual(['heading', 'body', 'body']);
  });

  it('is only a box named by a whole word of its class names', () => {
    const article = [
      ...ARTICLE,
      boxed('p', 'Data for subscribers, by region', ['subscriber', 'stats']),
      boxed('p', 'Spectacular views from the tower', ['spectacular']),
    ];
    expect(labels(article).slice(ARTICLE.length)).toEqual(['body', 'body']);
  });

  it("is not a heading whose anchor id is made from its own words", () => {
    const article = [...ARTICLE.slice(0, 12), boxed('h2', 'How to start a newsletter', ['how', 'to', 'start', 'newsletter']), ...ARTICLE.slice(12)];
    expect(labels(article)[12]).toBe('heading');
  });

  it('takes only its short lines: longer text and code in it stay', () => {
    const article = [
      ...ARTICLE,
      boxed('p', 'Grow your business and send quick quotes with our software.'),
      boxed('p', `${PROSE[0]!} It met again on Friday.`),
      boxed('pre', 'npm install --save article-cleaner'),
    ];
    expect(labels(article).slice(ARTICLE.length)).toEqual(['advertisement', 'body', 'code']);
  });
});

describe('an author box after the article', () => {
  const boxed = (tag: BlockTag, text: string, tokens = ['author', 'box']) => inClass(block(tag, text), tokens);
  // 12 paragraphs of prose (30+ words each, about 50): the box below holds under a tenth of the words
  const ARTICLE = ['council', 'city board', 'district', 'county']
    .flatMap((who) => PROSE.map((t, i) => `${t} ${PROSE[(i + 1) % PROSE.length]!}`.replace('council', who))).map(body);
  const BIO = 'Maria Keller has covered local government for the Tribune since 2015, after six years at a regional radio station, and writes about budgets, housing and transport.';
  const BOX = [boxed('h4', 'Maria Keller'), boxed('p', 'City Hall Reporter'), boxed('p', BIO)];

  it('goes, name, title and bio, however fluent the bio reads', () => {
    expect(labels([...ARTICLE, ...BOX])).toEqual([...ARTICLE.map(() => 'body'), 'author-bio', 'author-bio', 'author-bio']);
  });

  it('stays before the last paragraph of prose, and on a page that is mostly the box (a profile page)', () => {
    expect(labels([...BOX, ...ARTICLE]).slice(0, 3)).toEqual(['heading', 'body', 'body']);
    const profile = [...ARTICLE.slice(0, 2), ...BOX, boxed('p', PROSE[2]!)];
    expect(labels(profile).slice(2)).toEqual(['heading', 'body', 'body', 'body']);
  });

  it('is only a box named by a whole word, and leaves code alone', () => {
    const article = [...ARTICLE, boxed('p', 'City Hall Reporter', ['authority', 'note']), boxed('pre', 'git log --author=keller', ['author', 'box'])];
    expect(labels(article).slice(ARTICLE.length)).toEqual(['body', 'code']);
  });
});

describe('a site menu printed again further down', () => {
  // none of these is a navigation phrase of the lexicon: the leading-menu rule names
  // the first copy, the repeat rule the second
  const menu = ['Portfolio', 'Print Shop', 'Wine 101', 'Types of Wine', 'Grape Varieties'];
  const links = (tag: BlockTag) => menu.map((t) => block(tag, t, true, 0));

  it('is navigation again where it repeats a removed menu line word for word', () => {
    const got = labels([...links('li'), ...PROSE_BLOCKS, ...links('li')]);
    expect(got.slice(-menu.length)).toEqual(menu.map(() => 'navigation'));
    expect(got.slice(menu.length, -menu.length)).toEqual(['body', 'body', 'body']);
  });

  it('leaves a heading, a line that is not a link, and links no menu line matches', () => {
    const got = labels([...links('li'), ...PROSE_BLOCKS, block('h2', 'Wine 101'), block('p', 'Grape Varieties'), block('li', 'Portfolio reviews', true, 0), block('li', 'Wine 102', true, 0)]);
    expect(got.slice(-4)).toEqual(['heading', 'body', 'list', 'list']);
  });

  it('leaves every line when nothing was removed as navigation', () => {
    // three links only: not a leading menu, so their repeats are not either
    const three = menu.slice(0, 3).map((t) => block('li', t, true, 0));
    expect(labels([...three, ...PROSE_BLOCKS, ...three]).every((r) => r === 'list' || r === 'body')).toBe(true);
  });
});

describe('the same short control link under every entry', () => {
  // the listing's own link to the entry's place on the map, as on blog.resy.com
  const control = (text: string, i: number): ParagraphInput => ({ ...block('p', text), html: `<a href="#venue-${i}">${text}</a>` });
  const entry = (name: string, text: string, i: number) => [block('h3', name), block('p', `${name} ${PROSE[0]}`), control(text, i)];
  const names = ['Alta Calidad', 'Bonnie', 'Crown Shy'];

  it('is a button when it recurs three times or more', () => {
    // the article's closing paragraph after the listing: the last entry is not the page's end
    const got = labels([...names.flatMap((n, i) => entry(n, 'View in list', i)), PROSE_BLOCKS[1]!]);
    expect(got).toEqual([...names.flatMap(() => ['heading', 'body', 'button']), 'body']);
  });

  it('stays when it occurs twice, when it is not a link, and when it names a thing rather than an action', () => {
    expect(labels([...names.slice(0, 2).flatMap((n, i) => entry(n, 'View in list', i)), PROSE_BLOCKS[1]!])).toEqual(['heading', 'body', 'body', 'heading', 'body', 'body', 'body']);
    const plain = names.flatMap((n) => [block('h3', n), block('p', `${n} ${PROSE[0]}`), block('p', 'View in list')]);
    expect(labels(plain).filter((r) => r === 'button')).toEqual([]);
    // a shop or a forum user under each entry is that entry's text
    expect(labels([...names.flatMap((n, i) => entry(n, 'Kiehl Camera Shop', i)), PROSE_BLOCKS[1]!]).filter((r) => r === 'button')).toEqual([]);
  });
});
