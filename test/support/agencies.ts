import { DATA_CATEGORY_CODES } from '@app/access';
import type { TestGraph } from '../../tools/graph/start-graph';

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
    // Every category: the token does not narrow, the agreements decide.
    scope: options.scope ?? DATA_CATEGORY_CODES.join(' '),
    ...(options.rpm ? { rpm: options.rpm } : {}),
  });
  return `Bearer ${token}`;
}

export function citizenAuthorization(graph: TestGraph, personalIdNumber: string): string {
  return `Bearer ${graph.tokens.mint({ kind: 'citizen', sub: personalIdNumber, acr: '2' })}`;
}
