import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what a public service must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeSummary {
  /** Every violation found, by rule id and impact (minor and moderate ones too, for the note). */
  violations: { id: string; impact: string; nodes: number }[];
  passes: number;
}

/**
 * Runs axe-core on the page as it is now and fails, with a readable list (rule, impact, what it
 * asks, where), on any serious or critical violation. Returns the summary of all findings.
 */
export async function expectAccessible(
  page: Page,
  options: { include?: string; exclude?: string[] } = {},
): Promise<AxeSummary> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (blocking.length > 0) {
    const lines = blocking.flatMap((violation) => [
      `- [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...violation.nodes
        .slice(0, 5)
        .map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ]);
    throw new Error(
      `axe found ${blocking.length} serious or critical violation(s) on ${page.url()}:\n${lines.join('\n')}`,
    );
  }
  return {
    violations: results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      nodes: violation.nodes.length,
    })),
    passes: results.passes.length,
  };
}
