// Reading a hostile page's DOM without trusting its named properties ("DOM clobbering").
//
// A page can shadow document properties with elements: <img name="cloneNode"> makes
// document.cloneNode an element, <img name="body"> replaces document.body, and a form's
// <input name="getAttribute"> replaces that form's getAttribute. Named properties come
// from the DOM, so they reach content scripts too (Chromium's isolated world sees them).
// Readability and our block splitter call such properties everywhere, so a page could
// make extraction throw. Here the live document is only read through its prototypes,
// and the clone Readability works on has the clobbering names taken off.

/** The value of obj's property `name` as its prototypes define it, ignoring own (named) properties. */
function fromPrototype(obj: object, name: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** obj[name](...args), with the method its prototype defines. */
export function protoCall<T>(obj: object, name: string, ...args: unknown[]): T {
  const d = fromPrototype(obj, name);
  if (!d || typeof d.value !== 'function') throw new TypeError(`no method ${name}`);
  return (d.value as (...a: unknown[]) => T).apply(obj, args);
}

/** obj[name], read through the getter its prototype defines. */
export function protoGet<T>(obj: object, name: string): T {
  const d = fromPrototype(obj, name);
  if (!d) return undefined as T;
  return (d.get ? d.get.call(obj) : d.value) as T;
}

/** How many elements the document has. */
export function countElements(doc: Document): number {
  return protoGet<number>(protoCall<HTMLCollection>(doc, 'getElementsByTagName', '*'), 'length');
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

const bodyOf = (doc: Document) => protoGet<HTMLElement | null>(doc, 'body');
const textLength = (node: Node) => (protoGet<string | null>(node, 'textContent') ?? '').length;

/** Characters of text under body inside scripts, styles, noscripts and templates. */
function notTextChars(body: HTMLElement): number {
  let n = 0;
  forEachElement(body, (el, tag) => {
    if (!NOT_TEXT.has(tag)) return true;
    n += textLength(el);
    return false; // a style inside a noscript is in the noscript's text already
  });
  return n;
}

/** Characters of text in doc's body, not counting scripts, styles and templates. */
export function countTextChars(doc: Document): number {
  const body = bodyOf(doc);
  return body ? textLength(body) - notTextChars(body) : 0;
}

/**
 * countTextChars(doc) when it is over max, else null. All of the body's text, scripts
 * included, is an upper bound that one read gives; the walk that takes scripts and
 * styles off runs only when that bound is over max, which almost no page is. The
 * body's text is read once either way: on a page that size, reading it is the cost.
 */
export function textCharsOver(doc: Document, max: number): number | null {
  const body = bodyOf(doc);
  if (!body) return null;
  const all = textLength(body);
  if (all <= max) return null;
  const n = all - notTextChars(body);
  return n > max ? n : null;
}

/** A deep clone of doc, made with Node.prototype.cloneNode whatever the page named its elements. */
export function cloneDocument(doc: Document): Document {
  return protoCall<Document>(doc, 'cloneNode', true);
}

/** The getter obj's prototypes define for name. */
function getterOf(obj: object, name: string): (this: unknown) => unknown {
  const get = fromPrototype(obj, name)?.get;
  if (!get) throw new TypeError(`no getter ${name}`);
  return get;
}

/**
 * Calls visit on root (a document: its root element) and every element under it, in
 * document order; visit returns false to skip an element's descendants. A walk over
 * element children through the prototypes' getters (a form's own lastElementChild may
 * be one of its inputs). In jsdom, the CLI's DOM, it is several times faster than
 * querySelectorAll, and iterating getElementsByTagName('*') is slower still.
 * visit may change attributes, not the tree. Iterative: hostile nesting cannot overflow.
 */
export function forEachElement(from: Document | Element, visit: (el: Element, localName: string) => boolean | void): void {
  const root = protoGet<number>(from, 'nodeType') === 9 ? protoGet<Element | null>(from, 'documentElement') : (from as Element);
  if (!root) return;
  const lastChild = getterOf(root, 'lastElementChild');
  const previous = getterOf(root, 'previousElementSibling');
  const localName = getterOf(root, 'localName');
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (visit(el, localName.call(el) as string) === false) continue;
    // last child first, so the first child is visited next
    for (let c = lastChild.call(el) as Element | null; c; c = previous.call(c) as Element | null) stack.push(c);
  }
}

/** Elements whose name (and, for object, id) become document properties (HTML "named properties"). */
const DOCUMENT_NAMED = new Set(['embed', 'form', 'iframe', 'img', 'object']);
/** Elements whose id and name become properties of their form. */
const FORM_NAMED = new Set(['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img']);

/**
 * A visitor for forEachElement that takes off the clone the id and name attributes
 * that would shadow a property of the document or of a form (and only those: ids are
 * classifier signals). removed() says how many so far. Split from the walk so that
 * index.ts can defuse and resolve lazy images in one pass over the clone.
 */
export function clobberDefuser(clone: Document): { visit: (el: Element, tag: string) => void; removed: () => number } {
  const docProto = Object.getPrototypeOf(clone) as object;
  const form = protoCall<Element>(clone, 'createElement', 'form');
  const formProto = Object.getPrototypeOf(form) as object;
  let removed = 0;
  // Through the prototypes: a form's own getAttribute may be one of its inputs.
  const strip = (el: Element, attr: string, proto: object) => {
    const v = protoCall<string | null>(el, 'getAttribute', attr);
    if (v !== null && v !== '' && Reflect.has(proto, v)) {
      protoCall(el, 'removeAttribute', attr);
      removed++;
    }
  };
  const has = (el: Element, attr: string) => protoCall<boolean>(el, 'hasAttribute', attr);
  const visit = (el: Element, tag: string) => {
    if (DOCUMENT_NAMED.has(tag) && (has(el, 'name') || (tag === 'object' && has(el, 'id')))) {
      strip(el, 'name', docProto);
      // an object's id names a document property; so does an img's id while it has a name
      if (tag !== 'form') strip(el, 'id', docProto);
    }
    if (FORM_NAMED.has(tag)) {
      strip(el, 'id', formProto);
      strip(el, 'name', formProto);
    }
  };
  return { visit, removed: () => removed };
}

/** Takes the clobbering names off clone (clobberDefuser, on its own walk). Returns how many. */
export function defuseClobbering(clone: Document): number {
  const defuser = clobberDefuser(clone);
  forEachElement(clone, defuser.visit);
  return defuser.removed();
}
