import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { CookieJarAgent } from './support/cookie-jar';

const AN = '001085012345';
const CHANGE_REQUESTS = `{ changeRequests(status: "pending") { id requestedBy personalIdNumber } }`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (response: Response): Promise<any> => response.json();

/**
 * The console's side of the web server in development: the demo staff sign-in, the staff
 * session in its own slot of the cookie (the citizen's stays), and GraphQL forwarded with the
 * staff member's token, which the subgraphs judge (an auditor gets no steward's queue).
 */
describe('the console’s server', () => {
  let graph: TestGraph;
  let web = '';

  beforeAll(async () => {
    graph = await startTestGraph({ web: true, demoWorkItems: true });
    web = graph.webUrl;
  });

  afterAll(async () => {
    await graph?.close();
  });

  const post = (agent: CookieJarAgent, path: string, body: unknown) =>
    agent.fetch(`${web}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: web },
      body: JSON.stringify(body),
    });
  const consoleGraphql = async (agent: CookieJarAgent, query: string) =>
    json(await post(agent, '/console/graphql', { query }));

  it('lists the demo staff by role and says the demo sign-in is on', async () => {
    const agent = new CookieJarAgent();
    expect(await json(await agent.fetch(`${web}/console/api/session`))).toEqual({
      signedIn: false,
      signIn: { demo: true, identityProvider: false },
    });
    const { staff } = await json(await agent.fetch(`${web}/console/api/demo-staff`));
    expect(staff.map((member: { id: string }) => member.id)).toEqual([
      'st-lan',
      'st-minh',
      'st-hoa',
      'adm-an',
      'adm-binh',
      'aud-chi',
    ]);
    expect(staff[1]).toEqual({ kind: 'steward', id: 'st-minh', registry: 'population', name: 'Trần Văn Minh' });
  });

  it('signs in a demo steward, whose GraphQL is the steward’s (the demo work is in the queue)', async () => {
    const agent = new CookieJarAgent();
    expect((await post(agent, '/console/api/demo-sign-in', { id: 'st-minh' })).status).toBe(204);
    const session = await json(await agent.fetch(`${web}/console/api/session`));
    expect(session).toMatchObject({
      signedIn: true,
      demo: true,
      staff: { kind: 'steward', id: 'st-minh', registry: 'population' },
    });
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    const answer = await consoleGraphql(agent, CHANGE_REQUESTS);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.changeRequests).toContainEqual(
      expect.objectContaining({ requestedBy: 'st-lan', personalIdNumber: '048088007654' }),
    );
    // The portal's session is a slot of its own: no citizen is signed in by a staff sign-in.
    expect((await json(await agent.fetch(`${web}/api/session`))).signedIn).toBe(false);
  });

  it('keeps a citizen’s portal session when the same browser signs in and out of the console', async () => {
    const agent = new CookieJarAgent();
    expect((await post(agent, '/api/demo-sign-in', { personalIdNumber: AN })).status).toBe(204);
    expect((await post(agent, '/console/api/demo-sign-in', { id: 'aud-chi' })).status).toBe(204);
    expect(await json(await agent.fetch(`${web}/api/session`))).toMatchObject({ signedIn: true, personalIdNumber: AN });
    expect((await post(agent, '/console/api/sign-out', {})).status).toBe(200);
    expect((await json(await agent.fetch(`${web}/console/api/session`))).signedIn).toBe(false);
    expect(await json(await agent.fetch(`${web}/api/session`))).toMatchObject({ signedIn: true, personalIdNumber: AN });
  });

  it('adds no authority: an auditor’s console call for the stewards’ queue is refused by the subgraph', async () => {
    const agent = new CookieJarAgent();
    await post(agent, '/console/api/demo-sign-in', { id: 'aud-chi' });
    const answer = await consoleGraphql(agent, CHANGE_REQUESTS);
    expect(answer.data).toBeNull();
    expect(answer.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown or malformed staff id, a cross-origin sign-in, and GraphQL with no staff session', async () => {
    const agent = new CookieJarAgent();
    for (const id of ['nobody', 'ST-MINH', 42, '../st-minh']) {
      const refused = await post(agent, '/console/api/demo-sign-in', { id });
      expect(refused.status).toBe(400);
      expect((await json(refused)).error.code).toBe('UNKNOWN_DEMO_STAFF');
    }
    const crossSite = await agent.fetch(`${web}/console/api/demo-sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ id: 'st-minh' }),
    });
    expect(crossSite.status).toBe(403);
    const anonymous = await post(agent, '/console/graphql', { query: CHANGE_REQUESTS });
    expect(anonymous.status).toBe(401);
    expect((await json(anonymous)).error.code).toBe('SESSION_REQUIRED');
  });

  it('answers the console’s pages with the client, and its unknown server paths with 404', async () => {
    const agent = new CookieJarAgent();
    const page = await agent.fetch(`${web}/console/queue`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    for (const path of ['/console/api/nothing', '/console/graphql/x', '/console/auth/sign-in']) {
      const missing = await agent.fetch(`${web}${path}`);
      expect(missing.status).toBe(404);
      expect((await json(missing)).error.code).toBe('NOT_FOUND');
    }
  });
});
