// The paragraph classifier: an article's paragraphs in, one verdict each out,
// with a reason the reader view can show. Pure: no DOM, no browser API, no node:.
//
// How it decides: features.ts turns each paragraph (text, inline HTML, DOM hints
// when there are any, position, neighbours) into facts and a feature row; the
// trained boosted trees (model.ts, weights.ts) gives the probability that
// it is not article text; decide.ts combines that with the phrase lexicons
// (lexicon.ts) and the structure into a label and a reason.
import type { ParagraphInput, Verdict } from '../shared/types.ts';
import { decide, applyNeighbours, dropClosingAuthorBox, dropClosingBio, dropFurnitureBoxes, dropMenuRepeats, dropOrphanHeadings, dropPlaceholderText, dropRepeatedControls, dropRepeatedParagraphs, dropTailAfterEndFurniture, markLeadingMenu } from './decide.ts';
import { analyse, featureRow, type ClassifyContext } from './features.ts';
import { checkModel, notContentProbability, DEFAULT_MODEL, type Model } from './model.ts';

export type { ClassifyContext } from './features.ts';

checkModel(DEFAULT_MODEL);

export function classifyParagraphs(paragraphs: ParagraphInput[], context: ClassifyContext = {}, model: Model = DEFAULT_MODEL): Verdict[] {
  void context;
  const facts = analyse(paragraphs);
  const verdicts = facts.map((f) => decide(f, notContentProbability(featureRow(f, facts), model), model.threshold));
  const cleaned = dropRepeatedControls(facts, dropRepeatedParagraphs(facts, dropOrphanHeadings(facts, dropMenuRepeats(facts, markLeadingMenu(facts, applyNeighbours(facts, dropPlaceholderText(facts, dropFurnitureBoxes(facts, verdicts))))))));
  return dropClosingAuthorBox(facts, dropClosingBio(facts, dropTailAfterEndFurniture(facts, cleaned)));
}
