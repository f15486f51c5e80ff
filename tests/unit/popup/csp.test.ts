// The content security policy of the extension's pages (manifest.json), the second line of
// defence behind sanitize.ts: only the extension's own scripts, no plugins, no <base>, no
// form posts, no frames, no fetch/XHR/WebSocket, images from the web (the reader shows the
// page's own pictures) and nothing else from outside. And the extension's HTML pages carry
// nothing the policy would block (inline script, style attribute, event handler).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as { content_security_policy?: { extension_pages?: string } };

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('manifest.json: content_security_policy.extension_pages', () => {
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  const d = directives(csp);

  it('allows only the extension\'s own scripts: no inline script, no eval, no remote script', () => {
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|nonce-|sha\d+-/);
  });

  it.each([
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['connect-src', ["'none'"]],
    ['media-src', ["'none'"]],
    ['default-src', ["'self'"]],
  ])('%s %j', (name, values) => {
    expect(d.get(name)).toEqual(values);
  });

  it('loads images from the extension and the web (the page\'s pictures, inline data: images) only', () => {
    expect([...(d.get('img-src') ?? [])].sort()).toEqual(["'self'", 'data:', 'http:', 'https:']);
  });

  it('has no directive that widens default-src beyond these', () => {
    expect([...d.keys()].sort()).toEqual(['base-uri', 'connect-src', 'default-src', 'form-action', 'frame-src', 'img-src', 'media-src', 'object-src', 'script-src']);
  });
});

describe('the extension\'s HTML pages fit that policy', () => {
  const pages = ['src/popup/popup.html', 'src/options/options.html'].filter((p) => fs.existsSync(path.join(ROOT, p)));

  it.each(pages)('%s: scripts from files only, no inline style or event handler, no remote resource', (page) => {
    const html = fs.readFileSync(path.join(ROOT, page), 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(m[1], 'a script without src').toMatch(/\bsrc="[^":]+\.js"/);
      expect(m[2]!.trim(), 'an inline script').toBe('');
    }
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\s(?:src|href)\s*=\s*"(?:https?:)?\/\//i);
  });
});
