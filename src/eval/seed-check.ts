// The seed fixture check of npm run eval: parse a seed file (src/seed/read-seed.ts),
// classify its paragraphs, count labels right against the expected list.
import { parseSeed, seedParagraph } from '../seed/read-seed.ts';
import type { Label, ParagraphInput, Verdict } from '../shared/types.ts';
import { clip } from './report.ts';
import { errorMessage } from '../shared/error-message.ts';

export interface SeedCheck {
  right: number;
  total: number;
  got: { label: Label; reason: string }[];
  mistakes: { index: number; expected: Label; got: Label | 'missing'; reason: string; text: string }[];
  error: string | null;
}

export function seedCheck(seedText: string, expected: readonly Label[], classify: (p: ParagraphInput[]) => Verdict[]): SeedCheck {
  let paragraphs: ParagraphInput[];
  try {
    paragraphs = parseSeed(seedText).map((html) => seedParagraph(html));
  } catch (e) {
    const error = `could not read the seed: ${errorMessage(e)}`;
    return { right: 0, total: expected.length, got: [], mistakes: [], error };
  }
  const verdicts = classify(paragraphs);
  const mistakes: SeedCheck['mistakes'] = [];
  let right = 0;
  for (let i = 0; i < expected.length; i++) {
    const v = verdicts[i];
    if (v && v.label === expected[i]) right++;
    else mistakes.push({ index: i, expected: expected[i]!, got: v?.label ?? 'missing', reason: v?.reason ?? '', text: clip(paragraphs[i]?.text ?? '', 120) });
  }
  const error = paragraphs.length === expected.length ? null : `the seed has ${paragraphs.length} paragraphs, ${expected.length} expected`;
  return { right, total: expected.length, got: verdicts.map((v) => ({ label: v.label, reason: v.reason })), mistakes, error };
}
