// Draws the toolbar and store icons: a paper page with clean text lines on a deep
// teal rounded square, and a gold sparkle for "cleaned". Each size has its own
// layout on the pixel grid (not a downscaled copy of the big one), anti-aliased by
// supersampling, and written as RGBA PNG with nothing but node:zlib.
//   node scripts/make-icons.mjs            -> icons/icon-{16,32,48,128}.png
//   node scripts/make-icons.mjs --out DIR  -> DIR/icon-*.png
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const COLORS = {
  bgTop: [0x15, 0x74, 0x7c], // teal
  bgBottom: [0x0a, 0x3a, 0x47], // ink
  paper: [0xfd, 0xfb, 0xf6],
  paperShade: [0x06, 0x2a, 0x33],
  title: [0x0b, 0x4a, 0x55],
  line: [0x6f, 0x9c, 0xa1],
  spark: [0xff, 0xc7, 0x3e],
  sparkCore: [0xff, 0xf1, 0xc4],
};

/**
 * Per-size layouts, in pixels of that size. Rectangles are [x, y, w, h] and sit on
 * whole pixels so the text lines stay crisp at 16 and 32.
 *   bg: the rounded square and its corner radius
 *   page: the paper, its radius, and an optional drop shadow offset
 *   title: the heading bar; lines: body text bars
 *   sparks: [cx, cy, radius, halo] four-point stars; halo = ring of background colour
 */
const LAYOUTS = {
  16: {
    bg: [0, 0, 16, 16], bgRadius: 3.5,
    page: [2, 3, 9, 11], pageRadius: 1, shadow: 0,
    title: [4, 5, 4, 1],
    lines: [[4, 7, 5, 1], [4, 9, 5, 1], [4, 11, 3, 1]],
    sparks: [[12.5, 3.5, 3.6, 1]],
  },
  32: {
    bg: [0, 0, 32, 32], bgRadius: 7,
    page: [5, 6, 17, 22], pageRadius: 2, shadow: 1,
    title: [8, 10, 8, 2],
    lines: [[8, 14, 11, 1], [8, 17, 11, 1], [8, 20, 11, 1], [8, 23, 7, 1]],
    sparks: [[24.5, 8, 6.6, 1.5], [26.5, 18.5, 2.6, 0]],
  },
  48: {
    bg: [1, 1, 46, 46], bgRadius: 10,
    page: [8, 9, 25, 32], pageRadius: 2.5, shadow: 1,
    title: [12, 14, 12, 3],
    lines: [[12, 20, 17, 2], [12, 24, 17, 2], [12, 28, 17, 2], [12, 32, 10, 2]],
    sparks: [[36, 12, 9.5, 2], [39.5, 27.5, 3.8, 0]],
  },
  128: {
    bg: [8, 8, 112, 112], bgRadius: 25,
    page: [26, 28, 58, 76], pageRadius: 6, shadow: 3,
    title: [35, 40, 28, 6],
    lines: [[35, 54, 40, 4], [35, 63, 40, 4], [35, 72, 40, 4], [35, 81, 40, 4], [35, 90, 24, 4]],
    sparks: [[89, 33, 21, 4.5], [99, 69, 8.5, 0], [76, 17, 4.5, 0]],
  },
};

function inRoundRect(px, py, [x, y, w, h], r) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** A four-point star with concave sides: |x|^p + |y|^p <= r^p (p < 1). */
function inSpark(px, py, cx, cy, r) {
  const p = 0.58;
  const dx = Math.abs(px - cx) / r;
  const dy = Math.abs(py - cy) / r;
  return dx ** p + dy ** p <= 1;
}

function mix(a, b, t) {
  return [0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t);
}

/** Colour at a point, or null outside the icon (transparent). Painter's order. */
function shade(L, size, px, py) {
  if (!inRoundRect(px, py, L.bg, L.bgRadius)) return null;
  const [, by, , bh] = L.bg;
  let c = mix(COLORS.bgTop, COLORS.bgBottom, (py - by) / bh);
  const [x, y, w, h] = L.page;
  if (L.shadow && inRoundRect(px, py, [x + L.shadow * 0.5, y + L.shadow, w, h], L.pageRadius)) {
    c = mix(c, COLORS.paperShade, 0.45);
  }
  if (inRoundRect(px, py, L.page, L.pageRadius)) {
    c = COLORS.paper;
    if (inRoundRect(px, py, L.title, L.title[3] / 2)) c = COLORS.title;
    for (const l of L.lines) if (inRoundRect(px, py, l, size >= 48 ? l[3] / 2 : 0)) c = COLORS.line;
  }
  for (const [sx, sy, r, halo] of L.sparks) {
    if (halo && inSpark(px, py, sx, sy, r + halo * 1.9)) {
      c = mix(COLORS.bgTop, COLORS.bgBottom, (py - by) / bh);
    }
    if (inSpark(px, py, sx, sy, r)) {
      const d = Math.hypot(px - sx, py - sy) / r;
      c = mix(COLORS.sparkCore, COLORS.spark, Math.min(1, d * 2.4));
    }
  }
  return c;
}

/** RGBA pixels for one size: SS×SS samples per pixel, premultiplied average. */
export function render(size, SS = 16) {
  const L = LAYOUTS[size];
  if (!L) throw new Error(`no layout for ${size}px`);
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let j = 0; j < SS; j++) {
        for (let i = 0; i < SS; i++) {
          const c = shade(L, size, x + (i + 0.5) / SS, y + (j + 0.5) / SS);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = (y * size + x) * 4;
      if (a) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return px;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** 8-bit RGBA, non-interlaced PNG. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter, interlace: 0
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const SIZES = [16, 32, 48, 128];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(root, 'icons');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
