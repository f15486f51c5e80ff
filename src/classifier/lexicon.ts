// Phrase lexicons: how promos, boilerplate, captions and meta lines really read on
// news sites, in English, German, French, Spanish, Italian, Portuguese and Dutch.
// One signal of the classifier among several (see index.ts).
//
// - strong: a phrase that is a promo/boilerplate line in almost any context
//   ("Sign up for our newsletter", "© 2022 BBC", "Alle Rechte vorbehalten").
//   A strong hit decides a short paragraph; a long one also needs the model.
// - weak: a word that real prose also uses ("newsletter", "app", "subscribe").
//   Weak hits only name the reason when the model already says "not content".
//
// Phrases are regular-expression fragments, matched case-insensitively on whole
// words; keep them free of nested quantifiers so matching stays linear.
import type { ReasonCode } from '../shared/reasons.ts';
import { PHRASE_TRIGGERS, PHRASES_FINGERPRINT } from './phrase-triggers.ts';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'];

export interface LexiconHit {
  reason: ReasonCode;
  /** the matched text */
  cue: string;
  strength: 'strong' | 'weak';
  lang: Lang | 'any';
}

type PhraseTable = Partial<Record<ReasonCode, Partial<Record<Lang | 'any', string[]>>>>;

// Shared pieces.
const YEAR = '(?:19|20)\\d\\d';
const TIME = '\\d{1,2}[:.h]\\d\\d(?:\\s?[ap]\\.?m\\.?)?';
const ZONE = '(?:uhr|h|cet|cest|gmt|bst|utc|et|pt|ct|est|edt|pst|pdt|wet|west)';
/** "Written by" alone, its name on the next line or in a link the text lost: a byline with no name to check (VERIFY). */
const BARE_BYLINE = '^(?:written|edited|reviewed|fact[- ]checked) by\\s?:?$';
/** What may stand before a byline's "by": "Written by", "Interview by", "Words by"; the name check skips it. */
const BYLINE_LEAD = '(?:written|reported|interview(?:ed)?|text|words|story)';
const SOCIAL = '(?:facebook|instagram|twitter|x|tiktok|youtube|linkedin|threads|bluesky|mastodon|whatsapp|telegram|snapchat|pinterest|google news|flipboard)';

/**
 * The consent phrase of a sign-up form ("By signing up, you agree…"), one a language:
 * legal phrases of STRONG below, and what opens a consent line (CONSENT_OPENING).
 */
const CONSENT_PHRASES: Record<Lang, string> = {
  en: 'by (?:signing up|subscribing|registering|submitting this form),? you (?:agree|consent|acknowledge)',
  de: 'mit (?:der|ihrer|deiner) (?:anmeldung|registrierung) (?:akzeptieren sie|akzeptierst du|stimmen sie|stimmst du|erklären sie)',
  fr: 'en vous (?:inscrivant|abonnant),? vous (?:acceptez|consentez)',
  es: 'al (?:suscribirte|registrarte|suscribirse|registrarse),? (?:aceptas|acepta|usted acepta)',
  it: '(?:iscrivendoti|registrandoti),? (?:accetti|dichiari)',
  pt: 'ao se (?:inscrever|cadastrar|registrar),? você (?:concorda|aceita)',
  nl: 'door (?:je|u) (?:aan te melden|in te schrijven),? (?:ga je|gaat u) akkoord',
};
/** A paragraph that opens with a consent phrase is a form's consent line (decide.ts). */
export const CONSENT_OPENING = new RegExp(`^(?:${LANGS.map((lang) => CONSENT_PHRASES[lang]).join('|')})`, 'iu');

/** "editor" as a person's job, not a program's name ("code editor", "video editor"). */
const EDITOR_ROLE = '(?<!(?:code|text|video|photo|image|html|markdown|pdf|audio|source|hex|graphics|visual|wysiwyg|web|spreadsheet|music|sound|film|movie|level|map) )editor';

/**
 * How an author's bio opens, after the name: a verb of being and a profession
 * ("… is the health and fitness director at PS", "… has been a journalist and blogger",
 * "… ist Redakteurin", "… è una giornalista"). In English an article must come first, so
 * that "… is dedicated to expert plumbing" is not a bio. Used only on the article's last
 * paragraph (decide.ts, dropClosingBio): in the body, the same words introduce a source.
 */
const BIO_ROLE: Record<Lang, string> = {
  en: `(?:is|was|has been) (?:an?|the) (?:\\S+ ){0,5}?(?:writer|correspondent|${EDITOR_ROLE}|journalist|reporter|author|contributor|columnist|director|founder|co-founder|ceo|cto|owner|president|attorney|lawyer|specialist|creator|marketer|consultant|manager|strategist|expert|professor|physician|producer|blogger|enthusiast|analyst|researcher|designer|engineer)`,
  de: '(?:ist|war) (?:\\S+ ){0,5}?\\S*(?:redakteur|korrespondent|reporter|autor|journalist|gründer|geschäftsführer|inhaber|leiter|direktor|berater|expert|anwalt|anwält|professor|arzt|ärzt|blogger|texter)(?:in|e)?',
  fr: "(?:est|était) (?:\\S+ ){0,5}?(?:journaliste|correspondante?|reporter|rédact(?:eur|rice)|auteure?|autrice|fondat(?:eur|rice)|direct(?:eur|rice)|consultante?|avocate?|professeure?|experte?|spécialiste|responsable|blogueu(?:r|se))",
  es: '(?:es|fue) (?:\\S+ ){0,5}?(?:periodista|corresponsal|reporter[oa]|redactora?|autora?|fundadora?|directora?|consultora?|abogad[oa]|profesora?|expert[oa]|especialista|responsable)',
  it: "(?:è|era) (?:\\S+ ){0,5}?(?:giornalista|corrispondente|inviat[oa]|redatt(?:ore|rice)|autore|autrice|fondat(?:ore|rice)|diret(?:tore|trice)|consulente|avvocat[oa]|professor(?:e|essa)|espert[oa]|specialista|responsabile)",
  pt: '(?:é|foi) (?:\\S+ ){0,5}?(?:jornalista|correspondente|repórter|redatora?|autora?|fundadora?|diretora?|consultora?|advogad[oa]|professora?|especialista|responsável)',
  // not "expert" or "specialist": Dutch "is" is English "is", and English needs its article
  nl: '(?:is|was) (?:\\S+ ){0,5}?(?:journalist|correspondent|verslaggever|redacteur|redactrice|auteur|oprichter|directeur|directrice|eigenaar|adviseur|advocaat|hoogleraar)',
};
/**
 * A person's name: one to three capitalised words, with the particles between them
 * ("Mirel Zaman", "Camille", "Jean-Luc", "Jan de Vries"). Case matters here, not in BIO_ROLE.
 */
const BIO_NAME = /^\W{0,2}\p{Lu}[\p{L}'’.-]*\s(?:(?:(?:de|da|di|du|del|della|dos|das|van|von|der|den|ter|ten|la|le)\s)*\p{Lu}[\p{L}'’.-]*\s){0,2}/u;
const BIO_ROLE_AFTER_NAME = new RegExp(`^(?:${LANGS.map((lang) => BIO_ROLE[lang]).join('|')})(?![\\p{L}])`, 'iu');

/** Does text open as an author's bio: a name, then BIO_ROLE? */
export function opensAsBio(text: string): boolean {
  const name = BIO_NAME.exec(text);
  return name !== null && BIO_ROLE_AFTER_NAME.test(text.slice(name[0].length));
}

const STRONG: PhraseTable = {
  newsletter: {
    en: [
      '^(?:get (?:email|e-mail) alerts|turn on (?:push )?notifications)$',
      'sign up (?:here |now |today )?(?:for|to) (?:our|the|his|her|their|a|my) (?:free |daily |weekly |morning |evening |email |new |\\S+ ){0,3}(?:newsletters?|briefings?|emails?|digest|bulletin)',
      'subscribe to (?:our|the|his|her|their|my) (?:free |daily |weekly |morning |evening |\\S+ ){0,3}(?:newsletters?|briefings?|digest)',
      'invites? you to subscribe',
      '(?:get|receive) (?:our|the) (?:free |daily |weekly |morning |evening |best |latest |top |\\S+ ){0,4}(?:newsletter|briefing|headlines|stories|news)(?: delivered)? (?:straight |directly )?(?:to|in) your inbox',
      'delivered (?:straight |directly )?to your inbox',
      'in your inbox (?:every|each)',
      'newsletter sign[- ]?up',
      'sign up for (?:free|email) (?:updates|alerts)',
      'enter your email(?: address)?',
      '(?:our|this) newsletter is free',
      "don't miss (?:a|any) (?:story|thing|update)",
      'sign up here',
      'our (?:free |daily |weekly |monthly |morning |evening |\\S+ ){0,2}(?:email )?newsletter (?:on|about|for|that|with)',
      '^sign up for',
      '(?:join|subscribe to) (?:our )?(?:mailing list|email list)',
      '^(?:join|subscribe to|get) (?:our|the|my) (?:free |weekly |daily |monthly |\\S+ ){0,2}newsletter',
      'would you like to (?:receive|get) (?:email )?(?:notifications|updates|emails) (?:about|of|on|when)',
      'this (?:newsletter|email) (?:was )?forwarded to you',
    ],
    de: [
      '(?:abonnieren|bestellen) sie (?:jetzt |hier )?(?:unseren?|den|kostenlos(?:en)?) (?:\\S+ ){0,2}newsletter',
      'newsletter (?:abonnieren|bestellen)',
      'melden sie sich (?:jetzt |hier )?(?:für|zu) (?:unseren?|den) (?:\\S+ ){0,2}newsletter an',
      'zum newsletter anmelden',
      'jetzt (?:kostenlos )?(?:für den )?newsletter anmelden',
      'immer (?:freitags|montags|morgens|abends|donnerstags|dienstags|mittwochs|samstags|sonntags) in ihrem postfach',
      'direkt in ihr (?:e-mail-)?postfach',
    ],
    fr: [
      'inscrivez-vous (?:gratuitement )?(?:à|a) (?:notre|la) (?:\\S+ ){0,2}(?:newsletter|lettre d.information)',
      'abonnez-vous (?:gratuitement )?(?:à|a) (?:notre|la) (?:\\S+ ){0,2}(?:newsletter|lettre d.information)',
      'recevez (?:gratuitement )?(?:notre|la) (?:\\S+ ){0,2}newsletter',
      'dans votre boîte (?:mail|aux lettres|de réception)',
      "s'inscrire (?:à|a) la newsletter",
    ],
    es: [
      'suscríbete (?:gratis )?(?:a|al) (?:nuestr[ao] )?(?:\\S+ ){0,2}(?:newsletter|boletín)',
      'suscríbase (?:gratis )?(?:a|al) (?:nuestr[ao] )?(?:\\S+ ){0,2}(?:newsletter|boletín)',
      'apúntate (?:a|al) (?:nuestr[ao] )?(?:\\S+ ){0,2}(?:newsletter|boletín)',
      'recibe (?:gratis )?(?:nuestr[ao]|el|la) (?:\\S+ ){0,2}(?:newsletter|boletín)',
      'en tu (?:bandeja de entrada|correo)',
    ],
    it: [
      'iscriviti (?:gratis |gratuitamente )?alla (?:nostra )?(?:\\S+ ){0,2}newsletter',
      'iscrivetevi alla (?:nostra )?newsletter',
      'ricevi (?:gratis )?la (?:nostra )?(?:\\S+ ){0,2}newsletter',
      'nella tua (?:casella di posta|casella e-?mail|inbox)',
    ],
    pt: [
      'assine (?:gratuitamente )?(?:a|o) (?:nossa |nosso )?(?:\\S+ ){0,2}(?:newsletter|boletim)',
      'inscreva-se (?:gratuitamente )?(?:na|no) (?:nossa |nosso )?(?:\\S+ ){0,2}(?:newsletter|boletim)',
      'receba (?:gratuitamente )?(?:a|o) (?:nossa |nosso )?(?:\\S+ ){0,2}(?:newsletter|boletim)',
      'cadastre-se (?:na|em nossa) newsletter',
      'no seu (?:e-?mail|correio eletrônico)',
    ],
    nl: [
      'schrijf (?:je|u) (?:nu )?in (?:voor|op) (?:onze|de) (?:\\S+ ){0,2}nieuwsbrief',
      'meld (?:je|u) (?:nu )?aan voor (?:onze|de) (?:\\S+ ){0,2}nieuwsbrief',
      'abonneer (?:je|u) op (?:onze|de) (?:\\S+ ){0,2}nieuwsbrief',
      'ontvang (?:onze|de) (?:\\S+ ){0,2}nieuwsbrief',
      'in (?:je|uw) (?:mailbox|inbox)',
    ],
  },
  subscription: {
    en: [
      'subscribe (?:now|today|here)',
      '^subscribe$',
      'subscribe (?:for|to get) (?:unlimited|full|digital) access',
      '(?:unlimited|full) (?:digital )?access (?:for|from) (?:just |only )?[$£€]',
      'already a subscriber',
      'become a (?:subscriber|member)',
      'this (?:article|story|content) is (?:only )?(?:for|available to) (?:subscribers|members)',
      'is exclusive to (?:\\S+ ){0,2}(?:subscribers|members)',
      '(?:start|try) (?:your|a) free trial',
      'subscribers? only',
      'to continue reading',
      'log in or subscribe',
      'support (?:our|quality|independent) journalism (?:by|and) subscrib',
      'get (?:unlimited|full) access',
      'become a paid (?:subscriber|member)',
      '^subscribe (?:to|now|today|for)',
    ],
    de: [
      'jetzt (?:abonnieren|abonnent werden|testen|weiterlesen)',
      'bereits abonnent',
      '(?:mit|ein) (?:\\S+ ){0,1}abo (?:weiterlesen|lesen)',
      'diesen artikel weiterlesen',
      '(?:alle|sämtliche) (?:artikel|inhalte) (?:für|ab) [\\d,.]+ ?(?:€|euro)',
      'abonnieren sie (?:jetzt )?(?:die|das|unser) (?:\\S+ ){0,1}(?:zeitung|abo|digital)',
      'plus-artikel',
      '^(?:jetzt )?abonnieren',
    ],
    fr: [
      'abonnez-vous (?:dès maintenant|maintenant|pour)',
      'déjà abonné',
      'réservé aux abonnés',
      'cet article (?:vous est offert|est réservé)',
      'pour lire la suite',
      'la suite est réservée',
      '^abonnez-vous',
    ],
    es: [
      'suscríbete (?:ahora|ya|para)',
      'suscríbase (?:ahora|ya|para)',
      'ya (?:eres|es) suscriptor',
      'contenido (?:exclusivo )?para suscriptores',
      'para seguir leyendo',
      'hazte (?:socio|suscriptor)',
      '^suscr[íi]b(?:ete|ase)',
    ],
    it: [
      'abbonati (?:ora|subito|per)',
      'sei già abbonato',
      'riservato agli abbonati',
      'per continuare a leggere',
      'contenuto (?:riservato|esclusivo) (?:agli|per gli) abbonati',
      '^abbonati',
    ],
    pt: [
      'assine (?:já|agora)',
      'já é assinante',
      'exclusivo para assinantes',
      'para continuar lendo',
      'conteúdo (?:exclusivo|restrito) (?:para|a) assinantes',
      'seja assinante',
      '^assine',
    ],
    nl: [
      'word (?:nu )?abonnee',
      'al abonnee',
      'alleen voor abonnees',
      'lees verder met',
      'neem (?:nu )?een abonnement',
      'abonneer (?:je|u) (?:nu|hier)',
      '^(?:word abonnee|abonneer)',
    ],
  },
  'app-download': {
    en: [
      'download (?:the|our|their) (?:free |new |\\S+ ){0,3}app',
      '^open in (?:the )?app$',
      'get (?:the|our) (?:free |new |\\S+ ){0,3}app',
      'click here to get the',
      '(?:available|download(?: it)?) (?:on|from) the (?:app store|google play)',
      'app store (?:and|or) google play',
      'on (?:your|the) (?:iphone|android) app',
    ],
    de: ['laden sie (?:sich )?(?:unsere|die) (?:\\S+ ){0,2}app', '(?:unsere|die) (?:\\S+ ){0,2}app (?:herunterladen|installieren|gratis)', 'jetzt (?:die )?app (?:laden|herunterladen)'],
    fr: ["téléchargez (?:gratuitement )?(?:notre|l[’']|l')(?:\\s?\\S+ ){0,2}?(?:application|appli)", "(?:notre|l[’'])\\s?(?:application|appli) (?:gratuite|mobile)? ?(?:sur|disponible)"],
    es: ['descarga (?:gratis )?(?:nuestra|la) (?:\\S+ ){0,2}app', 'descárgate la app', 'descargue (?:nuestra|la) (?:\\S+ ){0,2}app(?:licación)?'],
    it: ["scarica (?:gratis )?(?:la|l[’']) ?(?:nostra )?(?:\\S+ ){0,2}app", "scaricate l[’']app"],
    pt: ['baixe (?:grátis )?(?:o|a|nosso|nossa) (?:\\S+ ){0,2}(?:app|aplicativo)', 'descarregue (?:a|o) (?:nossa |nosso )?(?:app|aplicação)'],
    nl: ['download (?:de|onze) (?:gratis )?(?:\\S+ ){0,2}app', 'installeer (?:de|onze) app'],
  },
  'social-follow': {
    en: [
      `follow (?:us|me|him|her|them|\\S+ news) on ${SOCIAL}`,
      'check out my (?:\\S+ ){0,2}(?:youtube|instagram|tiktok|pinterest) (?:channel|page|account|profile)',
      // a news site's follow buttons, whole lines
      '^follow (?:this )?(?:topic|author|writer)$',
      `(?:like|find|join) us on ${SOCIAL}`,
      `follow (?:us|me) (?:@|on (?:social|twitter|x))`,
      `connect with us on ${SOCIAL}`,
      '^(?:you can )?(?:also )?connect with (?:me|us)(?: here| online| on social media)?\\s?:?$',
      `follow (?:us|me) for more`,
      `follow [\\w ]{1,30} on ${SOCIAL}`,
      // "Follow Backchannel: Twitter | Facebook"
      `^follow (?:us|me|[\\w ]{1,30})\\s?:\\s?${SOCIAL}(?:\\s?[|,/·•]?\\s?${SOCIAL})*$`,
      '^stay (?:connected|in touch)(?: with (?:me|us))?[!.]?$',
      '^join (?:the|our|my) (?:\\S+ ){0,4}(?:group|community)',
      'add (?:\\S+ ){0,4}as a preferred source on google',
      'get updates from this (?:writer|author|creator|publication)',
      'please consider (?:liking|sharing)(?:,? (?:and )?(?:sharing|subscribing))*',
    ],
    de: [`folgen sie (?:uns|[\\w ]{1,30}) (?:auch )?(?:auf|bei) ${SOCIAL}`, `folge (?:uns|[\\w ]{1,30}) auf ${SOCIAL}`],
    fr: [`suivez-(?:nous|le|la) sur ${SOCIAL}`, `retrouvez-nous sur ${SOCIAL}`, 'suivez-nous sur les réseaux'],
    es: [`síguenos en ${SOCIAL}`, `síganos en ${SOCIAL}`, 'síguenos en (?:las )?redes'],
    it: [`seguici (?:anche )?su ${SOCIAL}`, `segui(?:teci)? [\\w ]{1,30} su ${SOCIAL}`],
    pt: [`siga-nos (?:no|nas|em) (?:${SOCIAL}|redes sociais)`, `siga o [\\w ]{1,30} no ${SOCIAL}`, `acompanhe (?:o|a) [\\w ]{1,30} no ${SOCIAL}`],
    nl: [`volg (?:ons|[\\w ]{1,30}) (?:ook )?op ${SOCIAL}`],
  },
  donation: {
    en: [
      '(?:please )?(?:consider )?(?:make a )?donat(?:e|ion) (?:today|now|to (?:support|help) (?:us|our))',
      'support (?:our|independent|local|quality) journalism',
      'support (?:us|the \\w+) (?:today|from (?:as little as|just))',
      'chip in',
      'make a (?:one-off|one-time|monthly|recurring) (?:donation|contribution)',
      'become a (?:supporter|patron|donor)',
      'reader-funded',
      'please support us by (?:donating|becoming a|making a)',
      'every contribution',
      'free to read because',
      'readers (?:choose to )?support us',
      'if you (?:can|are able to),? (?:please )?(?:support|donate|contribute|give)',
      '(?:this|our) (?:story|journalism|reporting|work|site) is (?:funded|supported|made possible) by (?:readers|people|listeners) like you',
    ],
    de: ['unterstützen sie (?:unseren|unabhängigen|den) (?:\\S+ ){0,1}journalismus', 'jetzt (?:spenden|unterstützen)', 'mit einer spende'],
    fr: ['faites un don', 'soutenez (?:notre|le|un) (?:\\S+ ){0,1}journalisme', 'nous soutenir'],
    es: ['haz (?:una )?donación', 'apoya (?:nuestro|el) (?:\\S+ ){0,1}periodismo', 'dona (?:ahora|hoy)', 'colabora con'],
    it: ['fai una donazione', 'sostieni (?:il nostro|il) (?:\\S+ ){0,1}giornalismo', 'dona ora', 'sostienici'],
    pt: ['faça uma doação', 'apoie (?:o nosso|o) (?:\\S+ ){0,1}jornalismo', 'doe agora'],
    nl: ['doneer (?:nu|vandaag|vanaf)', 'steun (?:onze|de) (?:\\S+ ){0,1}journalistiek', '^steun (?:\\S+ ){0,2}journalistiek\\s?:', 'word (?:vriend|donateur|lid)'],
  },
  'podcast-event': {
    en: [
      '(?:listen|subscribe) to (?:our|the) (?:\\S+ ){0,3}podcast',
      // "listen on" alone is a server's port as often: the platform decides
      '(?:listen|subscribe) (?:on (?:apple podcasts|spotify|google podcasts|youtube(?: music)?|amazon music|stitcher|itunes|pocket casts|overcast|soundcloud|iheart(?:radio)?|audible|deezer|castbox)|wherever you get your podcasts)',
      'wherever you get your podcasts',
      // a blogger's own course or workshop: "Join my FREE workshop …", "… check out my Yoga for Life course"
      '^join my (?:free )?(?:\\S+ ){0,3}(?:workshop|webinar|masterclass|course|challenge|class)',
      'check out my (?:\\S+ ){0,5}(?:course|program|programme|classes|class|workshop|masterclass)',
      '(?:book|get|buy) (?:your )?tickets (?:now|here|today)',
      'register (?:now|here|today) for',
      'join us (?:live )?(?:at|for) (?:our|the)',
      // a company's trade-fair plug: "Meet CleverTap at App Promotion Summit in Berlin on 27 November."
      '^(?:meet|visit) (?:us|(?!(?:the|a|an|our|my|your|their|his|her) )[^\\s,.]+(?: [^\\s,.]+)?) at (?:(?:our )?(?:booth|stand) \\S+ (?:at )?)?(?:the )?(?:[^\\s,.]+ ){0,4}(?:summit|conference|expo|trade ?show|convention)\\b',
      'join (?:our|the) (?:editors|reporters|journalists|team|writers) (?:for|at|on)',
      '(?:our|the) (?:\\S+ ){0,2}podcast,? (?:is )?(?:available )?(?:on|wherever)',
    ],
    de: ['hören sie (?:unseren|den) (?:\\S+ ){0,2}podcast', '^hören sie', 'unser(?:en)? (?:\\S+ ){0,2}podcast', '(?:unser|den) podcast (?:gibt es|finden sie|hören)', 'jetzt tickets sichern'],
    fr: ['écoutez (?:notre|le) (?:\\S+ ){0,2}podcast', '^écoutez', 'notre (?:\\S+ ){0,2}podcast', 'retrouvez (?:notre|le) podcast', 'réservez vos (?:places|billets)'],
    es: ['escucha (?:nuestro|el) (?:\\S+ ){0,2}pódcast', '^escucha', 'nuestro (?:\\S+ ){0,2}p[óo]dcast', 'escucha (?:nuestro|el) (?:\\S+ ){0,2}podcast', 'compra tus entradas'],
    it: ['ascolta (?:il nostro|il) (?:\\S+ ){0,2}podcast', '^(?:ascolta|partecipa)', "partecipa all.evento", 'il nostro (?:\\S+ ){0,2}podcast', 'acquista (?:i tuoi )?biglietti'],
    pt: ['ouça (?:o nosso|o) (?:\\S+ ){0,2}podcast', '^ouça', 'o nosso (?:\\S+ ){0,2}podcast', 'garanta (?:já )?o seu (?:ingresso|bilhete)'],
    nl: ['luister (?:naar )?(?:onze|de) (?:\\S+ ){0,2}podcast', '^luister (?:ook )?naar', 'onze (?:\\S+ ){0,2}(?:nieuws)?podcast', 'koop (?:nu )?(?:je|uw) tickets'],
  },
  'related-links': {
    en: [
      // a section's link under a story: "More in Politics ›", "Más en Opinión ›"
      '^similar threads$',
      '^more in [^.!?:;›»]{1,40}\\s?[›»→]$',
      '^(?:read|see) (?:more|also|next)\\s?[:›»|-]',
      '^related(?: (?:stories|articles|coverage|content|reading|reads|links|posts|topics))?\\s?[:›»|-]?$',
      '^related(?: (?:stories|articles|coverage|content|reading|reads|links|posts))?\\s?[:›»|-]',
      '^more (?:on this story|from|stories|about|on this topic|coverage|news)(?:$|\\s?[:›»|-])',
      // "More from CFR", "More from SewCanShe:": a site's name, then its other posts
      '^more from (?:\\S+ ){0,2}\\S+\\s?:?$',
      '^explore more on (?:these|this) topics?$',
      '^you (?:may|might) (?:also )?(?:like|be interested in|have missed)',
      '^(?:recommended|trending|most (?:read|popular|viewed|shared|emailed))(?:$|\\s?[:›»|-]| (?:stories|articles|reads|now|for you))',
      "^(?:up next|editors?['’]? ?picks|read (?:the )?full (?:article|story))\\s?:?$",
      "^(?:don't miss|editor's picks|top stories|latest news|what to read next|keep reading|further reading)(?:$|\\s?[:›»|-])",
      '^(?:also read|also see|read also|more reading|read the full story)',
      '^(?:watch|listen)\\s?:',
      'click here to read more',
      '^continue reading',
      '^(?:other|more) (?:posts|articles|stories|reads|guides) (?:you (?:may|might|will) (?:also )?(?:enjoy|like|love)|to read)',
      '^what (?:others|other readers|people) are reading',
      '^(?:(?:good|more|great) )?(?:articles|posts|stories|reads) to read (?:together|next)',
      '^more (?:\\S+ ){0,3}(?:posts|articles|stories)$',
      '^(?:\\S+ )?recommends$',
      '^(?:read more|read next|recent posts)\\s?[.!…]?$',
    ],
    de: ['^mehr (?:aus|zu|über|von|in) [^.!?:;›»]{1,40}\\s?[›»→]$', '^(?:lesen sie auch|mehr zum thema|auch interessant|das könnte sie (?:auch )?interessieren|weitere artikel|meistgelesen|empfehlungen|zum thema|mehr dazu|lesetipp)(?:$|\\s?[:›»|-])', '^(?:mehr|weiterlesen)\\s?:'],
    fr: ['^plus (?:de|sur|dans) [^.!?:;›»]{1,40}\\s?[›»→]$', '^(?:à lire aussi|lire aussi|à lire également|voir aussi|sur le même sujet|les plus lus|à voir aussi|pour aller plus loin|lire la suite)(?:$|\\s?[:›»|-])'],
    es: ['^más (?:en|de|sobre) [^.!?:;›»]{1,40}\\s?[›»→]$', '^(?:leer más|lee también|lea también|te puede interesar|le puede interesar|noticias relacionadas|más información|lo más leído|ver también|relacionado|también te puede interesar)(?:$|\\s?[:›»|-])'],
    it: ['^(?:altro|altri) (?:da|su|in) [^.!?:;›»]{1,40}\\s?[›»→]$', '^(?:leggi anche|leggi di più|potrebbe interessarti|articoli correlati|i più letti|vedi anche|correlati|approfondisci|per approfondire)(?:$|\\s?[:›»|-])'],
    pt: ['^mais (?:em|de|sobre) [^.!?:;›»]{1,40}\\s?[›»→]$', '^(?:leia também|leia mais|veja também|saiba mais|mais lidas|notícias relacionadas|relacionadas|você pode gostar|recomendados)(?:$|\\s?[:›»|-])'],
    nl: ['^meer (?:uit|over|van|in) [^.!?:;›»]{1,40}\\s?[›»→]$', '^(?:lees ook|lees meer|meer over|gerelateerd|gerelateerde artikelen|meest gelezen|bekijk ook|zie ook)(?:$|\\s?[:›»|-])'],
  },
  copyright: {
    any: [
      // "Copyright" must come with a sign, a year or a colon, or alone: "Copyright Office
      // Weighs In on AI Training" is a headline
      '^\\s*(?:©|\\(c\\))\\s*(?:' + YEAR + ')?',
      '^\\s*copyright\\s*(?:©|\\(c\\)|:|' + YEAR + ')\\s*(?:' + YEAR + ')?',
      '^\\s*copyright$',
      `©\\s*${YEAR}`,
      `copyright\\s*(?:©\\s*)?${YEAR}`,
    ],
    en: ['all rights reserved', 'some rights reserved',
      // a developer blog's licence line under a post: "Want to use code from this post? Check out the license."
      "^(?:want|feel free|you(?:'re| are) (?:free|welcome)) to (?:use|reuse|copy|adapt) (?:the |any |this )?code (?:from|in|on) this (?:blog )?(?:post|article|tutorial|page)",
      '^(?:the )?(?:source )?code (?:samples? |snippets? |examples? )?(?:in|from|on) this (?:blog )?(?:post|article|tutorial|page) (?:is|are) (?:licensed|released|available|published) under'],
    de: ['alle rechte vorbehalten'],
    fr: ['tous droits réservés', 'droits de reproduction'],
    es: ['todos los derechos reservados', 'derechos reservados'],
    it: ['tutti i diritti riservati', 'riproduzione riservata'],
    pt: ['todos os direitos reservados', 'direitos reservados'],
    nl: ['alle rechten voorbehouden'],
  },
  legal: {
    en: [
      'may not be (?:published|reproduced|copied|redistributed|republished)',
      // a newsroom's policy links under a story, whole lines
      '^(?:(?:see|read) )?(?:our )?(?:corrections|ethics|editorial) polic(?:y|ies)$',
      'without (?:the )?(?:prior )?(?:written )?permission',
      'is (?:for|intended for) (?:general )?informational purposes only',
      'does not constitute (?:financial|legal|medical|investment) advice',
      'not (?:be )?(?:construed|intended) as (?:financial|legal|medical|investment) advice',
      'we may earn (?:a )?(?:commission|affiliate)',
      '(?:contains|may contain) affiliate links',
      // an opinion disclaimer: "The views expressed on Mises.org are not necessarily those of …"
      '(?:views|opinions)(?: and (?:views|opinions))? expressed (?:\\S+ ){0,12}?(?:are|do) not necessarily',
      // the site speaking of its own policies; a sentence that only names one is news
      // about it (decide.ts, isPolicyMention), so these come before the bare names below
      '(?:you|i) (?:have read and )?(?:agree|consent|acknowledge|accept)(?: to)? (?:\\S+ ){0,4}(?:terms (?:of use|and conditions|of service)|privacy (?:policy|notice))',
      'our (?:\\S+ ){0,2}(?:terms (?:of use|and conditions|of service)|privacy (?:policy|notice))',
      'this (?:article|post|page) (?:contains|may contain) (?:affiliate|sponsored)',
      '^advertiser disclosure',
      'products (?:are|were) (?:chosen|selected) independently',
      'if you (?:buy|purchase|click) (?:something |a product )?(?:through|via|from) (?:our |my |these |the )?(?:affiliate )?links',
      'earn from qualifying purchases',
      CONSENT_PHRASES.en,
      // a policy page's name: the site's furniture as a link or a short line only (decide.ts)
      'terms (?:of use|and conditions|of service)',
      'privacy policy',
    ],
    // in every language the bare policy names come last, as in en above (decide.ts, isPolicyMention)
    de: ['nachdruck (?:nur )?(?:mit|nicht)', 'geb(?:en|t) nicht (?:unbedingt|notwendigerweise|zwingend) die meinung (?:der redaktion|des verlags|des herausgebers|der herausgeber)', 'keine (?:anlage|rechts)beratung', 'affiliate-links?', CONSENT_PHRASES.de, 'datenschutzerklärung', 'impressum'],
    fr: ['reproduction interdite', "n['’]engag(?:e|ent) que (?:leurs?|son|ses) auteurs?", 'toute reproduction(?:, même partielle,)? (?:est )?interdite', 'ne constitue pas un conseil', CONSENT_PHRASES.fr, 'mentions légales', 'politique de confidentialité'],
    es: ['prohibida (?:su|la) reproducción', '(?:opiniones|puntos de vista) expresad[oa]s (?:\\S+ ){0,8}?no reflejan? necesariamente', CONSENT_PHRASES.es, 'aviso legal', 'política de privacidad'],
    it: ['è vietata la riproduzione', '(?:opinioni|punti di vista) espress[ie] (?:\\S+ ){0,8}?non (?:riflettono|rispecchiano) necessariamente', CONSENT_PHRASES.it, 'non costituisc(?:e|ono) (?:una )?(?:sollecitazione|consulenza|offerta)', 'carattere (?:esclusivamente|puramente) informativo', 'note legali', 'informativa (?:sulla )?privacy'],
    pt: ['é proibida a reprodução', '(?:opiniões|pontos de vista) express[oa]s (?:\\S+ ){0,8}?não (?:refletem|reflectem) necessariamente', 'proibida a reprodução', CONSENT_PHRASES.pt, 'política de privacidade', 'aviso legal'],
    nl: ['niets uit deze uitgave', '(?:meningen|standpunten|opvattingen|inhoud) (?:\\S+ ){0,8}?(?:zijn|geeft|geven|vertegenwoordigen) niet (?:noodzakelijkerwijs|noodzakelijk)', CONSENT_PHRASES.nl, 'privacybeleid', 'disclaimer'],
  },
  syndication: {
    en: [
      'this (?:article|story|piece|post|essay) (?:was )?(?:originally|first) (?:published|appeared) (?:on|in|by)', '^(?:originally|first) (?:published|appeared) (?:on|in|by)',
      'is republished from',
      'this (?:article|story|piece|post|essay) was (?:reprinted|republished) (?:on|in|by|from)',
      'republished (?:here )?(?:with|under) (?:permission|a creative commons)',
      '^(?:reporting|additional reporting|writing) by .{2,80}(?:editing|edited) by',
      '^(?:editing|edited) by [^\\d;:!?()|&]{2,60}$',
      '^with (?:reporting|additional reporting) (?:from|by)',
      '^\\(?(?:reuters|ap|afp|bloomberg|the associated press)\\)?\\s?(?:contributed|$)',
      'contributed to this report',
      'this story has been (?:updated|corrected)',
    ],
    de: ['^mit material (?:von|der) (?:dpa|afp|reuters|ap|kna|epd)', '^\\(?(?:dpa|afp|reuters|ap)\\)?$', 'dieser (?:artikel|beitrag) erschien (?:zuerst|ursprünglich)', '^quelle: (?:dpa|afp|reuters|ap)'],
    fr: ['^avec (?:l.)?(?:afp|reuters|ap)$', '^\\(?avec (?:afp|reuters|ap)\\)?', 'cet article a (?:été )?(?:initialement|d.abord) (?:été )?publié', '^source\\s?: (?:afp|reuters)'],
    es: ['^con información de', '^\\(?(?:efe|europa press|afp|reuters)\\)?$', 'este artículo (?:fue )?(?:publicado|apareció) originalmente', '^fuente: (?:efe|europa press|afp|reuters)'],
    it: ['^con (?:informazioni|fonti) (?:di|da)', '^\\(?(?:ansa|agi|adnkronos|lapresse)\\)?$', 'questo articolo è (?:stato )?(?:originariamente |inizialmente )?pubblicato', '^fonte: (?:ansa|agi|reuters)'],
    pt: ['^com informações d[aeo]', '^com (?:a )?(?:lusa|agência brasil|reuters|afp|efe|ap)$', '^\\(?(?:agência brasil|lusa|estadão conteúdo|folhapress)\\)?$', 'este (?:artigo|texto) foi (?:originalmente )?publicad'],
    nl: ['^\\(?(?:anp|belga)\\)?$', '^met (?:medewerking|materiaal) van', 'dit artikel verscheen (?:eerder|oorspronkelijk)', '^bron: (?:anp|belga|reuters)'],
  },
  'external-links-notice': {
    en: ['is not responsible for the content of external (?:sites|websites|internet sites)', 'read about our approach to external linking', 'not responsible for (?:the )?content (?:on|of) (?:external|third-party) (?:sites|websites)'],
    de: ['inhalte externer (?:internet)?seiten', '(?:ist|sind) nicht (?:verantwortlich )?für (?:den )?inhalte? externer (?:seiten|webseiten|websites|links)', 'für (?:den )?inhalte? externer (?:seiten|links) (?:übernehmen|wird) (?:wir )?keine'],
    fr: ["n'est pas responsable du contenu des sites (?:externes|tiers)"],
    es: ['no (?:se hace|es) responsable del contenido de (?:los )?sitios (?:externos|web externos)'],
    it: ['non è responsabile del contenuto dei siti esterni', 'non è responsabile dei contenuti (?:pubblicati )?(?:su|di|dei) siti esterni'],
    pt: ['não (?:se )?responsabiliza pelo conteúdo de sites externos', 'não é responsável pelo conteúdo de sites externos'],
    nl: ['(?:is|zijn) niet verantwoordelijk voor de inhoud van externe (?:sites|websites)'],
  },
  'share-bar': {
    en: [`^share (?:on|via|to) `, '^(?:gift|share|print|email|save) (?:this|full) (?:article|story|page)$', '^(?:link copied!?|reuse this content|save for later|text size|a a a)$', '^share this(?:\\s?:|(?: \\S+){0,2}[.!]?$)', `^(?:share|tweet|email|print|copy link|save)(?: (?:on )?${SOCIAL}| this| article| story)?(?:\\s+(?:share|tweet|email|print|copy link|save|${SOCIAL}))+\\s*$`, `^share (?:this )?(?:article|story|page|post)`, '^copy link$', '^share$', `^${SOCIAL}(?:\\s*[|·•/]?\\s*(?:${SOCIAL}|email|e-mail|print|copy link|reddit))+\\s*$`, '^pin (?:this |it )?(?:for later|now)[!.]?$', '^pin (?:this|it)[!.]?$', '^help (?:me|us) spread the word'],
    de: ['^(?:teilen|artikel teilen|auf \\S+ teilen|beitrag teilen)', `^teilen (?:auf|per|via) `],
    fr: ['^(?:partager|partagez)(?: (?:sur|cet article|par))?', '^partager sur '],
    es: ['^(?:compartir|comparte)(?: en| este artículo| esta noticia)?', '^compartir en '],
    it: ['^(?:condividi|condividere)(?: su| questo articolo)?'],
    pt: ['^(?:compartilhe|compartilhar|partilhar|partilhe)(?: no| este| esta| nas)?'],
    nl: ['^(?:delen|deel dit artikel|deel via|deel op)'],
  },
  navigation: {
    any: ['^(?:[^›»>|/.!?]{1,30}(?:[›»>|]| / )\\s?){1,}[^›»>|/.!?]{1,40}$'],
    en: ['^(?:skip to (?:main )?content|back to top|previous (?:article|story|post)|next (?:article|story|post)|home page|go to homepage|home|menu|table of contents|contents|on this page|in this article|jump to|post navigation|(?:go|scroll) to top)\\s?:?$', '^(?:previous|next)(?: article| story| post| page)?\\s?[:›»]'],
    de: ['^(?:zur startseite|nach oben|zum inhalt springen|vorheriger artikel|nächster artikel|zurück zur übersicht|startseite|inhaltsverzeichnis|inhalt)\\s?:?$'],
    fr: ["^(?:retour (?:à l.accueil|en haut)|aller au contenu|article (?:précédent|suivant)|accueil|sommaire|table des matières)\\s?:?$"],
    es: ['^(?:volver (?:arriba|al inicio)|ir al contenido|artículo (?:anterior|siguiente)|inicio|índice|tabla de contenidos)\\s?:?$'],
    it: ['^(?:torna (?:su|alla home)|vai al contenuto|articolo (?:precedente|successivo)|indice|sommario)\\s?:?$'],
    pt: ['^(?:voltar ao topo|ir para o conteúdo|artigo (?:anterior|seguinte)|página inicial|índice|sumário)\\s?:?$'],
    nl: ['^(?:terug naar boven|naar de inhoud|vorig artikel|volgend artikel|inhoudsopgave|inhoud)\\s?:?$'],
  },
  'comment-prompt': {
    en: ['^(?:\\d+ )?comments?(?: \\(\\d+\\))?$', '^comments? \\(\\d+(?: posted)?\\)', '^(?:leave|post|add|write) a (?:comment|reply)', '^(?:join|start) the (?:conversation|discussion)', '^(?:view|show|read|load) (?:all )?(?:\\d+ )?comments', '^(?:hide|load more|show more) comments$', '^(?:jump|skip|go) to (?:the )?comments$', '^(?:sign|log) in to (?:comment|reply)', 'comments are closed', '^have your say', '^what do you think\\?', 'let us know (?:in|what you think in) the comments', 'share your (?:thoughts|views) in the comments', '^be the first to (?:comment|review|leave a)', 'please (?:take a moment to )?(?:leave|give) (?:it |this recipe |me )?a (?:star )?rating', '^did you (?:make|try|cook|bake) (?:this|one of (?:my|our)) (?:recipes?|dish)', '^share your (?:story|news tips?|photos?)$', '^(?:was|is) this (?:article |page |post |answer |guide |information )?(?:helpful|useful)(?: (?:to|for) you)?\\?'],
    de: ['^(?:war|ist) (?:dieser artikel|diese seite|dieser beitrag|das) hilfreich\\?', '^(?:\\d+ )?kommentare?(?: \\(\\d+\\))?$', '^(?:kommentar schreiben|jetzt kommentieren|kommentieren)$', '^(?:diskutieren sie mit|zur diskussion)', 'die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)'],
    fr: ['^(?:cet article|cette page) vous (?:a-t-il|a-t-elle) été utile', '^(?:\\d+ )?commentaires?(?: \\(\\d+\\))?$', '^(?:laisser|écrire|ajouter) un commentaire', '^(?:réagissez|réagir)', 'les commentaires sont fermés'],
    es: ['^¿?(?:te ha resultado|te resultó|fue|ha sido) útil (?:este artículo|esta página|esta información)', '^(?:\\d+ )?comentarios?(?: \\(\\d+\\))?$', '^(?:deja|dejar|escribe|añade) (?:un|tu) comentario', '^(?:comenta|comentar)$', 'los comentarios están cerrados'],
    it: ['^(?:questo articolo|questa pagina) (?:ti|vi) è stat[oa] utile', '^(?:\\d+ )?commenti?(?: \\(\\d+\\))?$', '^(?:lascia|scrivi|aggiungi) un commento', '^commenta$'],
    pt: ['^(?:este artigo|esta página|esta informação) (?:foi|lhe foi|te foi) útil', '^(?:\\d+ )?comentários?(?: \\(\\d+\\))?$', '^(?:deixe|deixar|escreva) (?:um|seu|o seu) comentário', '^comente$'],
    nl: ['^(?:was|is) (?:dit artikel|deze pagina|deze informatie) (?:nuttig|behulpzaam)', '^(?:\\d+ )?(?:reacties?|commentaar)(?: \\(\\d+\\))?$', '^(?:laat een reactie achter|plaats een reactie|reageer)$', '^reageer op dit artikel'],
  },
  advertisement: {
    en: ['^(?:advertisement|advertising|sponsored(?: content| post)?|ad|paid (?:content|post|partnership)|promoted(?: content)?|story continues below(?: this)? advertisement|article continues below(?: this)?(?: ad| advertisement)?|scroll to continue(?: with content)?|skip (?:this )?(?:advertisement|ad)|(?:sponsored|promoted|partner) (?:stories|links|posts|content)|(?:content|stories) from (?:our )?partners|from our partners|around the web|ad feedback|recommended by)$', '^(?:continue reading|story continues) below', '^sponsored by ', '^supported by$', '^promoted by [^.,;:!?]{2,40}$', '^(?:advertisement|advertising|ad)\\s?[-–—:|]\\s?(?:continue|scroll|story)', '^sponsor (?:this|our) (?:newsletter|podcast|site|blog)', '^in partnership with$', '^(?:book|request|schedule|get) (?:a|your) (?:free )?(?:demo|quote|consultation)(?: today| now)?[!.]?(?:\\s?[(+]?\\d[\\d()+. -]{6,18}\\d)?$', '^(?:shop|buy) now[!.]?$', '^(?:check|see|compare) (?:the )?(?:latest |current |best )?prices?(?: here| now| on amazon)?[!.]?$', '^(?:get in touch|contact us|talk to an expert)(?: today| now)?[!.]?$',
      // a call to action that closes a line, or is the whole line: "Talk to us today", "Stop Searching & Start Winning. Talk To Our Social Media Marketing Experts"
      'talk to (?:us|our (?:\\S+ ){0,4}(?:experts?|team|specialists?)|sales)(?: today| now)?[!.]?$',
      // a lender's or a shop's banner line: "Get the cash you need with a low-interest personal loan today"
      '^get the (?:\\S+ ){1,2}you need (?:\\S+ ){0,8}(?:today|now)[!.]?$',
      // the author's own book: "Order my Yoga Life book for a practical guide …"
      '^(?:order|buy|get) my (?:new |latest |\\S+ ){0,3}book',
      // a school's or a company's pitch for its own programme: "Our Bachelor of Applied Data Analytics program equips you …"
      '^our (?:\\S+ ){1,6}(?:program|programme|degree|course|certificate|bootcamp)s? (?:equips|prepares|gives|helps|teaches|trains) you',
      // a venue's or a planner's booking call under its article: "Start Planning Your Event",
      // "Reserve your date at Cincinnati's most enchanting event space. …"
      '^(?:start|begin) planning your (?:\\S+ ){0,2}(?:event|wedding|party|trip|vacation|holiday|stay|visit|celebration)[!.]?$',
      '^reserve your (?:date|spot|place)\\b',
      // a company's list of what it sells, headed as such under its article
      '^our (?:services|solutions|products|treatments)\\s?:?$',
      '^new customers get (?:up to )?[$€£]?\\d+', '^compare (?:new |used |the best |the latest )?(?:\\S+ ){0,2}deals (?:with|at|on|from) ', '\\d+\\s?% off your (?:first |next )?(?:\\S+ ){0,2}(?:order|purchase|subscription|membership|plan)s?', '[$€£]\\d+ off your (?:first |next )?(?:order|purchase)'],
    de: ['^(?:anzeige|werbung|sponsored|gesponsert|bezahlter inhalt)$', '^anzeige\\s?[-:|]', '^(?:weiter nach der anzeige|artikel geht nach der anzeige weiter)'],
    fr: ['^(?:publicité|pub|contenu sponsorisé|sponsorisé|contenu partenaire)$', "^(?:la suite après (?:cette )?(?:la )?publicité|l'article continue après la publicité)"],
    es: ['^(?:publicidad|anuncio|contenido patrocinado|patrocinado)$', '^(?:sigue leyendo|continúa) (?:después|tras) (?:la|el) (?:publicidad|anuncio)'],
    it: ['^(?:pubblicità|contenuto sponsorizzato|sponsorizzato|annuncio)$', '^(?:continua a leggere dopo la pubblicità)'],
    pt: ['^(?:publicidade|anúncio|conteúdo patrocinado|patrocinado|continua após a publicidade)$'],
    nl: ['^(?:advertentie|gesponsord|gesponsorde inhoud|reclame)$', '^(?:lees verder na de advertentie|het artikel gaat verder na de advertentie)'],
  },
  'cookie-notice': {
    en: ['(?:this|our) (?:site|website) uses cookies', 'we use cookies', 'by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website),? you (?:agree|consent|accept)', '^accept (?:all )?cookies', 'cookie (?:policy|settings|preferences)', 'manage (?:your )?(?:cookie )?(?:consent|preferences)'],
    de: ['(?:diese|unsere) (?:website|seite|webseite) (?:verwendet|nutzt) cookies', 'wir (?:verwenden|nutzen) cookies', 'cookie-einstellungen', '^(?:alle )?cookies akzeptieren'],
    fr: ['(?:ce site|notre site) utilise (?:des )?cookies', 'nous utilisons (?:des )?cookies', '^accepter (?:les|tous les) cookies', 'paramètres des cookies'],
    es: ['(?:este sitio|esta web|nuestro sitio) utiliza cookies', 'utilizamos cookies', '^aceptar (?:las |todas las )?cookies', 'política de cookies'],
    it: ['(?:questo sito|il sito) utilizza (?:i )?cookie', 'utilizziamo (?:i )?cookie', '^accetta (?:i |tutti i )?cookie', 'cookie policy'],
    pt: ['(?:este site|nosso site) (?:utiliza|usa) cookies', '(?:utilizamos|usamos) cookies', '^aceitar (?:os |todos os )?cookies', 'política de cookies'],
    nl: ['(?:deze (?:site|website)|onze website) (?:gebruikt|maakt gebruik van) cookies', 'wij gebruiken cookies', 'we gebruiken cookies', '^cookies accepteren', 'cookiebeleid'],
  },
  'author-bio': {
    en: [`^(?:[^\\s\\d,;:!?()|&]+ ){1,3}(?:is|was) (?:an?|the) (?:\\S+ ){0,3}(?:reporter|correspondent|journalist|writer|${EDITOR_ROLE}|columnist|contributor|freelance|author)`, '^about the authors?\\s?[:]?', '^(?:[^\\s\\d,;:!?()|&]+ ){1,3}(?:covers|writes about|reports on) [^.]{3,80} for ', 'you can (?:reach|contact|email|follow) (?:him|her|them|the author) (?:at|on)', '^(?:contact|email) the (?:author|reporter)'],
    de: ['^(?:[^\\s\\d,;:!?()|&]+ ){1,3}(?:ist|war) (?:\\S+ ){0,3}\\S*(?:redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|reporter(?:in)?)', '^über (?:den autor|die autorin)'],
    fr: ['^(?:[^\\s\\d,;:!?()|&]+ ){1,3}est (?:\\S+ ){0,3}(?:journaliste|correspondant(?:e)?|rédact(?:eur|rice)|reporter)', "^à propos de l.auteur"],
    es: ['^(?:[^\\s\\d,;:!?()|&]+ ){1,3}es (?:\\S+ ){0,3}(?:periodista|corresponsal|redactor(?:a)?|reportero|reportera|columnista)', '^sobre el autor'],
    it: ['^(?:[^\\s\\d,;:!?()|&]+ ){1,3}è (?:\\S+ ){0,3}(?:giornalista|corrispondente|redattore|redattrice|inviato|inviata)', "^(?:sull'autore|l'autore)"],
    pt: ['^(?:[^\\s\\d,;:!?()|&]+ ){1,3}é (?:\\S+ ){0,3}(?:jornalista|correspondente|repórter|colunista|redator(?:a)?)', '^sobre o autor'],
    nl: ['^(?:[^\\s\\d,;:!?()|&]+ ){1,3}is (?:\\S+ ){0,3}\\S*(?:verslaggever|correspondent|journalist|redacteur|columnist)', '^over de auteur'],
  },
  'tag-list': {
    en: ['^(?:tags|topics|filed under|categories|related topics|more on)\\s?:'],
    de: ['^(?:themen|schlagworte|schlagwörter|stichworte|mehr zu)\\s?:'],
    fr: ['^(?:thèmes|mots-clés|sujets|thématiques)\\s?:'],
    es: ['^(?:temas|etiquetas|archivado en)\\s?:'],
    it: ['^(?:argomenti|tag|temi)\\s?:'],
    pt: ['^(?:tópicos|temas|tags|assuntos)\\s?:'],
    nl: ["^(?:onderwerpen|tags|thema's)\\s?:"],
  },
  // page furniture left in the article: loading placeholders, template text, and the
  // labels of a form's required fields ("First Name*", "E-Mail-Adresse *"): the star
  // marks a field to fill in, which no article sentence ends with
  'not-article-text': {
    en: ['^loading(?: \\S+)?\\s?(?:\\.\\.\\.|…)?$',
      // a news site's media controls and notices: "Image 3 of 12", "Enlarge this image", "Listen to this article", "3 min listen"
      '^(?:image|photo|slide|picture) \\d+ (?:of|/) \\d+$', '^(?:enlarge this image|click to expand|(?:play|watch) (?:the )?video)$', '^listen to (?:(?:this|the) )?(?:article|story)$', '^listen\\s?\\(\\d+ min(?:ute)?s?\\)$', '^\\d+ min(?:ute)?s? listen$', '^audio is not supported', '^this article is more than \\d+ (?:years?|months?) old$', '^(?:watch now|photo gallery|view (?:the )?gallery|tap to unmute)$', '^found this helpful$',
      // a video player's controls as text: "Current Time 0:00", "Loaded: 0%", "Fullscreen", "This is a modal window."
      '^(?:current time|duration(?: time)?|remaining time)\\s?:?\\s?-?\\d{1,2}:\\d\\d(?::\\d\\d)?$', '^(?:loaded|progress)\\s?:\\s?\\d{1,3}(?:\\.\\d+)?%$', '^(?:play|pause|replay|mute|unmute|(?:exit )?full ?screen|non-fullscreen|playback rate|picture-in-picture|video player loading)$', '^(?:this is a modal window|beginning of dialog window|end of dialog window)',
      // a shop's, a reading list's and a comparison widget's buttons: "Add to cart", "In stock", "Select Up To 3"
      '^(?:add to (?:reading list|cart|basket|bag|wishlist)|bookmark|in stock|out of stock)$', '^(?:select up to \\d+\\s?)+$', '^add to compare$',
      // a newsroom's appeals for tips and its policy links under a story
      '^(?:have|got) a (?:news )?tip\\?', '^send us (?:a )?(?:news )?tip$', '^have a story idea\\?', '^report an? (?:correction|error|typo)(?: or (?:typo|error))?$',
      // a forum post's author panel: "Posts: 1,234", "Joined: Jan 2020", "Reaction score", "410 posts · Joined 2002"
      '^(?:posts|messages|reaction score|likes received|threads|points|trophies|reputation)\\s?:?\\s?\\d[\\d.,]*k?$', '^joined\\s?:?\\s?(?:[a-z]{3,9}\\.? (?:\\d{1,2},? )?\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})$', '^(?:messages|reaction score|likes received|trophies|joined)$', '^\\d[\\d.,]*k? posts?\\s?[·•|]\\s?joined\\b',
      '^button text$', '^(?:show|hide|toggle) caption$', '^no posts(?: found)?[.!]?$', '^page load link$', 'scroll (?:right|left|sideways) to see (?:all|more)', 'this field is for validation purposes', 'this field is hidden when viewing the form',
      '^(?:your |work |business )?(?:(?:first|last|full|given|family|company|organi[sz]ation) )?(?:name|e-?mail(?: address)?|phone(?: number)?|company|job (?:title|level|function|role)|title|country(?:/region)?|location|industry|(?:zip|postal) code|city|state|message|website|number of employees)\\s?:?\\s?\\*{1,2}$'],
    de: ['^(?:wird geladen|lädt)\\s?(?:\\.\\.\\.|…)?$', '^(?:vorname|nachname|name|e-?mail(?:-adresse)?|telefon(?:nummer)?|firma|unternehmen|position|land|ort|stadt|postleitzahl|plz|nachricht|branche)\\s?:?\\s?\\*{1,2}$'],
    fr: ['^chargement(?: en cours)?\\s?(?:\\.\\.\\.|…)?$', "^(?:prénom|nom(?: de famille)?|e-?mail|adresse e-?mail|courriel|téléphone|société|entreprise|fonction|pays|ville|code postal|message)\\s?:?\\s?\\*{1,2}$"],
    es: ['^cargando\\s?(?:\\.\\.\\.|…)?$', '^(?:nombre|apellidos?|correo(?: electrónico)?|e-?mail|teléfono|empresa|cargo|país|ciudad|código postal|mensaje)\\s?:?\\s?\\*{1,2}$'],
    it: ['^(?:nome|cognome|e-?mail|indirizzo e-?mail|telefono|azienda|società|ruolo|paese|città|cap|messaggio)\\s?:?\\s?\\*{1,2}$'],
    pt: ['^(?:nome|sobrenome|apelido|e-?mail|telefone|empresa|cargo|país|cidade|cep|código postal|mensagem)\\s?:?\\s?\\*{1,2}$'],
    nl: ['^(?:voornaam|achternaam|naam|e-?mail(?:adres)?|telefoon(?:nummer)?|bedrijf|bedrijfsnaam|functie|land|plaats|postcode|bericht)\\s?:?\\s?\\*{1,2}$'],
  },
  'image-credit': {
    any: ['^(?:photo|picture|image|foto|fotografía|fotografia|bild|immagine|imagem|beeld)s?\\s?(?:credit)?\\s?[:©]', '\\((?:photo|foto|bild|image)\\s?:[^)]{1,60}\\)$', '^(?:credit|crédit|crédito|credito|credits)\\s?:', '^(?:image|photo|video|picture) source\\s?[:,]', '^(?:bildquelle|fotoquelle|bron|fonte|fuente|source)\\s?: ?(?:foto|photo|bild|imagem|imagen|afbeelding)?', '(?:getty images|shutterstock|istock|alamy|\\bepa\\b|afp via getty)\\s?\\)?$', '^\\(?(?:photo|foto)\\s?:',
      // the credit of the article's lead image, wherever the page sets it: "Feature image by Girlfriend Collective, …"
      '^(?:featured?|header|cover|hero|lead|top|title) (?:image|photo|picture|photograph)s?(?: credits?)?(?: by| via| courtesy(?: of)?|\\s?[:©])',
      // a whole line that credits the picture above: "Portrait by George Del Barrio", "Illustration by Jane Doe"
      '^(?:portrait|illustration|photograph|artwork)s? by [^.!?:;]{2,40}$',
      // a caption that ends with its credit: "… on the trail. Credit: Jessica Haist", "… im Park. Foto: dpa"
      '(?<=[.!?…)"”’] )(?:(?:photos?|images?|pictures?|fotos?|bild(?:er)?|imagem|imagen|immagine|afbeelding|beeld)(?: ?credits?)?|credits?|crédits?|crédito|credito|bildquelle|fotoquelle) ?[:©] ?[^.!?:;]{2,60}$'],
  },
  byline: {
    en: [BARE_BYLINE, `^(?:${BYLINE_LEAD} )?by [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,3}(?:\\s?(?:,|and|&|\\|)\\s?[^\\d,;:!?()|&]{2,60})?$`],
    de: ['^von [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,3}(?:\\s?(?:,|und|&|\\|)\\s?[^\\d,;:!?()|&]{2,60})?$'],
    fr: ['^par [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,3}(?:\\s?(?:,|et|&|\\|)\\s?[^\\d,;:!?()|&]{2,60})?$'],
    es: ['^por [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,3}(?:\\s?(?:,|y|&|\\|)\\s?[^\\d,;:!?()|&]{2,60})?$'],
    it: ['^(?:di|a cura di) [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,3}(?:\\s?(?:,|e|&|\\|)\\s?[^\\d,;:!?()|&]{2,60})?$'],
    pt: ['^por [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,3}(?:\\s?(?:,|e|&|\\|)\\s?[^\\d,;:!?()|&]{2,60})?$'],
    nl: ['^door [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,3}(?:\\s?(?:,|en|&|\\|)\\s?[^\\d,;:!?()|&]{2,60})?$'],
  },
  'updated-at': {
    en: ['^(?:we (?:last )?updated this (?:article|post|guide|page|story|review|list)|this (?:article|post|guide|page|story) was (?:last )?updated)(?: on)? (?:\\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)', `^(?:last )?(?:updated|modified|edited)(?: on| at)?\\s?:?\\s?(?:[a-zà-ÿ]+,? )?(?:\\d+|${TIME}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?|yesterday|today)`, '^(?:updated|last updated)$'],
    de: ['^(?:aktualisiert|zuletzt aktualisiert|stand)(?: am| um)?\\s?:?\\s?\\d+'],
    fr: ['^(?:mis à jour|modifié|actualisé)(?: le| à)?\\s?:?\\s?\\d+'],
    es: ['^(?:actualizado|actualización)(?: el| a las)?\\s?:?\\s?\\d+'],
    it: ['^(?:aggiornato|ultimo aggiornamento|modificato)(?: il| alle)?\\s?:?\\s?\\d+'],
    pt: ['^(?:atualizado|atualização|actualizado)(?: em| às| a)?\\s?:?\\s?\\d+'],
    nl: ['^(?:bijgewerkt|laatst bijgewerkt|aangepast|geüpdatet)(?: op| om)?\\s?:?\\s?\\d+'],
  },
  dateline: {
    en: ['^(?:\\d+|an?) (?:minutes?|hours?|days?|weeks?) ago$', `^posted by [^\\s\\d,;:!?()|&]+(?: [^\\s\\d,;:!?()|&]+){0,2} (?:at|on) (?:[a-zà-ÿ]+,? )?(?:\\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d+)`, `^(?:published|posted|first published)(?: on| at)?\\s?:?\\s?(?:[a-zà-ÿ]+,? )?(?:\\d+|${TIME}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?)`, `^(?:mon|tue|wed|thu|fri|sat|sun)\\w* \\d{1,2} \\S+ ${YEAR}(?: ${TIME})?`, `^\\S+ \\d{1,2},? ${YEAR}(?:,? (?:at )?${TIME}(?: \\w{2,4})?)?$`, `^\\S+ \\d{1,2},? ${YEAR}[.,]? (?:last )?(?:updated|modified)\\s?:?\\s?\\S+ \\d{1,2},? ${YEAR}$`, `^\\d{1,2} \\S+ ${YEAR}(?:,? ${TIME}(?: \\w{2,4})?)?$`],
    de: ['^(?:veröffentlicht|erschienen)(?: am)?\\s?:?\\s?\\d+', `^\\d{1,2}\\. \\S+ ${YEAR}(?:,? (?:um )?${TIME}(?: uhr)?)?$`],
    fr: ['^(?:publié|paru)(?: le)?\\s?:?\\s?\\d+', `^(?:le )?\\d{1,2} \\S+ ${YEAR}(?: à ${TIME})?$`],
    es: ['^(?:publicado)(?: el)?\\s?:?\\s?\\d+', `^\\d{1,2} de \\S+ de ${YEAR}(?:,? ${TIME})?$`],
    it: ['^(?:pubblicato)(?: il)?\\s?:?\\s?\\d+', `^\\d{1,2} \\S+ ${YEAR}(?:,? (?:ore )?${TIME})?$`],
    pt: ['^(?:publicado)(?: em| a| no dia)?\\s?:?\\s?\\d+', `^\\d{1,2} de \\S+ de ${YEAR}(?:,? (?:às )?${TIME})?$`],
    nl: ['^(?:gepubliceerd)(?: op)?\\s?:?\\s?\\d+', `^\\d{1,2} \\S+ ${YEAR}(?:,? ${TIME})?$`],
    any: [
      `^${YEAR}-\\d\\d-\\d\\d(?:[ T]${TIME})?$`,
      `^\\d{1,2}[./]\\d{1,2}[./]${YEAR}(?:,? (?:- )?${TIME}(?: ${ZONE})?)?$`,
      // "Barcelona - 18 feb 2025 - 09:45 CET", "Milano, 15 gennaio 2025 - 09:30"
      `^[^\\d,.;:!?]{2,30}(?:,| -| –) \\d{1,2}\\.? (?:de )?[^\\s\\d]{3,10}\\.? (?:de )?${YEAR}(?:(?:,| -| –| à| um| alle| at)? ${TIME}(?: ${ZONE})?)?$`,
    ],
  },
  'reading-time': {
    en: ['^(?:estimated )?(?:reading time:? )?\\d{1,3}(?:[ -]min(?:ute)?s?) (?:read|to read)$', '^reading time:? \\d{1,3} min', '^\\d{1,3} min(?:ute)?s?\\.? read', '[|·•] \\d{1,3} min(?:ute)?s? read$'],
    de: ['^(?:lesezeit:? )?(?:ca\\. )?\\d{1,3} (?:min(?:uten)?\\.?) (?:lesezeit|lesen)?$', '^lesezeit:? (?:ca\\. )?\\d{1,3}'],
    fr: ['^(?:temps de lecture\\s?:? )?\\d{1,3} min(?:utes?)?(?: de lecture)?$', '^temps de lecture\\s?:? \\d+', '^lecture\\s?:\\s?\\d{1,3}\\s?min'],
    es: ['^(?:tiempo de lectura:? )?\\d{1,3} min(?:utos?)?(?: de lectura)?$', '^tiempo de lectura:? \\d+', '^lectura: \\d{1,3} min'],
    it: ['^(?:tempo di lettura:? )?\\d{1,3} min(?:uti)?(?: di lettura)?$', '^tempo di lettura:? \\d+', '^lettura: \\d{1,3} min'],
    pt: ['^(?:tempo de leitura:? )?\\d{1,3} min(?:utos?)?(?: de leitura)?$', '^tempo de leitura:? \\d+', '^leitura: \\d{1,3} min'],
    nl: ['^(?:leestijd:? )?\\d{1,3} min(?:uten)?(?: leestijd| lezen)?$', '^leestijd:? \\d+'],
  },
};

const WEAK: PhraseTable = {
  newsletter: { en: ['newsletters?', 'inbox', 'sign up', 'mailing list'], de: ['newsletter', 'postfach'], fr: ['newsletter', "lettre d.information"], es: ['newsletter', 'boletín'], it: ['newsletter'], pt: ['newsletter', 'boletim'], nl: ['nieuwsbrief'] },
  subscription: { en: ['subscribe', 'subscription', 'subscriber', 'paywall'], de: ['abonnieren', 'abonnement', 'abo'], fr: ['abonnement', 'abonnez-vous', 'abonné'], es: ['suscripción', 'suscríbete', 'suscriptor'], it: ['abbonamento', 'abbonati'], pt: ['assinatura', 'assine', 'assinante'], nl: ['abonnement', 'abonnee'] },
  'app-download': { en: ['app store', 'google play', 'download the app'], de: ['app'], fr: ['application'], es: ['aplicación'], it: ['applicazione'], pt: ['aplicativo'], nl: ['app'] },
  'social-follow': { any: [SOCIAL], en: ['follow us'], de: ['folgen sie uns'], fr: ['suivez-nous'], es: ['síguenos'], it: ['seguici'], pt: ['siga-nos'], nl: ['volg ons'] },
  donation: { en: ['donate', 'donation'], de: ['spende', 'spenden'], fr: ['don', 'dons'], es: ['donación', 'donar'], it: ['donazione'], pt: ['doação', 'doar'], nl: ['doneer', 'donatie'] },
  'podcast-event': { en: ['podcast', 'tickets'], de: ['podcast'], fr: ['podcast'], es: ['podcast', 'pódcast'], it: ['podcast'], pt: ['podcast'], nl: ['podcast'] },
  'related-links': { en: ['read more', 'related', 'recommended'], de: ['lesen sie auch', 'mehr zum thema'], fr: ['lire aussi'], es: ['leer más'], it: ['leggi anche'], pt: ['leia também'], nl: ['lees ook'] },
  'share-bar': { en: ['share', 'tweet'], de: ['teilen'], fr: ['partager'], es: ['compartir'], it: ['condividi'], pt: ['compartilhar', 'partilhar'], nl: ['delen'] },
  'comment-prompt': { en: ['comments?'], de: ['kommentare?'], fr: ['commentaires?'], es: ['comentarios?'], it: ['commenti'], pt: ['comentários?'], nl: ['reacties'] },
  advertisement: { en: ['advertisement', 'sponsored', 'affiliate'], de: ['anzeige', 'werbung'], fr: ['publicité'], es: ['publicidad'], it: ['pubblicità'], pt: ['publicidade'], nl: ['advertentie'] },
  'image-credit': { any: ['getty images', 'reuters', 'associated press', 'shutterstock', 'dpa', 'afp', 'anp', 'efe', 'ansa'] },
};

// ---- compilation ------------------------------------------------------------
// Speed matters (the classifier's budget is under 1 ms a page): a regex is only
// run when its phrase can match. Anchored phrases (^…) are tried at the start of
// the text alone; every other phrase needs a literal word ("newsletter") that a
// plain substring search finds first.

interface CompiledPhrase {
  reason: ReasonCode;
  strength: LexiconHit['strength'];
  lang: Lang | 'any';
  source: string;
  /** the table's phrases this regex matches where one of them does (one, or an anchored group) */
  members: readonly string[];
  /** 'gu' for phrases matched anywhere, 'u' for anchored groups */
  flags: string;
  /** compiled on first use: most phrases never meet their trigger, and compiling them all cost ~90 ms a click */
  regex: RegExp | null;
  /**
   * literals of which the lower-cased text must contain one for the phrase to match
   * (required-literals.ts reads them; the build writes them into phrase-triggers.ts);
   * null = always try
   */
  triggers: readonly string[] | null;
  /** longer texts cannot match (whole-line phrases) */
  maxChars: number;
  /** one slot per reason and strength: the first hit of each is enough */
  slot: number;
}

const WHOLE_LINE_MAX_CHARS = 200;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
/**
 * Phrases end on a word boundary; the engine backtracks to find one. The text is
 * lower case, so Latin lower-case letters are enough here (\p{L} is slow to
 * compile, and the content script compiles every regex on each click). The start
 * is checked by hand: a leading lookbehind defeats V8's fast scan.
 */
const WORD_END = '(?![0-9_a-zß-öø-ÿā-ž])';

let SLOT_COUNT = 0;

function compile(table: PhraseTable, strength: LexiconHit['strength']): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  for (const [reason, byLang] of Object.entries(table) as [ReasonCode, Partial<Record<Lang | 'any', string[]>>][]) {
    const slot = SLOT_COUNT++;
    for (const [lang, phrases] of Object.entries(byLang) as [Lang | 'any', string[]][]) {
      // Anchored phrases of a language share one regex: V8 tries it at position 0
      // only. Whole-line phrases (^…$) describe short lines: long text skips them.
      const whole = phrases.filter((p) => p.startsWith('^') && /[^\\]\$$/.test(p));
      const start = phrases.filter((p) => p.startsWith('^') && !whole.includes(p));
      for (const [group, maxChars] of [[whole, WHOLE_LINE_MAX_CHARS], [start, Infinity]] as const) {
        if (group.length === 0) continue;
        const members = group.map((p) => p.trimEnd());
        const source = `(?:${members.map((p) => `(?:${p})`).join('|')})${WORD_END}`;
        out.push({ reason, strength, lang, source, members, flags: 'u', regex: null, triggers: null, maxChars, slot });
      }
      for (const phrase of phrases.filter((p) => !p.startsWith('^')).map((p) => p.trimEnd())) {
        const source = `(?:${phrase})${WORD_END}`;
        out.push({ reason, strength, lang, source, members: [phrase], flags: 'gu', regex: null, triggers: null, maxChars: Infinity, slot });
      }
    }
  }
  return out;
}

/** Phrases that match without a literal trigger: each would run on every paragraph (the lexicon tests keep there being none). */
export function untriggeredPhrases(): string[] {
  return PHRASES.filter((p) => p.triggers === null).map((p) => p.source);
}

export const PHRASES: CompiledPhrase[] = [...compile(STRONG, 'strong'), ...compile(WEAK, 'weak')];

/** A phrase's triggers as the generated table holds them: strings, and (start, length) pairs of numbers that cut one from the phrase's source. */
export type PackedTriggers = readonly (string | number)[] | null;

/** The triggers a PackedTriggers stands for, source being its phrase's. */
export function unpackTriggers(source: string, packed: PackedTriggers): string[] | null {
  if (packed === null) return null;
  const triggers: string[] = [];
  for (let i = 0; i < packed.length; i++) {
    const item = packed[i]!;
    if (typeof item === 'string') triggers.push(item);
    else triggers.push(source.slice(item, item + (packed[++i] as number)));
  }
  return triggers;
}

/**
 * Which phrases, in which order, the generated trigger table (phrase-triggers.ts) was
 * made from: their count, and each one's flags, length and middle code unit. A cheap
 * check (the content script makes it at every click), not a proof: the build writes
 * the table from the phrases every time, and the lexicon tests compare it whole.
 */
export function phrasesFingerprint(phrases: readonly Pick<CompiledPhrase, 'source' | 'flags'>[]): string {
  let h = 0x811c9dc5;
  const add = (n: number) => { h = Math.imul(h ^ n, 0x01000193); };
  for (const p of phrases) {
    add(p.flags.length);
    add(p.source.length);
    add(p.source.charCodeAt(p.source.length >> 1));
  }
  return `${phrases.length}:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

// Each phrase's triggers from the generated table, when it was made from these phrases.
// Working them out here instead, at every click, cost the content script ~20 ms. A
// stale table (a phrase edited since the last build) gives every phrase no trigger:
// each then runs on every text, slower but never missing a hit.
if (phrasesFingerprint(PHRASES) === PHRASES_FINGERPRINT) PHRASES.forEach((p, i) => { p.triggers = unpackTriggers(p.source, PHRASE_TRIGGERS[i] ?? null); });

/**
 * Every trigger of three or more characters, indexed by its first three: one pass
 * over the text finds which phrases can match. A trigger counts as present wherever
 * it occurs, inside a word too ("app" in "happy"), exactly as a substring search
 * would find it. The few shorter ones ("©", "19", "20") are searched for one by one.
 */
/** Triggers this long go in the trigram table; shorter ones are searched for one by one. */
const isLongTrigger = (t: string) => t.length >= 3;
const allTriggers = (long: boolean) => [...new Set(PHRASES.flatMap((p) => p.triggers ?? []).filter((t) => isLongTrigger(t) === long))];
const TRIGGER_LIST = allTriggers(true);
const SHORT_TRIGGERS = allTriggers(false);
/**
 * Trigger ids by a hash of their first three characters, in one flat table: ids of
 * bucket h are TRIGGER_IDS[BUCKET_START[h] .. BUCKET_START[h + 1]). A bucket may hold
 * other trigrams too: startsWith tells.
 */
const BUCKET_BITS = 15;
const trigramHash = (a: number, b: number, c: number) => ((a * 961 + b * 31 + c) ^ (a >>> 7) * 7919) & ((1 << BUCKET_BITS) - 1);
const BUCKET_START = new Uint16Array((1 << BUCKET_BITS) + 1);
const TRIGGER_IDS = new Uint16Array(TRIGGER_LIST.length);
{
  const hashes = TRIGGER_LIST.map((t) => trigramHash(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)));
  for (const h of hashes) BUCKET_START[h + 1]!++;
  for (let h = 0; h < 1 << BUCKET_BITS; h++) BUCKET_START[h + 1]! += BUCKET_START[h]!;
  const next = BUCKET_START.slice(0, -1);
  hashes.forEach((h, id) => { TRIGGER_IDS[next[h]!++] = id; });
}

/** Phrase indices by trigger (long, then short), and the phrases that have none: a paragraph tries only those that can match. */
const PHRASES_BY_TRIGGER: number[][] = TRIGGER_LIST.map(() => []);
const PHRASES_BY_SHORT_TRIGGER: number[][] = SHORT_TRIGGERS.map(() => []);
const UNTRIGGERED: number[] = [];
{
  const longId = new Map(TRIGGER_LIST.map((t, i) => [t, i]));
  const shortId = new Map(SHORT_TRIGGERS.map((t, i) => [t, i]));
  PHRASES.forEach((p, i) => {
    if (p.triggers === null) UNTRIGGERED.push(i);
    else for (const t of p.triggers) (isLongTrigger(t) ? PHRASES_BY_TRIGGER[longId.get(t)!] : PHRASES_BY_SHORT_TRIGGER[shortId.get(t)!])!.push(i);
  });
}

/**
 * Which triggers were seen, and which phrases taken, for the current text: stamped
 * with a counter, so nothing is cleared or allocated per text.
 */
const triggerSeen = new Uint32Array(TRIGGER_LIST.length);
const phraseTaken = new Uint32Array(PHRASES.length);
let stamp = 0;

/** Each trigger's fourth code unit (-1: it has three): most trigrams in a text that start a trigger go no further. */
const TRIGGER_FOURTH = Int32Array.from(TRIGGER_LIST, (t) => (t.length > 3 ? t.charCodeAt(3) : -1));

/** Adds phrases not yet taken for this text. */
function take(phrases: number[], out: number[]): void {
  for (const p of phrases) {
    if (phraseTaken[p] === stamp) continue;
    phraseTaken[p] = stamp;
    out.push(p);
  }
}

/** The indices of the phrases one of whose triggers occurs in the text, in table order, once each. */
export function triggeredPhrases(lower: string): number[] {
  if (++stamp === 0xffffffff) { triggerSeen.fill(0); phraseTaken.fill(0); stamp = 1; }
  const out: number[] = [];
  let c1 = lower.charCodeAt(0);
  let c2 = lower.charCodeAt(1);
  for (let i = 0; i + 2 < lower.length; i++) {
    const c0 = c1;
    c1 = c2;
    c2 = lower.charCodeAt(i + 2);
    const h = trigramHash(c0, c1, c2);
    for (let j = BUCKET_START[h]!, end = BUCKET_START[h + 1]!; j < end; j++) {
      const id = TRIGGER_IDS[j]!;
      if (triggerSeen[id] === stamp) continue;
      const fourth = TRIGGER_FOURTH[id]!;
      if ((fourth >= 0 && lower.charCodeAt(i + 3) !== fourth) || !lower.startsWith(TRIGGER_LIST[id]!, i)) continue;
      triggerSeen[id] = stamp;
      take(PHRASES_BY_TRIGGER[id]!, out);
    }
  }
  for (let id = 0; id < SHORT_TRIGGERS.length; id++) {
    if (lower.includes(SHORT_TRIGGERS[id]!)) take(PHRASES_BY_SHORT_TRIGGER[id]!, out);
  }
  if (out.length > 1) out.sort((x, y) => x - y);
  return out;
}

/** Long paragraphs are searched in their first part only: promo lines are short. */
const MAX_SCAN_CHARS = 2000;


/** The first match of a phrase that starts on a word boundary (the regex checks the end). */
export function findWhole(regex: RegExp, text: string): RegExpExecArray | null {
  if (!regex.global) return regex.exec(text);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length > 0 && !isWordChar(text[m.index - 1])) return m;
    // Step past the match's first code point: V8 moves a unicode regex's lastIndex back
    // to the start of a surrogate pair, so one code unit on would find the same match forever.
    regex.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

const CONNECTORS = new Set(['and', 'und', 'et', 'y', 'e', 'en', '&', '|', 'van', 'von', 'de', 'da', 'del', 'der', 'di', 'du', 'la', 'le', 'dos', 'das']);
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** "By Anna Schmidt and Jo Lee" is a byline; "By the time he arrived" is not: names are capitalised. */
function looksLikeNames(words: string[]): boolean {
  const names = words.map((w) => w.replace(/[,.;:]+$/, '')).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  return names.length > 0 && names.every(isCapitalised);
}

/** What parts a breadcrumb's crumbs ("Home › News", "News | World", "Travel / Europe"). */
export const SEPARATOR = /[›»>|]| \/ /;
/**
 * "Home › News › Somerset" is a breadcrumb; "Range: 40-50 km | 25-30 miles",
 * "(Men’s / Women’s)" and a shell command are not: crumbs are a few words each,
 * without figures, brackets or colons.
 */
function looksLikeBreadcrumb(cue: string): boolean {
  if (/[\d()[\]{}:=<]/.test(cue)) return false;
  return cue.split(SEPARATOR).every((crumb) => crumb.trim().split(/\s+/).length <= 5);
}

const BARE_BYLINE_RE = new RegExp(BARE_BYLINE, 'i');
const BYLINE_LEAD_RE = new RegExp(`^${BYLINE_LEAD}$`, 'i');
/**
 * Checks that case-insensitive matching cannot make: a byline's and an author bio's
 * leading words are capitalised names (a bare "Written by" line has none to check).
 */
const VERIFY: Partial<Record<ReasonCode, (text: string, cue: string) => boolean>> = {
  navigation: (_text, cue) => !SEPARATOR.test(cue) || looksLikeBreadcrumb(cue),
  byline: (_text, cue) => {
    if (BARE_BYLINE_RE.test(cue)) return true;
    const words = (cue.split(/[,|]/)[0] ?? '').split(/\s+/);
    const skip = BYLINE_LEAD_RE.test(words[0] ?? '') ? 2 : /^a$/i.test(words[0] ?? '') ? 3 : 1;
    return looksLikeNames(words.slice(skip));
  },
  'author-bio': (text) => {
    if (/^(?:about|über|à propos|sobre|sull|l'autore|over)/i.test(text)) return true;
    const lead = text.split(/\s+(?:is|was|ist|war|est|es|è|é|covers|writes|reports)\s+/i)[0] ?? '';
    return lead.length > 0 && lead.split(/\s+/).length <= 4 && looksLikeNames(lead.split(/\s+/));
  },
};

/**
 * The text the phrases run on. Phrases are lower case and matched without the 'i'
 * flag, which is much slower for Unicode regexes. Positions stay aligned with the
 * text (same length) for the cue.
 */
export function matchingText(t: string): string {
  return lowerSameLength(t).replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/**
 * The phrases worth trying on a text (as matchingText gives it), in table order:
 * those one of whose triggers occurs in it, and those without a trigger (the lexicon
 * tests keep there being none). Every phrase that can match the text is among them.
 */
export function candidatePhrases(lower: string): number[] {
  const triggered = triggeredPhrases(lower);
  if (UNTRIGGERED.length === 0) return triggered;
  return [...new Set([...triggered, ...UNTRIGGERED])].sort((x, y) => x - y);
}

/** Every reason whose phrases occur in the text, strong before weak. One hit per reason and strength. */
export function lexiconHits(line: string): LexiconHit[] {
  const text = withoutDecoration(line);
  const t = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const lower = matchingText(t);
  const hits: LexiconHit[] = [];
  const found = new Uint8Array(SLOT_COUNT);
  for (const i of candidatePhrases(lower)) {
    const phrase = PHRASES[i]!;
    if (found[phrase.slot] || t.length > phrase.maxChars) continue;
    phrase.regex ??= new RegExp(phrase.source, phrase.flags);
    const m = findWhole(phrase.regex, lower);
    if (!m) continue;
    const cue = t.slice(m.index, m.index + m[0].length);
    const verify = VERIFY[phrase.reason];
    if (verify && !verify(t, cue)) continue;
    found[phrase.slot] = 1;
    hits.push({ reason: phrase.reason, cue, strength: phrase.strength, lang: phrase.lang });
  }
  return hits;
}

/** toLowerCase, except characters whose lower case has another length ("İ") stay as they are. */
function lowerSameLength(t: string): string {
  const lower = t.toLowerCase();
  if (lower.length === t.length) return lower;
  let out = '';
  for (const ch of t) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Dashes, bullets, arrows and emoji that sites put before a line ("---SHARE YOUR
 * STORY", "👉 Build your dream workspace"): anchored phrases match after them.
 * Not ©, $, [ or digits, which phrases themselves read.
 */
const DECORATION = /^(?:[\s\-–—_*•·|>»›→⇒➜➔▶►▸▪■●◆★☆~=+#:\ufe0f]|(?![©®™])\p{Extended_Pictographic})+/u;
function withoutDecoration(line: string): string {
  const c = line.charCodeAt(0);
  // most lines start with a letter: skip the regex
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return line;
  return line.replace(DECORATION, '');
}

/** The phrase tables, for tests and documentation (coverage per reason and language). */
export const LEXICON = { strong: STRONG, weak: WEAK } as const;
