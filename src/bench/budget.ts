// The bundle-size budget: bundle-budget.json at the project root gives each bundle of
// dist/extension a maximum in minified bytes, with the reason for it. The unit test
// tests/unit/build/bundle-budget.test.ts builds and fails on any bundle over its budget
// (or without one); `npm run bench` prints the same comparison. A budget is raised only
// deliberately, in the same commit as the change that needs it, with its reason updated.
import fs from 'node:fs';
import path from 'node:path';

export const BUDGET_FILE = 'bundle-budget.json';

export interface Budget {
  bundles: Record<string, { maxBytes: number; reason: string }>;
}

export function readBudget(root: string): Budget {
  const budget = JSON.parse(fs.readFileSync(path.join(root, BUDGET_FILE), 'utf8')) as Budget;
  for (const [file, b] of Object.entries(budget.bundles ?? {})) {
    if (!Number.isInteger(b.maxBytes) || b.maxBytes <= 0 || !b.reason) throw new Error(`${BUDGET_FILE}: ${file} needs a positive whole maxBytes and a reason`);
  }
  return budget;
}

const n = (x: number) => x.toLocaleString('en');

/** What is wrong with the bundles' minified sizes against the budget; empty when all fit. */
export function budgetProblems(sizes: readonly { file: string; bytes: number }[], budget: Budget): string[] {
  const problems: string[] = [];
  for (const { file, bytes } of sizes) {
    const b = budget.bundles[file];
    if (!b) problems.push(`${file}: ${n(bytes)} bytes minified, and ${BUDGET_FILE} has no budget for it`);
    else if (bytes > b.maxBytes) problems.push(`${file}: ${n(bytes)} bytes minified, over its budget of ${n(b.maxBytes)} by ${n(bytes - b.maxBytes)} (${BUDGET_FILE})`);
  }
  for (const file of Object.keys(budget.bundles)) {
    if (!sizes.some((s) => s.file === file)) problems.push(`${file}: in ${BUDGET_FILE} but not built`);
  }
  return problems;
}
