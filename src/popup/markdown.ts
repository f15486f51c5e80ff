// "Copy as Markdown": the kept paragraphs as CommonMark (with GFM tables). Pure: it
// walks DOM nodes it is given (sanitised fragments) and builds a string; it reads
// nothing else and changes nothing.
import type { BlockTag } from '../shared/types.ts';

export interface MarkdownHead {
  title: string;
  byline?: string | null;
  siteName?: string | null;
  /** already formatted for reading ("22 October 2022") */
  date?: string | null;
  url?: string | null;
}

export interface MarkdownBlock {
  tag: BlockTag;
  /** the block's content: a sanitised fragment of its inner HTML */
  content: Node;
  list?: { index: number; ordered: boolean };
  /** a caption or image credit: set in italics under its image */
  caption?: boolean;
}

const ELEMENT = 1;
const TEXT = 3;
const isElement = (n: Node): n is Element => n.nodeType === ELEMENT;
const tagName = (n: Element) => n.localName.toLowerCase();

/** Backslash-escapes what CommonMark would read as inline markup (and no more: the text stays readable). */
export function escapeInline(text: string): string {
  return text
    .replace(/([\\`*_[\]])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/~~/g, '\\~\\~');
}

/** Escapes what would start a block at the beginning of a line (heading, quote, list, rule). */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+|-{3,})\s*$/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A code span with a fence longer than any backtick run inside. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function linkTarget(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

/** Wraps s in a marker, keeping the marker off surrounding spaces ("** x**" is not bold). */
function wrap(s: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : s;
}

/** Inline Markdown of a node's children: text, emphasis, code, links, images, line breaks. */
export function inlineMarkdown(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT) {
      out += escapeInline((child.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (!isElement(child)) continue;
    switch (tagName(child)) {
      case 'strong': case 'b': out += wrap(inlineMarkdown(child), '**'); break;
      case 'em': case 'i': case 'cite': case 'dfn': case 'var': out += wrap(inlineMarkdown(child), '*'); break;
      case 'del': case 's': out += wrap(inlineMarkdown(child), '~~'); break;
      case 'code': case 'kbd': case 'samp': out += codeSpan((child.textContent ?? '').replace(/\s+/g, ' ')); break;
      case 'br': out += '\\\n'; break;
      case 'img': out += image(child); break;
      case 'a': {
        const href = child.getAttribute('href');
        const text = inlineMarkdown(child).trim();
        if (href && /^https?:/i.test(href)) out += `[${text || escapeInline(href)}](${linkTarget(href)})`;
        else out += text;
        break;
      }
      case 'figcaption': case 'caption': break; // set apart by the block
      default: out += inlineMarkdown(child);
    }
  }
  return out;
}

function image(img: Element): string {
  const src = img.getAttribute('src');
  if (!src || !/^https?:/i.test(src)) return '';
  return `![${escapeInline((img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim())}](${linkTarget(src)})`;
}

/** Collapses the spaces inline conversion leaves and tidies each line. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((line) => escapeLineStart(line.replace(/[ \t]+/g, ' ').trim()))
    .join('\n')
    .trim();
}

const BLOCK_CHILDREN = new Set(['p', 'div', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'table']);

/** A container's children as Markdown blocks (a quote of several paragraphs, say). */
function blocksOf(node: Node): string[] {
  const parts: string[] = [];
  let inline: Node[] = [];
  const flush = () => {
    if (!inline.length) return;
    const holder = { childNodes: inline } as unknown as Node;
    const text = tidy(inlineMarkdown(holder));
    if (text) parts.push(text);
    inline = [];
  };
  for (const child of Array.from(node.childNodes)) {
    if (isElement(child) && BLOCK_CHILDREN.has(tagName(child))) {
      flush();
      const md = elementBlock(child);
      if (md) parts.push(md);
    } else {
      inline.push(child);
    }
  }
  flush();
  return parts;
}

function elementBlock(e: Element): string {
  switch (tagName(e)) {
    case 'h1': case 'h2': return `## ${tidy(inlineMarkdown(e))}`;
    case 'h3': case 'h4': case 'h5': case 'h6': return `### ${tidy(inlineMarkdown(e))}`;
    case 'blockquote': return quote(blocksOf(e).join('\n\n'));
    case 'pre': return fenced(e.textContent ?? '');
    case 'ul': case 'ol': return listOf(e);
    case 'table': return table(e);
    case 'figure': return figure(e);
    default: return blocksOf(e).join('\n\n');
  }
}

const quote = (md: string) => md.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');

function fenced(code: string): string {
  const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${code.replace(/\n+$/, '')}\n${fence}`;
}

function listOf(list: Element): string {
  const ordered = tagName(list) === 'ol';
  const items = Array.from(list.children).filter((c) => tagName(c) === 'li');
  return items.map((li, i) => listItem(blocksOf(li).join('\n\n'), ordered ? `${i + 1}.` : '-')).join('\n');
}

function listItem(md: string, marker: string): string {
  const indent = ' '.repeat(marker.length + 1);
  return md
    .split('\n')
    .map((line, i) => (i === 0 ? `${marker} ${line}` : line ? indent + line : line))
    .join('\n');
}

function cell(c: Element): string {
  return tidy(inlineMarkdown(c)).replace(/\\\n/g, ' ').replace(/\n/g, ' ').replace(/\|/g, '\\|') || ' ';
}

/** A GFM table; the first row is the header (GFM needs one). */
function table(t: Element): string {
  const rows = Array.from(t.querySelectorAll('tr')).map((tr) => Array.from(tr.children).filter((c) => /^t[hd]$/.test(tagName(c))));
  if (!rows.length) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array(width - cells.length).fill(' ')].join(' | ')} |`;
  const [head, ...rest] = rows.map((r) => r.map(cell));
  const caption = t.querySelector('caption');
  const out = [line(head!), `| ${Array(width).fill('---').join(' | ')} |`, ...rest.map(line)];
  return (caption ? `*${tidy(inlineMarkdown(caption))}*\n\n` : '') + out.join('\n');
}

function figure(f: Element): string {
  const images = Array.from(f.querySelectorAll('img')).map(image).filter(Boolean);
  const caption = f.querySelector('figcaption');
  const captionText = caption ? tidy(inlineMarkdown(caption)) : '';
  // a figure of a quote or a table: its content, then the caption
  const body = images.length ? images.join('\n') : blocksOf(f).join('\n\n');
  return [body, captionText ? `*${captionText}*` : ''].filter(Boolean).join('\n\n');
}

/** One block of the article (its tag says how its content is set). */
export function blockMarkdown(block: MarkdownBlock): string {
  const c = block.content;
  switch (block.tag) {
    case 'h1': case 'h2': return `## ${tidy(inlineMarkdown(c))}`;
    case 'h3': case 'h4': case 'h5': case 'h6': return `### ${tidy(inlineMarkdown(c))}`;
    case 'blockquote': return quote(blocksOf(c).join('\n\n'));
    case 'pre': return fenced(c.textContent ?? '');
    case 'table': return table(asElement(c));
    case 'figure': return figure(asElement(c));
    case 'hr': return '---';
    default: {
      const md = blocksOf(c).join('\n\n');
      return block.caption && md ? `*${md}*` : md;
    }
  }
}

/** querySelectorAll on a fragment or element alike. */
const asElement = (n: Node) => n as unknown as Element;

export function articleMarkdown(head: MarkdownHead, blocks: MarkdownBlock[]): string {
  const out: string[] = [`# ${tidy(escapeInline(head.title))}`];
  const line = [head.byline, head.siteName, head.date].filter((s): s is string => !!s && !!s.trim()).map((s) => escapeInline(s.trim()));
  const info = [line.join(' · '), head.url && /^https?:/i.test(head.url) ? `<${head.url}>` : ''].filter(Boolean);
  if (info.length) out.push(info.join('  \n'));
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.tag === 'li') {
      // a run of items of one list
      const key = b.list?.index;
      const ordered = b.list?.ordered ?? false;
      const items: string[] = [];
      while (i < blocks.length && blocks[i]!.tag === 'li' && blocks[i]!.list?.index === key) {
        items.push(listItem(blocksOf(blocks[i]!.content).join('\n\n'), ordered ? `${items.length + 1}.` : '-'));
        i++;
      }
      out.push(items.join('\n'));
      continue;
    }
    const md = blockMarkdown(b);
    if (md) out.push(md);
    i++;
  }
  return `${out.join('\n\n')}\n`;
}
