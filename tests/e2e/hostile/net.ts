// Every network request the browser makes, from any tab, frame or extension page.
// Chromium: the Fetch domain on the browser target pauses each request of every target
// (the popup included, from its first request) and we let it go on. Firefox: an
// "http-on-modify-request" observer in the parent process, where all HTTP goes through.
import type { Browser, CDPSession } from 'puppeteer-core';
import type { FirefoxSession } from '../firefox.ts';

export interface NetRequest {
  url: string;
  /** Chromium: the resource type (Image, Document, Stylesheet…); Firefox: the content policy type */
  type: string;
  /** Firefox: the origin of the principal that triggered the load */
  by?: string;
}

export interface NetLog {
  requests: NetRequest[];
  /** forget what was logged so far */
  reset(): void;
  stop(): Promise<void>;
}

export async function chromiumNetLog(browser: Browser): Promise<NetLog> {
  const session: CDPSession = await browser.target().createCDPSession();
  const requests: NetRequest[] = [];
  session.on('Fetch.requestPaused', (e: { requestId: string; request: { url: string }; resourceType: string }) => {
    requests.push({ url: e.request.url, type: e.resourceType });
    session.send('Fetch.continueRequest', { requestId: e.requestId }).catch(() => {});
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
  return {
    requests,
    reset: () => void requests.splice(0),
    stop: async () => {
      await session.send('Fetch.disable').catch(() => {});
      await session.detach().catch(() => {});
    },
  };
}

/** The Firefox log lives in the chrome window (window.__acNet); read it with readFirefoxNet. */
export async function firefoxNetLog(s: FirefoxSession): Promise<{ read(): Promise<NetRequest[]>; reset(): Promise<void>; stop(): Promise<void> }> {
  await s.chromeEval(`
    if (!window.__acNetObserver) {
      window.__acNet = [];
      window.__acNetObserver = {
        observe(subject) {
          try {
            const ch = subject.QueryInterface(Ci.nsIHttpChannel);
            const li = ch.loadInfo;
            window.__acNet.push({ url: ch.URI.spec, type: String(li?.externalContentPolicyType ?? ''), by: li?.triggeringPrincipal?.origin ?? '' });
          } catch (e) { window.__acNet.push({ url: 'error: ' + e, type: '', by: '' }); }
        },
      };
      Services.obs.addObserver(window.__acNetObserver, 'http-on-modify-request');
    }
    return true;`);
  return {
    read: () => s.chromeEval<NetRequest[]>('return window.__acNet'),
    reset: async () => {
      await s.chromeEval('window.__acNet = []; return true');
    },
    stop: async () => {
      await s.chromeEval(`
        if (window.__acNetObserver) Services.obs.removeObserver(window.__acNetObserver, 'http-on-modify-request');
        window.__acNetObserver = null;
        return true;`);
    },
  };
}
