import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization } from './support/agencies';

const ENTERPRISE_WITH_REPRESENTATIVES = `
  query Enterprise($code: String!) {
    enterprise(enterpriseCode: $code) {
      enterpriseCode
      name
      status
      legalRepresentatives { title citizen { personalIdNumber fullName } }
    }
  }`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the federated graph through the gateway', () => {
  let graph: TestGraph;
  const logLines: string[] = [];

  beforeAll(async () => {
    graph = await startTestGraph({
      env: { LOG_LEVEL: 'log' }, // request lines are at 'log' level
      onLine: (app, line) => logLines.push(`[${app}] ${line}`),
    });
  });

  afterAll(async () => {
    await graph?.close();
  });

  // The tax department: its agreement covers enterprises, their representatives and their identity.
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION'))
      .send({ query, variables });

  it('answers /health with 200 when every subgraph is ready', async () => {
    const response = await request(graph.gatewayUrl).get('/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      subgraphs: { population: 'ok', 'business-registry': 'ok', exchange: 'ok' },
    });
  });

  it('joins an enterprise to its legal representatives, resolved by the population subgraph', async () => {
    const response = await gql(ENTERPRISE_WITH_REPRESENTATIVES, { code: '0312345673' }).expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.enterprise).toMatchObject({
      enterpriseCode: '0312345673',
      name: 'Công ty Cổ phần Thực phẩm Mê Kông',
      status: 'ACTIVE',
    });
    expect(response.body.data.enterprise.legalRepresentatives).toEqual(
      expect.arrayContaining([
        {
          title: 'Chủ tịch Hội đồng quản trị',
          citizen: { personalIdNumber: '079190004321', fullName: 'Trần Thị Bình' },
        },
        { title: 'Tổng giám đốc', citizen: { personalIdNumber: '048088007654', fullName: 'Lê Minh Châu' } },
      ]),
    );
    expect(response.body.data.enterprise.legalRepresentatives).toHaveLength(2);
  });

  it('reads a citizen by personal ID number', async () => {
    const response = await gql(
      '{ citizen(personalIdNumber: "001085012345") { familyName middleName givenName fullName sex } }',
    );
    expect(response.body).toEqual({
      data: {
        citizen: { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', fullName: 'Nguyễn Văn An', sex: 'MALE' },
      },
    });
  });

  it('says CITIZEN_NOT_FOUND / ENTERPRISE_NOT_FOUND for identifiers it does not hold', async () => {
    const citizen = await gql('{ citizen(personalIdNumber: "001085099999") { fullName } }');
    expect(citizen.body.errors[0].extensions.code).toBe('CITIZEN_NOT_FOUND');
    expect(citizen.body.errors[0].path).toEqual(['citizen']);
    const enterprise = await gql(ENTERPRISE_WITH_REPRESENTATIVES, { code: '0100233488' });
    expect(enterprise.body.errors[0].extensions.code).toBe('ENTERPRISE_NOT_FOUND');
  });

  it('refuses malformed arguments with a stable code naming the field', async () => {
    const response = await gql('{ citizen(personalIdNumber: "12AB") { fullName } }');
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].extensions).toEqual({ code: 'INVALID_PERSONAL_ID', field: 'personalIdNumber' });
    expect(response.body.errors[0].message).toContain('personalIdNumber');
    const code = await gql(ENTERPRISE_WITH_REPRESENTATIVES, { code: '0312345674' });
    expect(code.body.errors[0].extensions).toEqual({ code: 'INVALID_ENTERPRISE_CODE', field: 'enterpriseCode' });
    expect(code.body.errors[0].message).toBe('enterpriseCode: has a wrong check digit');
    const page = await gql('{ agencies(first: 1000) { totalCount } }');
    expect(page.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a query that does not fit the schema, without leaking internals', async () => {
    const response = await request(graph.gatewayUrl)
      .post('/graphql')
      .send({ query: '{ citizen { nope } }' })
      .expect(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('pages through agencies with opaque cursors', async () => {
    const query =
      'query($after: String) { agencies(first: 4, after: $after) { nodes { code parentCode } pageInfo { endCursor hasNextPage } totalCount } }';
    const first = (await gql(query)).body.data.agencies;
    expect(first.totalCount).toBe(6);
    expect(first.nodes).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(query, { after: first.pageInfo.endCursor })).body.data.agencies;
    expect(second.nodes).toHaveLength(2);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const codes = [...first.nodes, ...second.nodes].map((node: { code: string }) => node.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(6);
    expect([...first.nodes, ...second.nodes]).toContainEqual({ code: 'BTC-CT-HN', parentCode: 'BTC-CT' });
    const bad = await gql(query, { after: 'not-a-cursor' });
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('gives the request an id of its own, carried through the gateway to the subgraphs and their logs', async () => {
    const clientRequestId = `e2e-${Date.now()}`;
    const response = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('X-Request-Id', clientRequestId)
      .set('Authorization', agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION'))
      .send({ query: ENTERPRISE_WITH_REPRESENTATIVES, variables: { code: '0100003212' } })
      .expect(200);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(UUID);
    await new Promise((resolve) => setTimeout(resolve, 200)); // log lines arrive through pipes
    const tagged = logLines.filter((line) => line.includes(requestId));
    for (const app of ['gateway', 'business-registry', 'population']) {
      expect(tagged.some((line) => line.startsWith(`[${app}]`))).toBe(true);
    }
    // The caller's own id is in the gateway's request line, to find its request by.
    expect(tagged.some((line) => line.startsWith('[gateway]') && line.includes(clientRequestId))).toBe(true);
  });

  it('gives two agencies sending the same X-Request-Id different request ids, each recording the one it sent', async () => {
    const sent = `shared-${Date.now()}`;
    const readAs = (agency: string, purpose: string) =>
      request(graph.gatewayUrl)
        .post('/graphql')
        .set('X-Request-Id', sent)
        .set('Authorization', agencyAuthorization(graph, agency, purpose))
        .send({ query: '{ citizen(personalIdNumber: "001085012345") { fullName } }' })
        .expect(200);
    const [bhxh, tax] = await Promise.all([
      readAs('BHXH', 'SOCIAL_INSURANCE_ENROLMENT'),
      readAs('BTC-CT', 'TAX_ADMINISTRATION'),
    ]);
    const ids = [bhxh.headers['x-request-id'], tax.headers['x-request-id']] as string[];
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(ids[0]).not.toBe(ids[1]);
    const rows = await graph.database.dataSource.query<
      { request_id: string; client_request_id: string; agency_code: string }[]
    >(
      'SELECT DISTINCT request_id, client_request_id, agency_code FROM access.access_records WHERE client_request_id = $1 ORDER BY agency_code',
      [sent],
    );
    expect(rows).toEqual([
      { request_id: ids[0], client_request_id: sent, agency_code: 'BHXH' },
      { request_id: ids[1], client_request_id: sent, agency_code: 'BTC-CT' },
    ]);
  });

  it("a subgraph called directly makes its own request id, and takes neither the caller's nor a forged gateway id", async () => {
    const sent = `direct-${Date.now()}`;
    const response = await request(graph.subgraphUrls.population)
      .post('')
      .set('X-Request-Id', sent)
      .set('X-Gateway-Request-Id', `${sent}.forged`)
      .set('Authorization', agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'))
      .send({ query: '{ citizen(personalIdNumber: "001085012345") { fullName } }' })
      .expect(200);
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(UUID);
    const rows = await graph.database.dataSource.query<{ request_id: string }[]>(
      'SELECT DISTINCT request_id FROM access.access_records WHERE client_request_id = $1',
      [sent],
    );
    expect(rows).toEqual([{ request_id: requestId }]);
  });

  it('makes up a request id when the caller sends none or a malformed one', async () => {
    const response = await request(graph.gatewayUrl)
      .get('/health')
      .set('X-Request-Id', 'bad id; drop table')
      .expect(200);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  // Last: it stops a subgraph.
  it('when a subgraph is down: /health is 503 naming it, and queries get SERVICE_UNAVAILABLE without hosts or URLs', async () => {
    const population = graph.apps.processes.find((process) => process.name === 'population')!;
    await population.stop();
    const health = await request(graph.gatewayUrl).get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'unavailable', notReady: ['population'] });

    const response = await gql(ENTERPRISE_WITH_REPRESENTATIVES, { code: '0312345673' }).expect(200);
    const errors = response.body.errors as { message: string; extensions: Record<string, unknown> }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.extensions.code)).toContain('SERVICE_UNAVAILABLE');
    expect(errors[0].extensions.requestId).toEqual(response.headers['x-request-id']);
    expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|http:\/\/|stacktrace/);
    // What the business registry alone knows still arrives, down to the representative's key.
    expect(response.body.data.enterprise.name).toBe('Công ty Cổ phần Thực phẩm Mê Kông');
    expect(response.body.data.enterprise.legalRepresentatives).toEqual(
      expect.arrayContaining([
        { title: 'Tổng giám đốc', citizen: { personalIdNumber: '048088007654', fullName: null } },
      ]),
    );
  });
});
