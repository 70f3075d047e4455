import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization } from './support/agencies';
import { graphqlClient } from './support/graphql';
import { ON_POSTGRES, onPostgres } from './support/postgres';
import { BOB, useStewards } from './support/stewards';

const AN = '001085012345';
const WHY = 'two databases: the embedded server holds one';

/** The schemas of a database that hold tables: what it was given. */
async function schemasOf(graph: TestGraph, which: 'database' | 'populationDatabase'): Promise<string[]> {
  const rows = await graph[which]!.dataSource.query<{ schema: string }[]>(
    `SELECT DISTINCT table_schema AS schema FROM information_schema.tables
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'public') ORDER BY 1`,
  );
  return rows.map((row) => row.schema);
}

// Population moved to a database of its own, the access core (and every other context) on
// another: population decides and records in the core's, and keeps its records in its own.
// The whole population suite runs so in CI (npm run test:population-apart); this spec says
// what the layout is, so that a silent fall-back to one database cannot pass for it.
describe('population on a database of its own, the access core on another', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    if (!ON_POSTGRES) return;
    graph = await startTestGraph({ env: { TEST_POPULATION_DATABASE: 'separate' } });
    useStewards(graph);
  }, 120_000);

  afterAll(async () => {
    await graph?.close();
  });

  const gql = graphqlClient(() => graph.gatewayUrl);

  onPostgres('puts each context in its own database', WHY, async () => {
    expect(graph.populationDatabase).not.toBeNull();
    expect(graph.populationDatabase!.config.url).not.toBe(graph.database.config.url);
    expect(await schemasOf(graph, 'populationDatabase')).toEqual(['population']);
    expect(await schemasOf(graph, 'database')).toEqual(['access', 'business', 'exchange', 'reference']);
  });

  onPostgres("reads a citizen from population's database and records the read in the access core's", WHY, async () => {
    const bhxh = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
    const read = await gql(`query($id: String!) { citizen(personalIdNumber: $id) { fullName } }`, { id: AN }, bhxh);
    expect(read.body.data).toEqual({ citizen: { fullName: 'Nguyễn Văn An' } });
    const requestId = read.headers['x-request-id'];
    const records = await graph.database.dataSource.query<{ agency_code: string; fields: string[] }[]>(
      'SELECT agency_code, fields FROM access.access_records WHERE request_id = $1',
      [requestId],
    );
    expect(records).toEqual([{ agency_code: 'BHXH', fields: ['Citizen.fullName'] }]);
  });

  onPostgres("writes a steward's correction to population's database", WHY, async () => {
    const corrected = await gql(
      `mutation($input: CorrectCitizenInput!) { correctCitizen(input: $input) { version } }`,
      {
        input: {
          personalIdNumber: AN,
          expectedVersion: 1,
          changes: { phone: '0912345678' },
          reason: 'Công dân báo số mới',
        },
      },
      BOB,
    );
    expect(corrected.body.data).toEqual({ correctCitizen: { version: 2 } });
    const [row] = await graph.populationDatabase!.dataSource.query<{ phone: string }[]>(
      'SELECT phone FROM population.citizens WHERE personal_id_number = $1',
      [AN],
    );
    expect(row).toEqual({ phone: '0912345678' });
  });
});
