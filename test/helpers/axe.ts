import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** WCAG 2.2 A and AA, and axe's best practices. */
const OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
  resultTypes: ['violations'],
};

/**
 * Runs axe-core on `element` (shadow roots included) and returns each violation in words —
 * rule, impact, the node and what to fix — so a failing test says what is wrong.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  // The bundle is a script that registers `window.axe`; importing it runs it.
  if (!window.axe) await import('axe-core/axe.min.js');
  const results = await window.axe!.run(element, OPTIONS);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${JSON.stringify(node.target)}\n${node.failureSummary}`,
    ),
  );
}
