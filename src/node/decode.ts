// Bytes of a saved page to text. Saved pages carry no HTTP header, so the
// charset comes from the bytes themselves, in the order browsers use
// (a simplified HTML "encoding sniffing algorithm"):
//   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//   2. <meta charset> or <meta http-equiv="Content-Type" content="…charset=…">
//      in the first bytes (a label TextDecoder does not know is ignored);
//   3. UTF-8, if the whole file is valid UTF-8;
//   4. windows-1252, the web's legacy default.

export type CharsetSource = 'bom' | 'meta' | 'utf-8-valid' | 'fallback';

export interface DecodedPage {
  text: string;
  /** the TextDecoder's name for the encoding used, e.g. "utf-8", "windows-1252" */
  encoding: string;
  source: CharsetSource;
}

/** How far into the file a <meta> charset declaration is looked for. */
const META_PRESCAN_BYTES = 4096;

export function decodePage(bytes: Uint8Array): DecodedPage {
  const bomEncoding = encodingFromBom(bytes);
  if (bomEncoding) {
    // TextDecoder drops the BOM itself.
    return { text: decode(bytes, bomEncoding), encoding: bomEncoding, source: 'bom' };
  }
  const metaEncoding = encodingFromMeta(bytes);
  if (metaEncoding) {
    return { text: decode(bytes, metaEncoding), encoding: metaEncoding, source: 'meta' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'utf-8-valid' };
  } catch {
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', source: 'fallback' };
  }
}

/**
 * windows-1252's characters for bytes 0x80-0x9F (the five it leaves undefined
 * map to themselves, as in the Encoding Standard).
 */
const WINDOWS_1252_80_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  // Node 20.18.3+ decodes windows-1252 as ISO-8859-1, turning curly quotes,
  // dashes and € into control characters (nodejs/node#56542, #60888). Mapping
  // U+0080-U+009F afterwards is right whether or not Node has the bug.
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/**
 * True when the bytes look like a binary file rather than text: a NUL byte near
 * the start (the test git and grep use). UTF-16 text has NULs too, so a file
 * with a UTF-16 byte order mark is never binary.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = encodingFromBom(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return false;
  return bytes.subarray(0, 8000).includes(0);
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function encodingFromMeta(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one character, so an ASCII declaration reads the
  // same whatever the real encoding is.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  // Covers both <meta charset="x"> and content="text/html; charset=x".
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const label = /charset\s*=\s*["']?\s*([^\s"';>/]+)/i.exec(meta[0])?.[1];
    if (!label) continue;
    const encoding = encodingForLabel(label);
    if (encoding) return encoding;
  }
  return null;
}

function encodingForLabel(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    // Node's TextDecoder lacks x-user-defined; the HTML spec reads it as windows-1252.
    return label.toLowerCase() === 'x-user-defined' ? 'windows-1252' : null;
  }
  // A page whose <meta> could be read as ASCII is not UTF-16, whatever it says
  // (the HTML spec's rule); UTF-8 is the encoding it most likely meant.
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}
