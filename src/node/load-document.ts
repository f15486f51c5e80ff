// A saved page's HTML to a jsdom Document that is safe and cheap to run
// Readability on.
//
// The page is parsed with the window's DOMParser, not as the window's own
// document. A DOMParser document has no browsing context, so jsdom never
// processes <style> or <link rel=stylesheet> (it checks for a browsing context
// before building a stylesheet), never loads a resource, and never runs a
// script; the parse is the same HTML parse (scripting off, as in `new JSDOM`).
// That matters because real pages carry CSS that jsdom's parser (css-tree)
// rejects or spins on: one corpus page (a range slider styled with hundreds of
// box-shadows) makes css-tree loop 15,000 times before it gives up, and
// parsing corpus pages this way takes about half the time. Readability needs no
// stylesheet. It does read inline `style` attributes (to skip display:none
// blocks), so those are kept and still parsed, which costs about a fifth of
// the parse. This was preferred to stripping <style> with regular expressions,
// which cannot tell a real <style> from one inside a comment or a script string.
//
// Callers must let the event loop turn between pages: a jsdom window is only
// freed after its pending load callbacks run, so a synchronous loop over many
// pages keeps every window alive (it passes 4 GB over the corpus).
import { JSDOM, VirtualConsole } from 'jsdom';
import { DEFAULT_PAGE_URL } from './page-url.ts';

export interface LoadedDocument {
  readonly document: Document;
  /** Frees the window behind the document. The document must not be used after. */
  close(): void;
}

/** Throws a TypeError when url is not an absolute URL. */
export function loadDocument(html: string, url: string = DEFAULT_PAGE_URL): LoadedDocument {
  // A VirtualConsole that forwards nowhere: page errors stay out of our output.
  const { window } = new JSDOM('', { url, virtualConsole: new VirtualConsole() });
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  return {
    document,
    close: () => window.close(),
  };
}
