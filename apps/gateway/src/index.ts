/**
 * What the tools and benchmarks may use of the gateway; the rest is its own. Lint holds tools
 * to this file.
 */
export { subgraphFetcher } from './supergraph/subgraph-fetcher';
