import type { TestGraph } from '../../tools/graph/start-graph';

/** Every data category: a development agency token asks for all, the agreements decide. */
export const ALL_CATEGORIES = [
  'population.identity',
  'population.health',
  'population.residence',
  'population.family',
  'population.contact',
  'population.vital',
  'population.record',
  'business.profile',
  'business.owners',
  'business.representatives',
  'business.record',
].join(' ');

/**
 * An Authorization header for a demo agency's demo system (`<code>-demo`), reading for
 * `purpose`, as the development issuer mints it.
 */
export function agencyAuthorization(
  graph: TestGraph,
  agency: string,
  purpose: string,
  options: { scope?: string; rpm?: number; clientId?: string } = {},
): string {
  const token = graph.tokens.mint({
    kind: 'agency',
    sub: options.clientId ?? `${agency.toLowerCase()}-demo`,
    agency,
    purpose,
    scope: options.scope ?? ALL_CATEGORIES,
    ...(options.rpm ? { rpm: options.rpm } : {}),
  });
  return `Bearer ${token}`;
}

export function citizenAuthorization(graph: TestGraph, personalIdNumber: string): string {
  return `Bearer ${graph.tokens.mint({ kind: 'citizen', sub: personalIdNumber, acr: '2' })}`;
}
