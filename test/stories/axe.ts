// axe-core as Storybook's accessibility addon runs it (every rule but the experimental ones,
// without `region`: a story is a piece of a page, not a page with landmarks).
import 'axe-core/axe.min.js';
import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** The tags of WCAG 2.2 level A and AA; the run must cover every rule that has one. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const options: RunOptions = {
  runOnly: { type: 'tag', values: [...WCAG_22_AA, 'best-practice'] },
  rules: { region: { enabled: false } },
  resultTypes: ['violations'],
};

/** What axe finds wrong in `root` (through shadow roots). */
export async function axeViolations(root: Element): Promise<Result[]> {
  const results: AxeResults = await window.axe.run(root, options);
  return results.violations;
}

/** Violations as a reader of a failed test needs them: rule, what it asks, where. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `  at ${JSON.stringify(node.target)}: ${node.html}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`).join('\n'),
    )
    .join('\n');
}
