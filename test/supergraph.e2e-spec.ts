import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '@app/config';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { composeSupergraph, fetchSubgraphSdl } from '../tools/schema/compose-supergraph';
import { agencyAuthorization } from './support/agencies';

describe('the committed supergraph', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ gateway: false });
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('is what the subgraphs compose to today (run `npm run schema:compose` if not)', async () => {
    const sdls = {} as Record<SubgraphName, string>;
    for (const name of SUBGRAPH_NAMES) sdls[name] = await fetchSubgraphSdl(graph.subgraphUrls[name]);
    const composed = composeSupergraph(sdls, loadConfig({}).subgraphUrls);
    const committed = readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8');
    expect(committed).toBe(composed);
  });

  it('publishes Citizen and Enterprise as federation entities keyed by their national identifiers', async () => {
    const population = await fetchSubgraphSdl(graph.subgraphUrls.population);
    const business = await fetchSubgraphSdl(graph.subgraphUrls['business-registry']);
    expect(population).toMatch(/type Citizen @key\(fields: "personalIdNumber"\)/);
    expect(business).toMatch(/type Enterprise @key\(fields: "enterpriseCode"\)/);
    // The business registry adds to Citizen where the person represents or owns an enterprise.
    expect(business).toMatch(
      /type Citizen @key\(fields: "personalIdNumber"\) \{\s+personalIdNumber: String!\s+[\s\S]*enterpriseRoles:/,
    );
  });
});

describe('a gateway that composes at start (SUPERGRAPH_SOURCE=introspect, for development)', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ env: { SUPERGRAPH_SOURCE: 'introspect' } });
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('serves the same federated join', async () => {
    const response = await fetch(`${graph.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION'),
      },
      body: JSON.stringify({
        query: '{ enterprise(enterpriseCode: "0100003212") { legalRepresentatives { citizen { fullName } } } }',
      }),
    });
    expect(await response.json()).toEqual({
      data: { enterprise: { legalRepresentatives: [{ citizen: { fullName: 'Nguyễn Văn An' } }] } },
    });
  });
});
