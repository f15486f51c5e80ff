// The classifier on extracted blocks: one ClassifiedParagraph per block, with its list.
import { classifyParagraphs } from '../classifier/index.ts';
import type { ClassifiedParagraph } from '../shared/types.ts';
import type { ExtractedParagraphs } from './types.ts';

/** The blocks with the classifier's verdicts. */
export function classify({ meta, blocks }: ExtractedParagraphs): ClassifiedParagraph[] {
  const verdicts = classifyParagraphs(blocks, { lang: meta.lang, title: meta.title });
  return blocks.map((b, i): ClassifiedParagraph => ({
    tag: b.tag,
    text: b.text,
    html: b.html,
    ...verdicts[i]!,
    ...(b.tag === 'li' && b.dom && b.dom.listIndex >= 0 ? { list: { index: b.dom.listIndex, ordered: b.dom.ordered === true } } : {}),
  }));
}
