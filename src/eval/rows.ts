// Dataset pages to training rows, through the classifier's own featurizer.
import { featurize } from '../classifier/features.ts';
import type { ParagraphInput } from '../shared/types.ts';
import type { DatasetBlock, DatasetPage } from './dataset.ts';
import type { TrainingRow } from './trainer.ts';

/**
 * Blocks the classifier labels by structure alone, never asking the model
 * (src/classifier/decide.ts: a figure is kept as an image, a figcaption or anything
 * inside a figure but a table is a caption). They are left out of training and validation, so
 * that they neither teach the model nor hold its threshold back.
 */
export function decidedByStructure(b: Pick<DatasetBlock, 'tag' | 'dom'>): boolean {
  return b.tag === 'figure' || b.tag === 'figcaption' || (b.dom?.inFigure === true && b.tag !== 'table');
}

/**
 * Feature rows of the labelled blocks of each page: every block is featurized (the
 * whole article in order, for position and neighbour features), ambiguous blocks and
 * blocks decided by structure are then left out.
 */
export function trainingRows(pages: readonly Pick<DatasetPage, 'domain' | 'lang' | 'title' | 'blocks'>[]): {
  rows: TrainingRow[];
  skipped: number;
  structural: number;
  pages: number;
} {
  const rows: TrainingRow[] = [];
  let skipped = 0, structural = 0, used = 0;
  for (const p of pages) {
    if (p.blocks.length === 0) continue;
    const inputs: ParagraphInput[] = p.blocks.map((b) => ({ text: b.text, html: b.html, ...(b.dom ? { dom: b.dom } : {}) }));
    const X = featurize(inputs, { lang: p.lang, title: p.title });
    let any = false;
    p.blocks.forEach((b, i) => {
      if (b.label === 'ambiguous') {
        skipped++;
        return;
      }
      if (decidedByStructure(b)) {
        structural++;
        return;
      }
      any = true;
      rows.push({ group: p.domain, x: X[i]!, y: b.label === 'not-content' ? 1 : 0, tokens: b.tokens });
    });
    if (any) used++;
  }
  return { rows, skipped, structural, pages: used };
}

