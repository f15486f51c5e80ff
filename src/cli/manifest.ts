// A manifest lists saved pages with the URL each was saved from:
//   path<TAB>url      (url optional)
// Relative paths are relative to the manifest's folder; blank lines and lines
// starting with # are skipped.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage.ts';
import { errorMessage } from '../shared/error-message.ts';

export interface ManifestEntry {
  file: string;
  url?: string;
}

/** Throws UsageError for an unreadable manifest or a line with a malformed URL. */
export function readManifest(manifestPath: string): ManifestEntry[] {
  let source: string;
  try {
    source = fs.readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read manifest ${manifestPath}: ${errorMessage(error)}`);
  }
  return parseManifest(source, manifestPath);
}

export function parseManifest(source: string, manifestPath: string): ManifestEntry[] {
  const folder = path.dirname(manifestPath);
  const entries: ManifestEntry[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const [file = '', url] = line.split('\t').map((field) => field.trim());
    if (url && !URL.canParse(url)) {
      throw new UsageError(`${manifestPath}:${i + 1}: not a URL: ${url}`);
    }
    entries.push({ file: path.isAbsolute(file) ? file : path.join(folder, file), url: url || undefined });
  });
  return entries;
}
