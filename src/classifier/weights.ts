// Not trained yet: every coefficient is zero and the bias keeps the model's
// probability near 0, so only the lexicon and structure rules act.
// `npm run train` replaces this file.
export const MODEL = {
  features: [] as string[],
  means: [] as number[],
  scales: [] as number[],
  coefficients: [] as number[],
  bias: -20,
  threshold: 0.5,
};
