// The content script leaves nothing behind in the page, in real Chromium through the
// toolbar click, over several clicks on the same tab:
// - no new global in the page's main world, and the extension's isolated world holds
//   exactly the globals of a fresh isolated world (build.mjs wraps each content script in
//   a function, so its modules stay local);
// - no event listener added (CDP DOMDebugger.getEventListeners, all worlds);
// - no document kept alive: after a garbage collection the renderer has no more documents
//   than before the first click (Memory.getDOMCounters; each click clones the page), and
//   neither world holds more Document objects than a fresh world that read the page's
//   document (Runtime.queryObjects; HTMLDocument.prototype counts too).
// Shown to fail: with a clone pushed onto an isolated-world global, or a listener added
// by the content script, these checks fail (see README "Performance").
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clickToolbar, closePopup, launchChromium, openPage, type ChromiumSession } from './chromium.ts';
import {
  collectGarbage, documentsHeldBy, domCounters, eventListeners, freshWorld, trackWorlds, worldGlobals, type WorldContext,
} from './page-residue.ts';
import { readPopup, describeView } from './popup-view.ts';
import { SEED_HEADLINE, SEED_PATH, startServer, type TestServer } from './server.ts';

const CLICKS = 4;
/**
 * What Chromium itself gives an extension's isolated world and not a fresh one: the
 * `browser` namespace (Chromium 148+; `chrome` is in every world). The content scripts
 * define no global (and may not import the polyfill: eslint.config.mjs).
 */
const BROWSER_EXTENSION_GLOBALS = ['browser'];

let server: TestServer;
let chromium: ChromiumSession;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('Chromium: the content script leaves nothing behind in the page', () => {
  test(`${CLICKS} clicks: no new global in either world, no listener, no document kept alive`, async () => {
    const page = await openPage(chromium, server.url(SEED_PATH));
    const cdp = await page.createCDPSession();
    const worlds = trackWorlds(cdp);
    await cdp.send('Runtime.enable');
    await cdp.send('DOM.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const main = [...worlds.values()].find((w) => w.type === 'default' && w.frameId === frameTree.frame.id);
    if (!main) throw new Error(`no main world among ${JSON.stringify([...worlds.values()])}`);
    const known = new Set(worlds.keys());

    await collectGarbage(cdp);
    const before = {
      mainGlobals: await worldGlobals(cdp, main.id),
      listeners: await eventListeners(cdp),
      counters: await domCounters(cdp),
      mainDocuments: await documentsHeldBy(cdp, main.id),
    };

    for (let i = 0; i < CLICKS; i++) {
      const popup = await clickToolbar(chromium, page);
      const view = await readPopup(popup);
      expect(view.state, describeView(view)).toBe('done');
      expect(view.title).toBe(SEED_HEADLINE);
      await closePopup(popup);
    }

    // the extension's world: the isolated world that appeared with the first click
    const added = [...worlds.values()].filter((w) => !known.has(w.id) && w.type === 'isolated' && w.frameId === main.frameId);
    const extensionWorld = added.find((w: WorldContext) => w.name === 'Article Cleaner') ?? added[0];
    if (!extensionWorld) throw new Error(`no isolated world appeared: ${JSON.stringify([...worlds.values()])}`);
    const fresh = await freshWorld(cdp, main.frameId, 'article-cleaner-memory-test');
    await cdp.send('Runtime.evaluate', { expression: 'void document.title', contextId: fresh }); // its wrapper of the page's document

    await collectGarbage(cdp);
    const after = {
      mainGlobals: await worldGlobals(cdp, main.id),
      listeners: await eventListeners(cdp),
      counters: await domCounters(cdp),
      mainDocuments: await documentsHeldBy(cdp, main.id),
      extensionGlobals: await worldGlobals(cdp, extensionWorld.id),
      freshGlobals: await worldGlobals(cdp, fresh),
      extensionDocuments: await documentsHeldBy(cdp, extensionWorld.id),
      freshDocuments: await documentsHeldBy(cdp, fresh),
    };
    console.log(`[memory] before ${JSON.stringify(before.counters)}, after ${CLICKS} clicks ${JSON.stringify(after.counters)}; documents held: main ${before.mainDocuments} → ${after.mainDocuments}, extension world ${after.extensionDocuments}, a fresh world ${after.freshDocuments} (world "${extensionWorld.name}")`);

    expect(after.mainGlobals, 'globals of the page\'s main world').toEqual(before.mainGlobals);
    const extensionApi = after.extensionGlobals.filter((name) => BROWSER_EXTENSION_GLOBALS.includes(name));
    expect(after.extensionGlobals.filter((name) => !extensionApi.includes(name)), 'globals of the extension\'s isolated world, against a fresh isolated world').toEqual(after.freshGlobals);
    expect(after.listeners, 'event listeners on the page (all worlds)').toEqual(before.listeners);
    expect(after.counters.documents, 'documents alive in the renderer after GC').toBeLessThanOrEqual(before.counters.documents);
    expect(after.counters.jsEventListeners, 'JS event listeners in the renderer').toBeLessThanOrEqual(before.counters.jsEventListeners);
    expect(after.mainDocuments, 'Document objects held by the main world').toBeLessThanOrEqual(before.mainDocuments);
    expect(after.extensionDocuments, 'Document objects held by the extension\'s world, against a fresh world that read the page\'s document').toBeLessThanOrEqual(after.freshDocuments);
    await cdp.detach();
    await page.close();
  });
});
