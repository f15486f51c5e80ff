// The popup: asks the active tab for its article and shows it cleaned.
import { extractFromTab, InjectionRefusedError, storeLocal, targetTabId } from '../platform/browser.ts';
import type { ExtractResult } from '../shared/types.ts';
import { isRemoved } from './summary.ts';
import { renderArticle, renderHeader, renderRemoved } from './render.ts';

type Failure = 'no-article' | 'restricted' | 'too-large' | 'error';

const MESSAGES: Record<Failure, string> = {
  'no-article': 'No article found on this page. Article Cleaner works on pages with a story to read, such as a news article or a blog post.',
  restricted: "Article Cleaner can't read this page. Browsers don't let extensions run on their own pages (such as chrome://, about: or the add-on stores).",
  'too-large': 'This page is too large to clean without freezing the tab.',
  error: 'Something went wrong while reading this page.',
};

const body = document.body;

function showMessage(failure: Failure, detail?: string): void {
  const message = document.getElementById('message')!;
  message.dataset.failure = failure;
  message.textContent = MESSAGES[failure];
  if (detail) message.append(document.createElement('br'), Object.assign(document.createElement('small'), { textContent: detail }));
  message.hidden = false;
  document.getElementById('title')!.textContent = 'Article Cleaner';
  body.dataset.state = 'error';
}

async function show(result: ExtractResult): Promise<void> {
  if (!result.ok) {
    showMessage(result.failure, result.failure === 'error' || result.failure === 'too-large' ? result.message : undefined);
    await storeLocal({ lastResult: { state: 'error', failure: result.failure, message: result.message } });
    return;
  }
  const { article } = result;
  renderHeader(document.getElementById('reader')!, article);
  document.title = `${article.title} · Article Cleaner`;
  renderArticle(document.getElementById('article')!, article);
  renderRemoved(document.getElementById('removed') as HTMLDetailsElement, article.paragraphs);
  body.dataset.state = 'done';
  const brief = ({ text, label, reason }: { text: string; label: string; reason: string }) => ({ text, label, reason });
  await storeLocal({
    lastResult: {
      state: 'done',
      title: article.title,
      paragraphs: article.paragraphs.map(brief),
      removed: article.paragraphs.filter(isRemoved).map(brief),
    },
  });
}

async function main(): Promise<void> {
  try {
    const tabId = await targetTabId(location.search);
    await show(await extractFromTab(tabId));
  } catch (error) {
    const failure: Failure = error instanceof InjectionRefusedError ? 'restricted' : 'error';
    showMessage(failure, error instanceof Error ? error.message : String(error));
    await storeLocal({ lastResult: { state: 'error', failure, message: String(error) } }).catch(() => {});
  }
}

void main();
