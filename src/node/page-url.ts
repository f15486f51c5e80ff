// Kept apart from load-document.ts so that importing it does not load jsdom
// (the CLI's main process never parses a page; its workers do).

/** The URL pages are parsed at when none is known (Readability's test-suite URL). */
export const DEFAULT_PAGE_URL = 'http://fakehost/test/page.html';
