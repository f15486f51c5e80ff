// early-read.js: the first script of popup.html (see early-read.ts). It leaves one
// property on the popup's own window, for browser.ts; the page being read gets nothing.
import { EARLY_READ_KEY, startEarlyRead, type EarlyReadApi } from './early-read.ts';

const native = globalThis as { browser?: EarlyReadApi; chrome?: EarlyReadApi };
const api = native.browser ?? native.chrome;
// Without the API (the page opened outside the extension) popup.js reports it as before.
if (api?.scripting && api.tabs) {
  (globalThis as Record<string, unknown>)[EARLY_READ_KEY] = startEarlyRead(api, location.search);
}
