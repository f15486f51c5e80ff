// What a click could leave behind in a Chromium tab, read over the DevTools protocol
// (a CDPSession on the tab): event listeners, the globals of each JavaScript world, and
// the documents still alive after a garbage collection.
import type { CDPSession } from 'puppeteer-core';

/** Every listener on window and on every node of the document, as CDP lists them (all worlds). */
export async function eventListeners(cdp: CDPSession): Promise<string[]> {
  const out: string[] = [];
  for (const expr of ['window', 'document']) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression: expr })) as { result: { objectId: string } };
    const { listeners: ls } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true })) as {
      listeners: { type: string; useCapture: boolean; scriptId: string; lineNumber: number; columnNumber: number; backendNodeId?: number }[];
    };
    for (const l of ls) out.push(`${expr} ${l.type} capture=${l.useCapture} node=${l.backendNodeId ?? '-'} at ${l.scriptId}:${l.lineNumber}:${l.columnNumber}`);
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return out.sort();
}

export interface WorldContext {
  id: number;
  name: string;
  /** 'default' (the page's main world), 'isolated' (an extension's or the driver's world) */
  type: string;
  frameId: string;
}

/**
 * The JavaScript worlds of the tab as they are created (the extension's isolated world
 * appears at its first injection). Call before Runtime.enable.
 */
export function trackWorlds(cdp: CDPSession): Map<number, WorldContext> {
  const worlds = new Map<number, WorldContext>();
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string; frameId?: string } } }) => {
    worlds.set(e.context.id, { id: e.context.id, name: e.context.name, type: e.context.auxData?.type ?? '', frameId: e.context.auxData?.frameId ?? '' });
  });
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => worlds.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  return worlds;
}

async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as {
    result: { value: T };
    exceptionDetails?: { text: string };
  };
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
  return result.value;
}

/** The own property names of a world's global object, sorted. */
export function worldGlobals(cdp: CDPSession, contextId: number): Promise<string[]> {
  return evaluateIn<string[]>(cdp, contextId, 'Object.getOwnPropertyNames(globalThis).sort()');
}

/** A new, empty isolated world in frameId: what a world has before any script added to it. */
export async function freshWorld(cdp: CDPSession, frameId: string, worldName: string): Promise<number> {
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId, worldName })) as { executionContextId: number };
  return executionContextId;
}

export async function collectGarbage(cdp: CDPSession): Promise<void> {
  // twice: the first collection can leave what only its finalisers released
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

/** The renderer's live documents, nodes and JS event listeners (Memory.getDOMCounters); collect garbage first. */
export async function domCounters(cdp: CDPSession): Promise<{ documents: number; nodes: number; jsEventListeners: number }> {
  return (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
}

/** How many Document objects one world still holds (Runtime.queryObjects on its Document.prototype). */
export async function documentsHeldBy(cdp: CDPSession, contextId: number): Promise<number> {
  const { result: proto } = (await cdp.send('Runtime.evaluate', { expression: 'Document.prototype', contextId })) as { result: { objectId: string } };
  const { objects } = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId })) as { objects: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
  return result.value;
}
