// When the content script started: imported first by each content script, so this runs
// before every other module of the bundle (the lexicon compiles its regexes as it loads).
export const STARTED = performance.now();

/** Milliseconds since the script started, to 0.01 ms. */
export const sinceStart = () => Math.round((performance.now() - STARTED) * 100) / 100;
