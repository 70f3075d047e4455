import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '@app/config';
import { signSchemaToken } from '@app/server';
import { startTestGraph } from '../graph/start-graph';
import { composeSupergraph, fetchSubgraphSdl } from './compose-supergraph';

/**
 * `npm run schema:compose`: starts the three compiled subgraphs on a throwaway database,
 * takes the schema each publishes, composes them, and writes the supergraph the gateway serves.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await startTestGraph({ gateway: false, env: { DATABASE_URL: undefined } });
  try {
    const sdls = {} as Record<SubgraphName, string>;
    // Its own graph runs as in test, where the schema is open; the token is for one that does not.
    const secret = config.schemaTokenSecret;
    const authorization = secret ? `Bearer ${await signSchemaToken(secret, 'compose')}` : undefined;
    for (const name of SUBGRAPH_NAMES) sdls[name] = await fetchSubgraphSdl(graph.subgraphUrls[name], authorization);
    // The URLs written into the file are the defaults; the gateway's settings override them.
    writeFileSync(config.supergraph.path, composeSupergraph(sdls, loadConfig({}).subgraphUrls));
    console.log(`Wrote ${relative(process.cwd(), config.supergraph.path)}`);
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
