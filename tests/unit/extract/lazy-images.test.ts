// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractParagraphs } from '../../../src/extract/index.ts';
import { isPlaceholderSrc, resolveLazyImages } from '../../../src/extract/lazy-images.ts';

const PROSE = (n: number) =>
  `Paragraph ${n} tells, in plain and patient sentences, how the lighthouse keepers of the northern coast kept the lamps burning through the long storms of the winter of that year.`;

function doc(body: string, base = ''): Document {
  const head = base ? `<base href="${base}">` : '';
  return new DOMParser().parseFromString(`<!doctype html><html lang="en"><head>${head}<title>Lamps</title></head><body>${body}</body></html>`, 'text/html');
}

/** The images of the extracted article, as [src, srcset]. */
function articleImages(body: string, base = 'https://news.example/2024/lamps.html'): { src: string | null; srcset: string | null }[] {
  const page = doc(`<article><h1>Lamps</h1><p>${PROSE(1)}</p>${body}<p>${PROSE(2)}</p><p>${PROSE(3)}</p></article>`, base);
  const result = extractParagraphs(page)!;
  const holder = document.createElement('div');
  for (const b of result.blocks) {
    const part = new DOMParser().parseFromString(b.html, 'text/html').body;
    holder.append(...Array.from(part.childNodes));
  }
  return [...holder.querySelectorAll('img, source')].map((i) => ({ src: i.getAttribute('src'), srcset: i.getAttribute('srcset') }));
}

describe('isPlaceholderSrc', () => {
  it.each([
    [null, true],
    ['', true],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', true],
    ['/static/img/blank.gif', true],
    ['https://cdn.example/assets/placeholder-16x9.png', true],
    ['https://cdn.example/lazy_loader.svg', true],
    ['https://cdn.example/photos/keeper.jpg', false],
    ['https://cdn.example/img?id=42&w=800', false],
  ])('%s → %s', (src, expected) => {
    expect(isPlaceholderSrc(src)).toBe(expected);
  });
});

describe('resolveLazyImages', () => {
  it('takes data-src when src is missing or a placeholder, whatever the URL looks like', () => {
    const d = doc(`<img id="a" data-src="https://cdn.example/img?id=42&amp;w=800">
      <img id="b" src="/blank.gif" data-lazy-src="/photos/b.avif">
      <img id="c" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-original="https://cdn.example/c">`);
    resolveLazyImages(d);
    expect(d.getElementById('a')!.getAttribute('src')).toBe('https://cdn.example/img?id=42&w=800');
    expect(d.getElementById('b')!.getAttribute('src')).toBe('/photos/b.avif');
    expect(d.getElementById('c')!.getAttribute('src')).toBe('https://cdn.example/c');
  });

  it('keeps a real src (the loader already ran) and never takes javascript: or data: from data-*', () => {
    const d = doc(`<img id="a" src="https://cdn.example/real.jpg" data-src="https://cdn.example/other.jpg">
      <img id="b" data-src="javascript:alert(1)">`);
    resolveLazyImages(d);
    expect(d.getElementById('a')!.getAttribute('src')).toBe('https://cdn.example/real.jpg');
    expect(d.getElementById('b')!.hasAttribute('src')).toBe(false);
  });

  it('fills srcset from data-srcset on img and on <source>', () => {
    const d = doc(`<picture><source id="s" type="image/avif" data-srcset="/p-800.avif 800w, /p-1600.avif 1600w">
      <img id="i" src="/blank.gif" data-src="/p-800.jpg" data-srcset="/p-800.jpg 800w, /p-1600.jpg 1600w"></picture>`);
    resolveLazyImages(d);
    expect(d.getElementById('s')!.getAttribute('srcset')).toBe('/p-800.avif 800w, /p-1600.avif 1600w');
    expect(d.getElementById('i')!.getAttribute('srcset')).toBe('/p-800.jpg 800w, /p-1600.jpg 1600w');
    expect(d.getElementById('i')!.getAttribute('src')).toBe('/p-800.jpg');
  });

  it('replaces a placeholder with the image in the <noscript> after it (noscript parsed as elements)', () => {
    const d = doc(`<figure><img class="lazy" src="/blank.gif" alt="The lamp"><noscript><img src="/photos/lamp.jpg"></noscript></figure>`);
    resolveLazyImages(d);
    const imgs = d.querySelectorAll('figure img');
    expect(imgs.length).toBe(1);
    expect(imgs[0]!.getAttribute('src')).toBe('/photos/lamp.jpg');
    expect(imgs[0]!.getAttribute('alt')).toBe('The lamp');
  });

  it('reads a <noscript> that holds text, as in a live page with scripts on', () => {
    const d = doc(`<figure id="f"><noscript></noscript><figcaption>The lamp room</figcaption></figure>`);
    d.querySelector('noscript')!.textContent = '<img src="/photos/lamp-room.jpg" alt="The lamp room">';
    resolveLazyImages(d);
    const img = d.querySelector('#f > img');
    expect(img?.getAttribute('src')).toBe('/photos/lamp-room.jpg');
    expect(d.querySelector('noscript')).toBeNull();
  });

  it('leaves a <noscript> alone when it holds more than one image, text, or a tracking pixel', () => {
    const d = doc(`<div><noscript><img src="/a.jpg"><img src="/b.jpg"></noscript></div>
      <div><noscript><img src="https://t.example/p.gif" width="1" height="1"></noscript></div>
      <div><noscript>Please turn on JavaScript <img src="/c.jpg"></noscript></div>`);
    resolveLazyImages(d);
    expect(d.querySelectorAll('noscript').length).toBe(3);
  });

  it('end to end: the extracted article has the real, absolute image sources', () => {
    const images = articleImages(`<figure><img src="/blank.gif" data-src="/photos/keeper?w=800" alt="The keeper"><figcaption>The keeper. Photo: A. Lund</figcaption></figure>`);
    expect(images).toContainEqual({ src: 'https://news.example/photos/keeper?w=800', srcset: null });
  });
});
