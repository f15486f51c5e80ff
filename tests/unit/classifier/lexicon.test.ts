import { describe, expect, it } from 'vitest';
import { findWhole, lexiconHits, PHRASES, untriggeredPhrases } from '../../../src/classifier/lexicon.ts';

const strongReasons = (text: string) => lexiconHits(text).filter((h) => h.strength === 'strong').map((h) => h.reason);

describe('lexiconHits', () => {
  it.each([
    ['Sign up for our daily newsletter', 'newsletter'],
    ['World Cup winner Jürgen Klinsmann invites you to subscribe to his daily World Cup newsletter.', 'newsletter'],
    ['Abonnez-vous à notre newsletter', 'newsletter'],
    ['Schrijf je in voor onze nieuwsbrief', 'newsletter'],
    ['CLICK HERE TO GET THE FOX NEWS APP', 'app-download'],
    ['Folgen Sie uns auf Instagram', 'social-follow'],
    ['Síguenos en Twitter', 'social-follow'],
    ['© 2022 BBC. The BBC is not responsible for the content of external sites.', 'copyright'],
    ['Alle Rechte vorbehalten', 'copyright'],
    ['Copyright 2024-2025 Example Media Ltd', 'copyright'],
    ['Copyright: Example Media', 'copyright'],
    ['(c) 2019 Example Media', 'copyright'],
    ['Copyright', 'copyright'],
    ['Read about our approach to external linking.', 'external-links-notice'],
    ['Lesen Sie auch: Der Streik geht weiter', 'related-links'],
    ['Leggi anche: la crisi dei porti', 'related-links'],
    ['Anzeige', 'advertisement'],
    ['Publicité', 'advertisement'],
    ['Updated 3:45 PM', 'updated-at'],
    ['Mis à jour le 12 septembre 2025 à 17h05', 'updated-at'],
    ['5 min read', 'reading-time'],
    ['Lecture\u00a0: 4\u00a0min', 'reading-time'],
    ['Photo: Getty Images', 'image-credit'],
    ['Listen on Apple Podcasts', 'podcast-event'],
    ['Subscribe wherever you get your podcasts.', 'podcast-event'],
    ['Jane Smith is a senior editor at the Daily Post.', 'author-bio'],
    // a caption that ends with its credit
    ['Fueling your body properly is important when spending days on the trail. Credit: Jessica Haist', 'image-credit'],
    ['A tiny house means living more efficiently and, many say, effectively. Picture: Getty', 'image-credit'],
    ['Die Demonstranten zogen am Mittag durch die Innenstadt. Foto: dpa', 'image-credit'],
    ['Les manifestants ont défilé dans le centre-ville. Photo : AFP', 'image-credit'],
    ['La processione è partita dal duomo alle dieci. Foto: Ansa', 'image-credit'],
    ['By Anna Schmidt, Political Correspondent', 'byline'],
    ['Business › Media', 'navigation'],
    ['This article is exclusive to STAT+ subscribers', 'subscription'],
    ['Join Our Newsletter', 'newsletter'],
    ['Would you like to receive notifications about new posts?', 'newsletter'],
    ['Stay connected with me!', 'social-follow'],
    ['Join the Facebook group', 'social-follow'],
    ['Add The Daily Post as a preferred source on Google', 'social-follow'],
    ['This story is funded by readers like you.', 'donation'],
    ['Other Posts You May Enjoy', 'related-links'],
    ['What others are reading', 'related-links'],
    ['Pin this for later!', 'share-bar'],
    ['Be the first to comment', 'comment-prompt'],
    ['Did you make one of my recipes? Please take a moment to leave a star rating.', 'comment-prompt'],
    ['Advertisement - Continue Reading Below', 'advertisement'],
    ['Book a demo', 'advertisement'],
    ['Get in touch', 'advertisement'],
    ['Advertiser Disclosure', 'legal'],
    ['Products are chosen independently by our editors', 'legal'],
    ['As an Amazon Associate I earn from qualifying purchases.', 'legal'],
    ['Join the Facebook group– https://www.facebook.com/groups/example', 'social-follow'],
    ['Good articles to read together', 'related-links'],
    ['More "5 Tips" Posts', 'related-links'],
    ['PIN FOR LATER', 'share-bar'],
    ['Loading paragraph...', 'not-article-text'],
    ['Chargement…', 'not-article-text'],
    ['----------SHARE YOUR STORY', 'comment-prompt'],
    ['👉 Book a demo', 'advertisement'],
    ['Join Medium for free to get updates from this writer.', 'social-follow'],
    ['If you liked this article, please consider liking, sharing, and subscribing to the newsletter.', 'social-follow'],
    ["If you've enjoyed this interview, please support us by donating a small amount.", 'donation'],
    ['Displaying 1 - 18 (scroll right to see all products)', 'not-article-text'],
    ['New customers get $300 in free credits to spend on the platform.', 'advertisement'],
    ['Unlock up to 55% OFF your subscription today!', 'advertisement'],
    ['Begin learning a new language with Babbel! Unlock up to 55% OFF your Babbel subscription today!', 'advertisement'],
    ['Get $10 off your first order with code: HELLO', 'advertisement'],
    ['Bridgestone Team | 5 min read', 'reading-time'],
    ['Was this newsletter forwarded to you? Sign up to get it in your inbox.', 'newsletter'],
    ['Become a paid subscriber to unlock this piece', 'subscription'],
    ['By signing up, you agree to receive recurring automated SMS marketing messages.', 'legal'],
    ['Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.', 'legal'],
    ['En vous inscrivant, vous acceptez nos conditions générales.', 'legal'],
    ['Al suscribirte, aceptas nuestra política de privacidad.', 'legal'],
    ['Was this article helpful?', 'comment-prompt'],
    ['War dieser Artikel hilfreich?', 'comment-prompt'],
    ['Cet article vous a-t-il été utile ?', 'comment-prompt'],
    ['¿Te ha resultado útil este artículo?', 'comment-prompt'],
    ['Questo articolo ti è stato utile?', 'comment-prompt'],
    ['Este artigo foi útil?', 'comment-prompt'],
    ['Was dit artikel nuttig?', 'comment-prompt'],
    ['Share this:', 'share-bar'],
    ['Share This Report', 'share-bar'],
    ['Steun onafhankelijke lokale journalistiek: doneer vanaf vijf euro per maand.', 'donation'],
    ['This field is for validation purposes and should be left unchanged.', 'not-article-text'],
    // one-line site furniture, each at least twice in wcxb-dev and never in a content block there
    ['Read More', 'related-links'],
    ['Read Next', 'related-links'],
    ['Recent Posts', 'related-links'],
    ['Post navigation', 'navigation'],
    ['Go to Top', 'navigation'],
    ['Show Caption', 'not-article-text'],
    ['toggle caption', 'not-article-text'],
    ['No posts', 'not-article-text'],
    ['Page load link', 'not-article-text'],
    ['Facebook Twitter Email', 'share-bar'],
    ['X/Twitter', 'share-bar'],
    ['Get a Quote (212) 651-7273', 'advertisement'],
    ['CHECK PRICE', 'advertisement'],
    ['Shop Now!', 'advertisement'],
    ['Edited by', 'byline'],
    ['More from CFR', 'related-links'],
    ['More from SewCanShe:', 'related-links'],
    ['This field is hidden when viewing the form', 'not-article-text'],
    ['3 MIN. READ', 'reading-time'],
    ['➡️ Check price here', 'advertisement'],
    ['Check Price on Amazon', 'advertisement'],
    ['You can also connect with me here:', 'social-follow'],
    ['Connect with Us', 'social-follow'],
    // a form's required fields, in every language of the lexicon
    ['First Name*', 'not-article-text'],
    ['Email address *', 'not-article-text'],
    ['Job level: *', 'not-article-text'],
    ['E-Mail-Adresse*', 'not-article-text'],
    ['Prénom *', 'not-article-text'],
    ['Correo electrónico*', 'not-article-text'],
    ['Cognome*', 'not-article-text'],
    ['Telefone*', 'not-article-text'],
    ['Achternaam*', 'not-article-text'],
    // an opinion disclaimer, in every language of the lexicon
    ['Note: The views expressed on Mises.org are not necessarily those of the Mises Institute.', 'legal'],
    ['The views expressed by the authors of this blog are their own and do not necessarily reflect the views of APNIC.', 'legal'],
    ['Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.', 'legal'],
    ["Les opinions exprimées dans cette tribune n'engagent que leur auteur.", 'legal'],
    ['Las opiniones expresadas en esta columna no reflejan necesariamente la línea editorial.', 'legal'],
    ['Le opinioni espresse in questo articolo non riflettono necessariamente quelle della redazione.', 'legal'],
    ['As opiniões expressas neste artigo não refletem necessariamente a posição do jornal.', 'legal'],
    ['De meningen in deze column zijn niet noodzakelijk die van de redactie.', 'legal'],
    // a lead image's credit, a blog template's post line, an affiliate's and a trade fair's plug
    ['Feature image by Girlfriend Collective', 'image-credit'],
    ['Featured image: Getty', 'image-credit'],
    ['Posted by David at December 16, 2025 11:15 AM', 'dateline'],
    ['Posted by EditorDavid on Saturday March 07, 2026 @03:34AM from the springing-forward dept.', 'dateline'],
    ['Compare new car deals with leasing.com', 'advertisement'],
    ['Meet CleverTap at App Promotion Summit in Berlin on 27 November.', 'podcast-event'],
    ['Visit us at booth 4B at the Embedded World Expo', 'podcast-event'],
  ])('%s → %s', (text, reason) => {
    expect(strongReasons(text)).toContain(reason);
  });

  it.each([
    'The newsletter, founded in 1998, was sold to a private equity firm for $40m.',
    "Apple's app store revenue rose 12% in the quarter, the company said.",
    'He followed the river north for three days before reaching the border.',
    'The copyright lawsuit against the publisher was dismissed on Tuesday.',
    // headlines about copyright, not notices
    'Copyright Office Weighs In on AI Training and Fair Use',
    'Copyright Complexity in a Fragmented World',
    'By the time he arrived, the meeting was over.',
    'Donations to the charity fell by a third last year, its accounts show.',
    'Her two novels, originally published in 2013 and 2014, are now out in one volume.',
    'Auf der Startseite konnten Nutzer mit einem Klick alle Cookies akzeptieren, ablehnen aber nur über drei Menüs.',
    'Guests can leave a rating after their stay, and most do.',
    'The families said they would stay in touch with the investigators.',
    'She decided to join the local hiking group after moving to the valley.',
    'The company said it would get in touch with every affected customer by Friday.',
    'Loading the ships took three days longer than planned, the port authority said.',
    'More than 40 posts were cut from the newsroom.',
    'Range: 40-50 km | 25-30 miles',
    'Hiking pants (Men’s / Women’s) & shorts (Men’s / Women’s)',
    'More projects / resources means more people learn them',
    'New customers get a welcome call from the branch manager, the bank said.',
    'Shoppers got 20% off their order during the strike, the union said.',
    'The new rules take 10% off your tax bill if you earn under the threshold.',
    'Was this helpful to the defence? The judge thought not.',
    'The email was forwarded to police, who opened an inquiry.',
    'Share this timeline with vendors to ensure smooth coordination.',
    'Steun voor de lokale journalistiek is hard nodig, zei de minister.',
    'By signing up early, farmers agreed to cut their water use by a fifth.',
    'Read more about the ruling in the court’s summary, published on Monday.',
    'Facebook and Twitter both suspended the account within an hour.',
    'Facebook, Instagram and WhatsApp were down for six hours.',
    'Check prices before you book: fares doubled in August.',
    'Get a quote from at least three builders before you sign anything.',
    'Shop now, pay later schemes are under review by the regulator.',
    'No posts were cut in the reorganisation, the union said.',
    // "listen on" a port, and an editor that is software, not a person
    'This tells your operating system to listen on all public IPs.',
    'Flatliner is a handy code editor that helps to test the Flatline expressions.',
    // "Credit:" after a sentence that is not a credit line
    'The bank cut its rates twice. Credit: the cheapest it has been since 2019.',
    'The fund lent to farmers first. Credit: who gets it, and on what terms?',
    'Rates rose again this month. Credit cards remain the costliest way to borrow',
    'More from the same family came forward after the hearing.',
    'You can connect with us through the tribunal’s website or by post.',
    'Check price tags twice: the shelf and the till often disagree.',
    '3 min. reading a day is not enough, the study found.',
    // a star that marks a footnote, not a field to fill in
    '$1M Identity Theft Insurance*',
    'Monthly Credit Score*',
    'The name of the company was changed in 2019.*',
    // placeholder text is the article of many test pages (Readability's own among them)
    'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore.',
    // a poll, a post office and a company's visit in the news, not disclaimers, credits or plugs
    'The views expressed in the survey were mixed, and not necessarily hostile to the plan.',
    'The feature imaged the galaxy in infrared for the first time.',
    'Posted by the embassy at short notice, the letter reached him a week later.',
    'Compare the two deals side by side before you sign.',
    'Meet the people at the heart of the climate summit in our series.',
  ])('real prose gives no strong hit: %s', (text) => {
    expect(strongReasons(text)).toEqual([]);
  });
});

describe('the compiled phrases', () => {
  it('has only phrases that compile (they are compiled lazily, on first use)', () => {
    expect(PHRASES.length).toBeGreaterThan(100);
    for (const p of PHRASES) expect(() => new RegExp(p.source, p.flags), p.source).not.toThrow();
  });

  it('leaves no unanchored phrase without a trigger (each one would run on every paragraph)', () => {
    expect(untriggeredPhrases()).toEqual([]);
  });
});

describe('findWhole', () => {
  it('ends on a match that starts with an emoji inside a word (V8 steps lastIndex back into the pair)', () => {
    const regex = /(?:\u{1F600}x)/gu;
    expect(findWhole(regex, 'a\u{1F600}x')).toBeNull();
    expect(findWhole(regex, 'a \u{1F600}x')?.index).toBe(2);
  });
});
