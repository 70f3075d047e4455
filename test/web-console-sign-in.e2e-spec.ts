import { freePort } from '../tools/graph/free-port';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { CookieJarAgent, passProviderInteraction } from './support/cookie-jar';
import { startOpenIdProvider, type TestOpenIdProvider } from './support/openid-provider';

// Response bodies are JSON of known shape; the assertions are the type check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (response: Response): Promise<any> => response.json();
const CHANGE_REQUESTS = `{ changeRequests { id } }`;

/** The staff directory's people: their roles as the directory lists them. */
const DIRECTORY: Record<string, { roles: string[]; name: string }> = {
  'lan.nt': { roles: ['sochung:steward:population', 'mail-user'], name: 'Nguyễn Thị Lan' },
  'an.pv': { roles: ['sochung:admin'], name: 'Phạm Văn An' },
  'khach.lv': { roles: ['mail-user'], name: 'Lê Văn Khách' },
};

/**
 * The console's sign-in through a real staff identity provider (oidc-provider, started here,
 * apart from any citizens' provider): code + PKCE to /console/auth/callback, the staff member
 * read from the access token's one sochung role, which the gateway and subgraphs read the same
 * way (TRUSTED_ISSUERS names the directory for staff kinds only). No demo staff beside it.
 */
describe('the console’s sign-in through the staff identity provider', () => {
  let graph: TestGraph;
  let provider: TestOpenIdProvider;
  let web = '';

  beforeAll(async () => {
    const webPort = await freePort('127.0.0.1');
    web = `http://127.0.0.1:${webPort}`;
    provider = await startOpenIdProvider({
      portalUrl: web,
      clientPath: '/console',
      clientId: 'sochung-console',
      accountClaims: (id) => ({ access: { roles: DIRECTORY[id]?.roles ?? [] }, name: DIRECTORY[id]?.name }),
    });
    graph = await startTestGraph({
      web: true,
      webPort,
      env: {
        TRUSTED_ISSUERS: `${provider.issuer} steward,admin,auditor ${provider.jwksUrl}`,
        STAFF_OIDC_ISSUER_URL: provider.issuer,
        STAFF_OIDC_CLIENT_ID: provider.clientId,
        STAFF_OIDC_CLIENT_SECRET: provider.clientSecret,
        STAFF_OIDC_RESOURCE: provider.resource,
      },
    });
  });

  afterAll(async () => {
    await graph?.close();
    await provider?.close();
  });

  /** Signs in through the provider as `login`; the console's answer to the callback. */
  async function signIn(agent: CookieJarAgent, login: string, returnTo: string): Promise<Response> {
    const start = await agent.fetch(`${web}/console/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const authorization = new URL(start.headers.get('location')!);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('client_id')).toBe('sochung-console');
    expect(authorization.searchParams.get('redirect_uri')).toBe(`${web}/console/auth/callback`);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    const interaction = await agent.follow(authorization.toString(), (next) =>
      next.pathname.startsWith('/interaction/'),
    );
    const callback = await passProviderInteraction(
      agent,
      interaction.url,
      login,
      (url) => url.origin === web && url.pathname === '/console/auth/callback',
    );
    return agent.fetch(callback);
  }

  const consoleGraphql = async (agent: CookieJarAgent, query: string) =>
    json(
      await agent.fetch(`${web}/console/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: web },
        body: JSON.stringify({ query }),
      }),
    );

  it('signs a steward in by their directory role, back to the console page they left, with the steward’s reach', async () => {
    const agent = new CookieJarAgent();
    expect(await json(await agent.fetch(`${web}/console/api/session`))).toEqual({
      signedIn: false,
      signIn: { demo: false, identityProvider: true },
    });
    const landing = await signIn(agent, 'lan.nt', '/console/queue');
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe('/console/queue');
    expect(await json(await agent.fetch(`${web}/console/api/session`))).toEqual({
      signedIn: true,
      demo: false,
      expiresAt: expect.any(String),
      staff: { kind: 'steward', id: 'lan.nt', registry: 'population', name: 'Nguyễn Thị Lan' },
    });
    // The provider's token, renewed with its refresh token (it lives 30 s), reads the queue.
    const queue = await consoleGraphql(agent, CHANGE_REQUESTS);
    expect(queue.errors).toBeUndefined();
    expect(queue.data.changeRequests).toEqual(expect.any(Array));
    expect(provider.grants).toContain('refresh_token');
    // With a staff provider there is no demo staff sign-in.
    expect((await agent.fetch(`${web}/console/api/demo-staff`)).status).toBe(404);
  });

  it('an administrator’s token is an administrator’s in the subgraphs too: no steward’s queue', async () => {
    const agent = new CookieJarAgent();
    await signIn(agent, 'an.pv', '/console');
    expect((await json(await agent.fetch(`${web}/console/api/session`))).staff).toMatchObject({
      kind: 'admin',
      id: 'an.pv',
      registry: null,
    });
    const queue = await consoleGraphql(agent, CHANGE_REQUESTS);
    expect(queue.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('makes no session for a directory account with none of sochung’s roles, and says why on the console’s page', async () => {
    const agent = new CookieJarAgent();
    const landing = await signIn(agent, 'khach.lv', '/console/queue');
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe('/console?signInError=SIGN_IN_FAILED');
    expect((await json(await agent.fetch(`${web}/console/api/session`))).signedIn).toBe(false);
  });

  it('returns only to console pages: a returnTo elsewhere lands on /console', async () => {
    for (const returnTo of ['/tracker', 'https://evil.example/console', '//evil.example/console']) {
      const landing = await signIn(new CookieJarAgent(), 'lan.nt', returnTo);
      expect(landing.headers.get('location')).toBe('/console');
    }
  });
});
