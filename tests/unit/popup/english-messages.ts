// browser.i18n.getMessage for unit tests: the real _locales/en messages, with their
// named placeholders filled from the substitutions as the browsers do.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function loadMessages(lang: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(root, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
}

export function messageFrom(messages: Messages) {
  return (key: string, substitutions: string | string[] = []): string => {
    const m = messages[key];
    if (!m) return '';
    const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
    return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_all, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_x, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}
