import { createServer, type RequestListener } from 'node:http';
import { composeServices } from '@apollo/composition';
import { readEnvironment } from '@app/config';
import { announceListening } from './listening';
import { PLAIN_BUSINESS_SDL, PLAIN_POPULATION_SDL } from './plain-schemas';

/**
 * Loaded by a name the compiler does not follow: @graphql-hive's declarations pull in the DOM
 * library (through @whatwg-node/fetch), which would change the globals of the whole project.
 */
const GATEWAY_RUNTIME: string = '@graphql-hive/gateway-runtime';
const ROUTER_RUNTIME: string = '@graphql-hive/router-runtime';

interface HiveRuntime {
  createGatewayRuntime(
    this: void,
    config: {
      supergraph: string;
      logging: boolean;
      unifiedGraphHandler?: unknown;
    },
  ): RequestListener;
}

/**
 * Peer (c): Hive Gateway in front of the same plain subgraphs as peer (b), on a supergraph
 * composed here from their schemas (as `hive-gateway supergraph` would load a file).
 * argv[2] `router`: with @graphql-hive/router-runtime's query planner (Rust, via napi).
 */
async function main(): Promise<void> {
  const composed = composeServices([
    { name: 'population', url: required('POPULATION_URL'), typeDefs: PLAIN_POPULATION_SDL },
    { name: 'business-registry', url: required('BUSINESS_REGISTRY_URL'), typeDefs: PLAIN_BUSINESS_SDL },
  ]);
  if (composed.errors || !composed.supergraphSdl) {
    throw new Error(`composition failed: ${composed.errors?.map((error) => error.message).join('; ')}`);
  }
  const { createGatewayRuntime } = (await import(GATEWAY_RUNTIME)) as HiveRuntime;
  const router =
    process.argv[2] === 'router'
      ? {
          unifiedGraphHandler: ((await import(ROUTER_RUNTIME)) as { unifiedGraphHandler: unknown }).unifiedGraphHandler,
        }
      : {};
  const gateway = createGatewayRuntime({ supergraph: composed.supergraphSdl, logging: false, ...router });
  const server = createServer(gateway);
  // The runtime's own handlers wait on disposal and keep the process alive: the bench stops it.
  process.on('SIGTERM', () => process.exit(0));
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (typeof address === 'object' && address) announceListening(`http://127.0.0.1:${address.port}`);
  });
}

function required(name: string): string {
  const value = readEnvironment()[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

void main();
