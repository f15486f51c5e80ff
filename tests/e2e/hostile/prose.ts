// Plain news prose for the generated pages: long, varied sentences that read as article
// text to Readability and to the classifier. Deterministic (no randomness), so runs compare.

const SUBJECTS = [
  'The harbour council', 'Residents of the old quarter', 'The regional water board', 'Engineers from the port authority',
  'Local fishermen', 'The mayor', 'Shop owners along the quay', 'A panel of independent experts',
  'The transport minister', 'Teachers at the primary school', 'The hospital trust', 'Volunteers from the lifeboat station',
];
const VERBS = [
  'spent most of Tuesday evening arguing about', 'published a long report on', 'raised fresh questions about',
  'asked for more time to study', 'voted narrowly in favour of', 'described in detail the cost of',
  'said they were worried about', 'promised a public hearing on', 'walked reporters through the history of',
];
const OBJECTS = [
  'the new sea wall and the fourteen million euros it is expected to cost',
  'the winter storms that flooded the lower streets three times in two years',
  'the plan to move the ferry terminal further along the coast',
  'the repairs to the railway bridge that carries most of the freight traffic',
  'the drop in visitor numbers since the old market hall closed',
  'the timetable for dredging the channel before the spring tides',
];
const TAILS = [
  'and several speakers said the town could not afford another year of delay.',
  'although nobody in the room expected a final decision before the summer.',
  'while a small crowd listened outside in the rain, holding hand-painted signs.',
  'and the minutes of the meeting will be published on Friday morning.',
  'even as the finance committee warned that the budget was already stretched.',
];

/** One paragraph of prose (three sentences), different for each n. */
export function prose(n: number): string {
  const s = (k: number) =>
    `${SUBJECTS[(n + k) % SUBJECTS.length]} ${VERBS[(n * 3 + k) % VERBS.length]} ${OBJECTS[(n * 5 + k) % OBJECTS.length]}, ${TAILS[(n * 7 + k) % TAILS.length]}`;
  return `${s(0)} ${s(1)} ${s(2)}`;
}

/** A paragraph that starts with a unique marker the tests look for in the reader. */
export function markedProse(marker: string, n: number): string {
  return `${marker}: ${prose(n)}`;
}
