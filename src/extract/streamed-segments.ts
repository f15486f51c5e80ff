// React's streamed server rendering, completed on a page whose scripts did not run.
//
// A page rendered with React's streaming server (React 18 and later, Next.js among
// them) sends each part that was not ready at first (often the whole article) later in
// the same response, as a hidden <div id="S:n"> at the end of the body, and an inline
// script moves it into its place: $RC over a loading fallback that starts at
// <template id="B:n">, $RS over a <template id="P:n">. In a live tab those scripts have
// run long before the toolbar click, and there is nothing here to do. In a saved page
// they have not run (and are often stripped): the article sits in a hidden div, which
// Readability skips, and it takes the footer instead. Here the clone gets the moves the
// scripts would have made. Without the scripts the pairs are not known, so a segment
// goes to the placeholder of its own number, as React numbers them on these pages; a
// segment without one is only unhidden where it is.

import { protoCall, protoGet } from './safe-dom.ts';

const SEGMENT_ID = /^S:[0-9a-z]+$/;
const COMMENT_NODE = 8;

/** Finds every element isStreamedSegment takes, and only a few more (the id's form is checked there alone). */
export const STREAMED_SEGMENT_SELECTOR = 'div[hidden][id^="S:"]';

/** A streamed segment still waiting for its script: <div hidden id="S:n">. */
export function isStreamedSegment(el: Element, tag: string): boolean {
  if (tag !== 'div') return false;
  const id = protoCall<string | null>(el, 'getAttribute', 'id');
  return id !== null && SEGMENT_ID.test(id) && protoCall<boolean>(el, 'hasAttribute', 'hidden');
}

const commentData = (node: Node | null): string | null =>
  node && protoGet<number>(node, 'nodeType') === COMMENT_NODE ? protoGet<string>(node, 'data') : null;

/** Moves segment's children in front of `before` (in parent). */
function moveChildren(segment: Element, parent: Node, before: Node | null): void {
  for (let c = protoGet<Node | null>(segment, 'firstChild'); c; c = protoGet<Node | null>(segment, 'firstChild')) {
    protoCall(parent, 'insertBefore', c, before);
  }
}

/**
 * $RC: the boundary's fallback (from its template to the matching <!--/$-->, when the
 * page kept its comments) gives way to the segment's content. Without the comments the
 * fallback's end is not known, and only the template goes.
 */
function completeBoundary(template: Element, segment: Element): void {
  const parent = protoGet<Node | null>(template, 'parentNode');
  if (!parent) return;
  const start = protoGet<Node | null>(template, 'previousSibling');
  if (commentData(start) !== '$?') {
    moveChildren(segment, parent, template);
    protoCall(template, 'remove');
    return;
  }
  let node: Node | null = template;
  let depth = 0;
  while (node) {
    const data = commentData(node);
    if (data === '/$') {
      if (depth === 0) break;
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') {
      depth++;
    }
    const next: Node | null = protoGet<Node | null>(node, 'nextSibling');
    protoCall(parent, 'removeChild', node);
    node = next;
  }
  moveChildren(segment, parent, node);
  protoCall(start!, 'replaceData', 0, 2, '$');
}

/**
 * Puts each streamed segment (found by isStreamedSegment, in document order) where its
 * script would have: over its boundary's fallback (B:n), in place of its placeholder
 * (P:n), or, with neither, unhidden where it is. Returns how many segments it handled.
 */
export function completeStreamedSegments(doc: Document, segments: readonly Element[]): number {
  // only a <template> is React's placeholder: an element of another kind with that id is the page's own
  const byId = (id: string) => {
    const el = protoCall<Element | null>(doc, 'getElementById', id);
    return el && protoGet<string>(el, 'localName') === 'template' ? el : null;
  };
  const contains = (outer: Node, inner: Node) => protoCall<boolean>(outer, 'contains', inner);
  for (const segment of segments) {
    const n = (protoCall<string>(segment, 'getAttribute', 'id')).slice(2);
    const boundary = byId(`B:${n}`);
    const placeholder = byId(`P:${n}`);
    if (boundary && !contains(segment, boundary)) {
      completeBoundary(boundary, segment);
    } else if (placeholder && !contains(segment, placeholder)) {
      const parent = protoGet<Node | null>(placeholder, 'parentNode');
      if (parent) moveChildren(segment, parent, placeholder);
      protoCall(placeholder, 'remove');
    } else {
      protoCall(segment, 'removeAttribute', 'hidden');
      continue;
    }
    protoCall(segment, 'remove');
  }
  return segments.length;
}
