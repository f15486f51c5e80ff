// Writing to stdout/stderr without piling a whole batch's output up in memory.
import type { Writable } from 'node:stream';

/** Writes text, waiting for the stream to drain when its buffer is full. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}

/** At most `max` characters of one line of text, ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= max ? line : chars.slice(0, max - 1).join('') + '…';
}
