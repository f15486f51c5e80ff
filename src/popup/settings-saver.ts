// Writes the settings at most every `wait` ms (a dragged slider must not run into
// storage.sync's write quota) and recognises the change events of its own writes.
// storage.onChanged also fires in the page that wrote: the echo of an older write
// can arrive after newer presses, and showing it would undo them (three quick
// ArrowRight presses ended one step short). Pure: the write is passed in.
import { readSettings, type Settings } from '../shared/settings.ts';

export interface SettingsSaver {
  save(s: Settings): void;
  /** Writes what is pending now; resolves when every write so far is done. */
  flush(): Promise<void>;
  /** True when s is what one of our own writes stored: ignore it, newer edits may be on their way. */
  isOwnEcho(s: Settings): boolean;
}

// normalised, so key order and unknown fields cannot make an echo look new
const keyOf = (s: Settings) => JSON.stringify(readSettings(s));

export function createSettingsSaver(write: (s: Settings) => Promise<void>, wait = 250): SettingsSaver {
  let pending: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  // Our writes whose change event has not come back yet, oldest first.
  const unechoed: string[] = [];
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending) {
      const value = pending;
      pending = null;
      unechoed.push(keyOf(value));
      writing = writing.then(() => write(value)).catch(() => {});
    }
    return writing;
  };
  return {
    save(s) {
      pending = s;
      timer ??= setTimeout(() => void flush(), wait);
    },
    flush,
    isOwnEcho(s) {
      const at = unechoed.indexOf(keyOf(s));
      if (at < 0) return false;
      // Events come in write order: the writes before this one have echoed or never will
      // (storing an unchanged value fires no event).
      unechoed.splice(0, at + 1);
      return true;
    },
  };
}
