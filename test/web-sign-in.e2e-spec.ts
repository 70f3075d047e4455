import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import secureSession from '@fastify/secure-session';
import Fastify from 'fastify';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { freePort } from '../tools/graph/free-port';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { CookieJarAgent, parseSetCookie, passProviderInteraction } from './support/cookie-jar';
import { startOpenIdProvider, type TestOpenIdProvider } from './support/openid-provider';

// Demo citizens: An signs in; Bình is someone else.
const AN = '001085012345';
const BINH = '079190004321';
const COOKIE = 'sochung-session';
// Response bodies are JSON of known shape; the assertions are the type check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (response: Response): Promise<any> => response.json();
const OWN_RECORD = `query($id: String!) { citizen(personalIdNumber: $id) { personalIdNumber fullName } }`;

/**
 * Sign-in through a real OpenID provider (oidc-provider, started here), the way the portal's
 * pages do it: the browser is sent to the provider, logs in, consents, comes back with a code;
 * the portal's server exchanges it (PKCE, state, nonce), keeps the tokens in its encrypted
 * cookie and forwards GraphQL with them. The provider's tokens are trusted by the subgraphs
 * for citizens only (TRUSTED_ISSUERS).
 */
describe('the portal’s sign-in through an OpenID provider', () => {
  let graph: TestGraph;
  let provider: TestOpenIdProvider;
  let web = '';
  let keysDir = '';
  let sessionKey: Buffer;

  beforeAll(async () => {
    const webPort = await freePort('127.0.0.1');
    web = `http://127.0.0.1:${webPort}`;
    provider = await startOpenIdProvider({ portalUrl: web });
    keysDir = mkdtempSync(join(tmpdir(), 'sochung-web-keys-'));
    graph = await startTestGraph({
      web: true,
      webPort,
      env: {
        TRUSTED_ISSUERS: `${provider.issuer} citizen ${provider.jwksUrl}`,
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_RESOURCE: provider.resource,
        SESSION_KEY_FILE: join(keysDir, 'session.key'),
      },
    });
    sessionKey = Buffer.from(readFileSync(join(keysDir, 'session.key'), 'utf8').trim(), 'base64url');
  });

  afterAll(async () => {
    await graph?.close();
    await provider?.close();
    rmSync(keysDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    provider.extraAccessTokenClaims = {};
  });

  /** To the provider and back: the URL of the portal's callback the provider sends the browser to. */
  async function toProviderAndBack(agent: CookieJarAgent, login: string, returnTo = '/'): Promise<string> {
    const isCallback = (url: URL) => url.origin === web && url.pathname === '/auth/callback';
    const start = await agent.fetch(`${web}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const authorization = new URL(start.headers.get('location')!);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    const interaction = await agent.follow(authorization.toString(), (next) =>
      next.pathname.startsWith('/interaction/'),
    );
    return passProviderInteraction(agent, interaction.url, login, isCallback);
  }

  async function signIn(login = AN, returnTo = '/'): Promise<{ agent: CookieJarAgent; landing: Response }> {
    const agent = new CookieJarAgent();
    const callback = await toProviderAndBack(agent, login, returnTo);
    const landing = await agent.fetch(callback);
    return { agent, landing };
  }

  const graphql = (agent: CookieJarAgent, query: string, variables: Record<string, unknown> = {}, origin = web) =>
    agent.fetch(`${web}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ query, variables }),
    });

  /** What the encrypted cookie holds, read with the server's key (as only the server can). */
  async function decrypt(cookie: string): Promise<Record<string, unknown> | undefined> {
    const fastify = Fastify();
    await fastify.register(secureSession, { key: sessionKey, cookieName: COOKIE });
    await fastify.ready();
    try {
      return fastify.decodeSecureSession(decodeURIComponent(cookie))?.data() as Record<string, unknown> | undefined;
    } finally {
      await fastify.close();
    }
  }

  it('code + PKCE: the citizen comes back to the page they left, signed in, and reads their own record through the gateway', async () => {
    const { agent, landing } = await signIn(AN, '/nhat-ky?trang=2');
    expect(landing.status).toBe(302);
    expect(landing.headers.get('location')).toBe('/nhat-ky?trang=2');
    const session = await json(await agent.fetch(`${web}/api/session`));
    expect(session).toEqual({ signedIn: true, personalIdNumber: AN, demo: false, expiresAt: expect.any(String) });
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());

    const own = await graphql(agent, OWN_RECORD, { id: AN });
    expect(own.status).toBe(200);
    expect(own.headers.get('x-request-id')).toBeTruthy();
    expect(await json(own)).toEqual({ data: { citizen: { personalIdNumber: AN, fullName: 'Nguyễn Văn An' } } });
    // The provider's token is a citizen's, no more: another citizen's record is refused.
    const other = await json(await graphql(agent, OWN_RECORD, { id: BINH }));
    expect(other.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the cookie is HttpOnly, SameSite=Lax, path /, and encrypted: no token, no ID number readable in it', async () => {
    const agent = new CookieJarAgent();
    const callback = await toProviderAndBack(agent, AN);
    const landing = await agent.fetch(callback);
    const set = landing.headers
      .getSetCookie()
      .map(parseSetCookie)
      .find((cookie) => cookie.name === COOKIE)!;
    expect(set).toBeDefined();
    const attributes = set.attributes.map((attribute) => attribute.toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    // Over plain http (this test) not Secure; over https the name is __Host-… and Secure (web.app.ts).
    expect(attributes).not.toContain('secure');
    const raw = decodeURIComponent(set.value);
    const stored = await decrypt(set.value);
    const portal = stored?.portal as { accessToken: string; refreshToken: string; personalIdNumber: string };
    expect(portal.personalIdNumber).toBe(AN);
    for (const secret of [portal.accessToken, portal.refreshToken, portal.accessToken.split('.')[1], AN]) {
      expect(raw).not.toContain(secret);
      expect(Buffer.from(raw.split(';')[0], 'base64').toString('latin1')).not.toContain(secret);
    }
    // The access token is the provider's, for the registry's API, and names no kind.
    expect(decodeProtectedHeader(portal.accessToken).typ).toBe('at+jwt');
    expect(decodeJwt(portal.accessToken)).toMatchObject({
      iss: provider.issuer,
      aud: 'sochung-api',
      sub: AN,
      acr: '2',
    });
    expect(decodeJwt(portal.accessToken).kind).toBeUndefined();
    // Changed by a byte, the cookie is nobody's session.
    const tampered = new CookieJarAgent();
    tampered.setCookie(
      web,
      COOKIE,
      `${set.value.slice(0, 10)}${set.value[10] === 'A' ? 'B' : 'A'}${set.value.slice(11)}`,
    );
    expect(await json(await tampered.fetch(`${web}/api/session`))).toMatchObject({ signedIn: false });
  });

  it('refuses a callback whose state is not the one it sent, and a code exchanged without its PKCE verifier', async () => {
    const forged = new CookieJarAgent();
    const callback = new URL(await toProviderAndBack(forged, AN));
    callback.searchParams.set('state', 'not-the-state-we-sent');
    const refused = await forged.fetch(callback.toString());
    expect(refused.status).toBe(302);
    expect(refused.headers.get('location')).toBe('/?signInError=SIGN_IN_FAILED');
    expect(await json(await forged.fetch(`${web}/api/session`))).toMatchObject({ signedIn: false });

    // Two sign-ins under way: the code of the first brought back in the second's session. Its
    // state is the second's, so only PKCE stands between: the provider refuses the code.
    const first = new CookieJarAgent();
    const firstCallback = new URL(await toProviderAndBack(first, AN));
    const second = new CookieJarAgent();
    const secondCallback = new URL(await toProviderAndBack(second, AN));
    const swapped = new URL(secondCallback);
    swapped.searchParams.set('code', firstCallback.searchParams.get('code')!);
    const mismatch = await second.fetch(swapped.toString());
    expect(mismatch.headers.get('location')).toBe('/?signInError=SIGN_IN_FAILED');
    expect(await json(await second.fetch(`${web}/api/session`))).toMatchObject({ signedIn: false });
    // A callback with no sign-in under way at all.
    const stranger = new CookieJarAgent();
    expect((await stranger.fetch(firstCallback.toString())).headers.get('location')).toBe(
      '/?signInError=SIGN_IN_FAILED',
    );
  });

  it('returns only to its own pages: an absolute or protocol-relative returnTo lands on /', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const { landing } = await signIn(AN, returnTo);
      expect(landing.headers.get('location')).toBe('/');
    }
  });

  it('a token of the provider naming kind agency is refused by the graph, and ends the session', async () => {
    provider.extraAccessTokenClaims = {
      kind: 'agency',
      agency: 'BHXH',
      purpose: 'SOCIAL_INSURANCE_ENROLMENT',
      scope: 'population.identity',
    };
    const { agent } = await signIn(AN);
    const refused = await graphql(agent, OWN_RECORD, { id: AN });
    expect(refused.status).toBe(401);
    expect(await json(refused)).toEqual({ error: { code: 'SESSION_EXPIRED', message: expect.any(String) } });
    expect(await json(await agent.fetch(`${web}/api/session`))).toMatchObject({ signedIn: false });
  });

  it('the provider’s token is the provider’s alone: its claims under another issuer, or another key, are refused', async () => {
    const agent = new CookieJarAgent();
    const landing = await agent.fetch(await toProviderAndBack(agent, AN));
    const cookie = landing.headers
      .getSetCookie()
      .map(parseSetCookie)
      .find((c) => c.name === COOKIE)!;
    const { accessToken } = (await decrypt(cookie.value))!.portal as { accessToken: string };
    const ask = (token: string) =>
      fetch(`${graph.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: OWN_RECORD, variables: { id: AN } }),
      });
    expect((await ask(accessToken)).status).toBe(200);
    const claims = decodeJwt(accessToken);
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    void (await exportJWK(privateKey));
    const forge = (payload: Record<string, unknown>) =>
      new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'test-idp-1', typ: 'at+jwt' }).sign(privateKey);
    // Another issuer (not trusted) issuing the same claims.
    expect((await ask(await forge({ ...claims, iss: 'http://127.0.0.1:1/other-idp' }))).status).toBe(401);
    // The trusted issuer's name and kid, another key.
    expect((await ask(await forge(claims))).status).toBe(401);
  });

  it('renews the access token with the refresh token; when renewal fails the session ends (401 SESSION_EXPIRED)', async () => {
    const agent = new CookieJarAgent();
    const landing = await agent.fetch(await toProviderAndBack(agent, AN));
    const cookie = landing.headers
      .getSetCookie()
      .map(parseSetCookie)
      .find((c) => c.name === COOKIE)!;
    const { refreshToken, accessToken } = (await decrypt(cookie.value))!.portal as {
      refreshToken: string;
      accessToken: string;
    };
    expect(refreshToken).toBeTruthy();
    // The provider's tokens live 30 s, within the portal's renewal margin: each use renews.
    const renewalsBefore = provider.grants.filter((grant) => grant === 'refresh_token').length;
    const read = await graphql(agent, OWN_RECORD, { id: AN });
    expect(read.status).toBe(200);
    expect(provider.grants.filter((grant) => grant === 'refresh_token').length).toBe(renewalsBefore + 1);
    const renewed = (await decrypt(agent.cookie(web, COOKIE)!))!.portal as {
      accessToken: string;
      refreshToken: string;
    };
    expect(renewed.accessToken).not.toBe(accessToken);

    // The provider revokes the grant (the citizen signed out there, the account was locked).
    const revoked = await fetch(`${provider.issuer}/token/revocation`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${provider.clientId}:${provider.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ token: renewed.refreshToken, token_type_hint: 'refresh_token' }).toString(),
    });
    expect(revoked.status).toBe(200);
    const ended = await graphql(agent, OWN_RECORD, { id: AN });
    expect(ended.status).toBe(401);
    expect((await json(ended)).error.code).toBe('SESSION_EXPIRED');
    expect(await json(await agent.fetch(`${web}/api/session`))).toMatchObject({ signedIn: false });
    const after = await graphql(agent, OWN_RECORD, { id: AN });
    expect((await json(after)).error.code).toBe('SESSION_REQUIRED');
  });

  it('signs out: the session is gone, its refresh token revoked, and the provider’s sign-out URL is returned', async () => {
    const { agent, landing } = await signIn(AN);
    const oldCookie = landing.headers
      .getSetCookie()
      .map(parseSetCookie)
      .find((c) => c.name === COOKIE)!.value;
    const out = await agent.fetch(`${web}/api/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: web },
      body: '{}',
    });
    expect(out.status).toBe(200);
    const { endSessionUrl } = await json(out);
    const end = new URL(endSessionUrl);
    expect(end.origin).toBe(provider.issuer);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${web}/`);
    expect(end.searchParams.get('id_token_hint')).toBeTruthy();
    expect(await json(await agent.fetch(`${web}/api/session`))).toEqual({
      signedIn: false,
      signIn: { demo: false, identityProvider: true },
    });
    const read = await graphql(agent, OWN_RECORD, { id: AN });
    expect(read.status).toBe(401);
    expect((await json(read)).error.code).toBe('SESSION_REQUIRED');
    // A copy of the old cookie cannot renew itself: the provider was told its refresh token is done.
    const copy = new CookieJarAgent();
    copy.setCookie(web, COOKIE, oldCookie);
    const replayed = await graphql(copy, OWN_RECORD, { id: AN });
    expect(replayed.status).toBe(401);
    expect((await json(replayed)).error.code).toBe('SESSION_EXPIRED');
  });

  it('refuses a change from another origin, with no origin, or not as JSON, before it does anything', async () => {
    const { agent } = await signIn(AN);
    const cross = await graphql(agent, OWN_RECORD, { id: AN }, 'https://evil.example');
    expect(cross.status).toBe(403);
    expect((await json(cross)).error.code).toBe('ORIGIN_REFUSED');
    const noOrigin = await agent.fetch(`${web}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: OWN_RECORD, variables: { id: AN } }),
    });
    expect((await json(noOrigin)).error.code).toBe('ORIGIN_REFUSED');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const form = await agent.fetch(`${web}/api/sign-out`, {
        method: 'POST',
        headers: { 'content-type': type, origin: web },
        body: 'a=b',
      });
      expect(form.status).toBe(415);
      expect(await json(form)).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.any(String) } });
    }
    // None of it signed the citizen out.
    expect(await json(await agent.fetch(`${web}/api/session`))).toMatchObject({ signedIn: true });
  });

  it('has no demo sign-in when an identity provider is configured', async () => {
    const agent = new CookieJarAgent();
    expect((await agent.fetch(`${web}/api/demo-citizens`)).status).toBe(404);
    const demo = await agent.fetch(`${web}/api/demo-sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: web },
      body: JSON.stringify({ personalIdNumber: AN }),
    });
    expect(demo.status).toBe(404);
    expect(await json(demo)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });
});
