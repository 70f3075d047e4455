import type { TestGraph } from '../../tools/graph/start-graph';

/**
 * Authorization headers of the test stewards, minted by the graph's development issuer:
 * alice and bob steward the population registry, carol the business registry. Set by
 * `useStewards(graph)` in beforeAll; the exports are live bindings, so tests read them as
 * constants afterwards.
 */
export let ALICE = '';
export let BOB = '';
/** A steward of the business registry, not of the population registry. */
export let CAROL = '';

export function useStewards(graph: TestGraph): void {
  ALICE = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-alice', registry: 'population' })}`;
  BOB = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-bob', registry: 'population' })}`;
  CAROL = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-carol', registry: 'business' })}`;
}
