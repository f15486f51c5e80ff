// The reader once the article is there: renders it with the person's choices ("keep
// this", "show in place", the site's rules) and renders again on each choice, keeping
// the focus where the person was. Stores what it shows as storage.local 'lastResult'.
import { storeLocal, uiLanguage } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import type { ReasonCode } from '../shared/reasons.ts';
import { siteOf, type SiteRule } from '../shared/site-rules.ts';
import type { Article } from '../shared/types.ts';
import { markdownOf } from './copy-markdown.ts';
import { renderHeader, updateReadingTime } from './header.ts';
import { isRemovedItem, readerItems, storedParagraph, type ReaderItem } from './reader-state.ts';
import { renderRemoved, type FocusTarget } from './removed-panel.ts';
import { renderArticle } from './render.ts';
import { saveRuleAdded, saveRuleRemoved } from './site-rules-store.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Everything the reader shows after the article arrived, re-rendered on each choice. */
export class Reader {
  private kept: Set<number>;
  private inPlace = new Set<number>();
  private items: ReaderItem[] = [];
  readonly site: string | null;

  constructor(
    readonly article: Article,
    private rules: SiteRule[],
    /** "keep this" choices carried over from the popup (reader.html?keep=3,7) */
    kept: Set<number>,
    /** shows a short status message (rule saved…) */
    private status: (text: string) => void,
  ) {
    this.site = siteOf(article.url);
    this.kept = kept;
  }

  render(focus: FocusTarget = null): void {
    this.items = readerItems(this.article, { rules: this.rules, site: this.site, kept: this.kept, inPlace: this.inPlace });
    renderArticle($('article'), this.article, this.items, { keep: (i) => this.keep(i, `[data-action="unkeep"][data-index="${i}"]`) });
    renderRemoved($<HTMLDetailsElement>('removed'), this.items, this.site, {
      keep: (i) => this.keep(i, `[data-action="unkeep"][data-index="${i}"]`),
      unkeep: (i) => {
        this.kept.delete(i);
        this.render(`[data-action="keep"][data-index="${i}"]`);
      },
      toggleInPlace: (i) => this.toggleInPlace(i),
      addRule: (reason) => void this.addRule(reason),
      removeRule: (reason) => void this.removeRule(reason),
    }, focus);
    updateReadingTime(this.article, this.items);
    void this.store();
  }

  first(): void {
    this.items = readerItems(this.article, { rules: this.rules, site: this.site, kept: this.kept, inPlace: this.inPlace });
    renderHeader(this.article, this.items, uiLanguage());
    document.title = `${this.article.title} · ${t('extName')}`;
    this.render();
    $('article').removeAttribute('aria-busy');
    document.body.dataset.state = 'done';
  }

  private keep(index: number, focus: FocusTarget): void {
    this.kept.add(index);
    this.inPlace.delete(index);
    this.render(focus);
  }

  private toggleInPlace(index: number): void {
    if (this.inPlace.has(index)) this.inPlace.delete(index);
    else this.inPlace.add(index);
    this.render(`[data-action="show"][data-index="${index}"]`);
    if (this.inPlace.has(index)) document.querySelector(`#article .in-place[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private async addRule(reason: ReasonCode): Promise<void> {
    if (!this.site) return;
    this.rules = await saveRuleAdded(this.site, reason);
    this.render(`[data-action="forget"][data-rule-reason="${reason}"]`);
    this.status(t('ruleSaved'));
  }

  private async removeRule(reason: ReasonCode): Promise<void> {
    if (!this.site) return;
    this.rules = await saveRuleRemoved(this.site, reason);
    this.render(`[data-action="rule"][data-rule-reason="${reason}"]`);
  }

  /** Rules changed elsewhere (the options page, another reader). */
  rulesChanged(rules: SiteRule[]): void {
    // our own change comes back as an event too: it is drawn already (and has the focus right)
    if (JSON.stringify(rules) === JSON.stringify(this.rules)) return;
    this.rules = rules;
    this.render();
  }

  keptIndices(): number[] {
    return [...this.kept];
  }

  markdown(): string {
    return markdownOf(this.article, this.items, {
      byline: $('byline').textContent ?? '',
      date: $('published').textContent ?? '',
      site: $('site').textContent ?? '',
    });
  }

  private async store(): Promise<void> {
    const brief = (item: ReaderItem) => storedParagraph(item);
    await storeLocal({
      lastResult: {
        state: 'done',
        title: this.article.title,
        paragraphs: this.items.map(brief),
        removed: this.items.filter(isRemovedItem).map(brief),
      },
    }).catch(() => {});
  }
}
