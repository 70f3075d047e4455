import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '@app/config';

/**
 * The subgraph SDL a running subgraph publishes for composition. `authorization`: a schema
 * token, which a production subgraph needs (libs/server's signSchemaToken).
 */
export async function fetchSubgraphSdl(url: string, authorization?: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } }; errors?: unknown };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`${url} did not publish a subgraph schema: ${JSON.stringify(body.errors)}`);
  return sdl;
}

/**
 * Composes the supergraph with @apollo/composition (what Rover does, without its binary).
 * `urls` are the addresses written into the supergraph; the gateway overrides them with
 * its configured POPULATION_URL etc. at run time.
 */
export function composeSupergraph(sdls: Record<SubgraphName, string>, urls: Record<SubgraphName, string>): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name], typeDefs: parse(sdls[name]) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
