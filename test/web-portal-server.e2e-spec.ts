import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppStartError } from '../tools/graph/app-process';
import { freePort } from '../tools/graph/free-port';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { startWebApp, type RunningWebApp } from '../tools/graph/start-web';
import { CookieJarAgent, parseSetCookie } from './support/cookie-jar';

const AN = '001085012345';
const OWN_RECORD = `query($id: String!) { citizen(personalIdNumber: $id) { personalIdNumber fullName } }`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (response: Response): Promise<any> => response.json();

/**
 * The portal's server in development (the demo sign-in) and in production (none), its pages
 * (the built client: caching, page fallback, security headers), the public key sets and
 * checkpoint it reads through, and what it says when the gateway is down.
 */
describe('the portal’s server', () => {
  let graph: TestGraph;
  let web = '';
  let scratch = '';
  const extra: RunningWebApp[] = [];

  beforeAll(async () => {
    graph = await startTestGraph({ web: true });
    web = graph.webUrl;
    scratch = mkdtempSync(join(tmpdir(), 'sochung-web-'));
  });

  afterAll(async () => {
    await Promise.all(extra.map((app) => app.stop()));
    await graph?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const post = (agent: CookieJarAgent, path: string, body: unknown, origin = web) =>
    agent.fetch(`${web}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify(body),
    });

  /** Another portal server beside the graph, configured otherwise. */
  async function anotherWebApp(env: Record<string, string>): Promise<RunningWebApp> {
    const app = await startWebApp({
      env: { ...graph.toolEnv, GATEWAY_URL: graph.gatewayUrl, WITNESS_URL: graph.witnessUrl, ...env },
    });
    extra.push(app);
    return app;
  }

  describe('the demo sign-in (development, no identity provider)', () => {
    it('says how one may sign in, and lists the demo citizens by ID number and full name', async () => {
      const agent = new CookieJarAgent();
      expect(await json(await agent.fetch(`${web}/api/session`))).toEqual({
        signedIn: false,
        signIn: { demo: true, identityProvider: false },
      });
      const { citizens } = await json(await agent.fetch(`${web}/api/demo-citizens`));
      expect(citizens).toHaveLength(5);
      expect(citizens).toContainEqual({ personalIdNumber: AN, fullName: 'Nguyễn Văn An' });
      expect(citizens).toContainEqual({ personalIdNumber: '079190004321', fullName: 'Trần Thị Bình' });
      // No identity provider: no provider sign-in either.
      expect((await agent.fetch(`${web}/auth/sign-in?returnTo=/`)).status).toBe(404);
    });

    it('signs in as a demo citizen, whose GraphQL reads their own record through the gateway', async () => {
      const agent = new CookieJarAgent();
      const signedIn = await post(agent, '/api/demo-sign-in', { personalIdNumber: AN });
      expect(signedIn.status).toBe(204);
      const cookie = signedIn.headers.getSetCookie().map(parseSetCookie)[0];
      expect(cookie.name).toBe('sochung-session');
      expect(cookie.attributes.map((a) => a.toLowerCase())).toEqual(
        expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']),
      );
      expect(decodeURIComponent(cookie.value)).not.toContain(AN);
      const session = await json(await agent.fetch(`${web}/api/session`));
      expect(session).toEqual({ signedIn: true, personalIdNumber: AN, demo: true, expiresAt: expect.any(String) });
      const read = await post(agent, '/graphql', { query: OWN_RECORD, variables: { id: AN } });
      expect(read.status).toBe(200);
      expect(await json(read)).toEqual({ data: { citizen: { personalIdNumber: AN, fullName: 'Nguyễn Văn An' } } });
      // The registry's request id comes back, the one its access log records.
      expect(read.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const out = await post(agent, '/api/sign-out', {});
      expect(await json(out)).toEqual({ endSessionUrl: null });
      expect(await json(await agent.fetch(`${web}/api/session`))).toMatchObject({ signedIn: false });
    });

    it('refuses a malformed or unknown personal ID number with its code, and a sign-in from another origin', async () => {
      const agent = new CookieJarAgent();
      for (const [body, code] of [
        [{ personalIdNumber: '12345' }, 'INVALID_PERSONAL_ID'],
        [{ personalIdNumber: 1085012345 }, 'INVALID_PERSONAL_ID'],
        [{}, 'INVALID_PERSONAL_ID'],
        [{ personalIdNumber: '001085099999' }, 'UNKNOWN_DEMO_CITIZEN'],
      ] as const) {
        const refused = await post(agent, '/api/demo-sign-in', body);
        expect(refused.status).toBe(400);
        expect(await json(refused)).toEqual({ error: { code, message: expect.any(String) } });
      }
      const cross = await post(agent, '/api/demo-sign-in', { personalIdNumber: AN }, 'http://evil.example');
      expect(cross.status).toBe(403);
      expect((await json(cross)).error.code).toBe('ORIGIN_REFUSED');
      expect(cross.headers.getSetCookie()).toEqual([]);
      const broken = await agent.fetch(`${web}/api/demo-sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: web },
        body: '{"personalIdNumber":',
      });
      expect(broken.status).toBe(400);
      expect(await json(broken)).toEqual({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
    });

    it('GraphQL with no session: 401 SESSION_REQUIRED, nothing forwarded', async () => {
      const read = await post(new CookieJarAgent(), '/graphql', { query: OWN_RECORD, variables: { id: AN } });
      expect(read.status).toBe(401);
      expect(await json(read)).toEqual({ error: { code: 'SESSION_REQUIRED', message: expect.any(String) } });
    });
  });

  describe('production', () => {
    it('has no demo sign-in, and says no sign-in is offered without an identity provider', async () => {
      const keyFile = join(scratch, 'production-session.key');
      writeFileSync(keyFile, `${randomBytes(32).toString('base64url')}\n`);
      const production = await anotherWebApp({
        NODE_ENV: 'production',
        DEMO_DATA: 'false',
        SESSION_KEY_FILE: keyFile,
        WEB_PUBLIC_URL: 'https://portal.example.gov.vn',
      });
      const agent = new CookieJarAgent();
      expect(await json(await agent.fetch(`${production.url}/api/session`))).toEqual({
        signedIn: false,
        signIn: { demo: false, identityProvider: false },
      });
      expect((await agent.fetch(`${production.url}/api/demo-citizens`)).status).toBe(404);
      const demo = await agent.fetch(`${production.url}/api/demo-sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://portal.example.gov.vn' },
        body: JSON.stringify({ personalIdNumber: AN }),
      });
      expect(demo.status).toBe(404);
      expect(await json(demo)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
      // Nor the console's demo staff: in production no one signs in as a made-up steward.
      expect(await json(await agent.fetch(`${production.url}/console/api/session`))).toEqual({
        signedIn: false,
        signIn: { demo: false, identityProvider: false },
      });
      expect((await agent.fetch(`${production.url}/console/api/demo-staff`)).status).toBe(404);
      const staffDemo = await agent.fetch(`${production.url}/console/api/demo-sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://portal.example.gov.vn' },
        body: JSON.stringify({ id: 'st-minh' }),
      });
      expect(staffDemo.status).toBe(404);
      // Over https: HSTS, and the CSP asks for https.
      const page = await agent.fetch(`${production.url}/`);
      expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    });

    it('will not start without its session key file, nor on a plain-http public URL', async () => {
      const base = { NODE_ENV: 'production', DEMO_DATA: 'false' };
      await expect(
        anotherWebApp({
          ...base,
          SESSION_KEY_FILE: join(scratch, 'missing.key'),
          WEB_PUBLIC_URL: 'https://portal.example.gov.vn',
        }),
      ).rejects.toThrow(/cannot read the session key file .*missing\.key \(SESSION_KEY_FILE\)/);
      const keyFile = join(scratch, 'another.key');
      writeFileSync(keyFile, `${randomBytes(32).toString('base64url')}\n`);
      const plain = anotherWebApp({ ...base, SESSION_KEY_FILE: keyFile });
      await expect(plain).rejects.toBeInstanceOf(AppStartError);
      await expect(plain).rejects.toThrow(/WEB_PUBLIC_URL must be an https URL in production/);
    });
  });

  describe('pages', () => {
    let fixture: RunningWebApp;
    beforeAll(async () => {
      // A client build of known content, so the test knows every file's name.
      const client = join(scratch, 'client');
      mkdirSync(join(client, 'assets'), { recursive: true });
      writeFileSync(
        join(client, 'index.html'),
        '<!doctype html><html lang="vi"><title>Cổng</title><script type="module" src="/assets/app-1a2b3c.js"></script></html>',
      );
      writeFileSync(join(client, 'assets', 'app-1a2b3c.js'), 'document.title = "sochung";');
      writeFileSync(join(client, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
      fixture = await anotherWebApp({ WEB_CLIENT_DIR: client });
    });

    it('serves index.html uncached for every page path, hashed assets for a year, with the security headers', async () => {
      for (const path of ['/', '/nhat-ky', '/dong-y/yeu-cau/42?tu=2026-01-01', '/index.html']) {
        const page = await fetch(`${fixture.url}${path}`);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(page.headers.get('cache-control')).toBe('no-cache');
        expect(await page.text()).toContain('/assets/app-1a2b3c.js');
        const csp = page.headers.get('content-security-policy')!;
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(page.headers.get('x-content-type-options')).toBe('nosniff');
        expect(page.headers.get('referrer-policy')).toBe('same-origin');
      }
      const asset = await fetch(`${fixture.url}/assets/app-1a2b3c.js`);
      expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await asset.text()).toBe('document.title = "sochung";');
      expect(await (await fetch(`${fixture.url}/robots.txt`)).text()).toContain('Disallow');
    });

    it('never answers a missing file, a server path or a path outside the build with the page', async () => {
      for (const path of [
        '/assets/missing-123.js',
        '/assets/..%2F..%2Fpackage.json',
        '/..%2Fpackage.json',
        '/favicon.ico',
        '/api/nothing',
        '/auth/nothing',
        '/.well-known/nothing',
        '/witness/nothing',
      ]) {
        const answer = await fetch(`${fixture.url}${path}`);
        expect([path, answer.status]).toEqual([path, 404]);
        expect(await json(answer)).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
      }
    });

    it('serves the real build: its index.html and the assets it names', async () => {
      const page = await fetch(`${web}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(`${web}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    });

    it('with no build at all, says so (503 CLIENT_NOT_BUILT) rather than failing', async () => {
      const empty = await anotherWebApp({ WEB_CLIENT_DIR: join(scratch, 'no-client') });
      const page = await fetch(`${empty.url}/`);
      expect(page.status).toBe(503);
      expect((await json(page)).error.code).toBe('CLIENT_NOT_BUILT');
    });
  });

  describe('what the page verifies proofs with, read through', () => {
    it('the registry’s key set (from the gateway) and the witness’s checkpoint and key set', async () => {
      for (const [path, upstream] of [
        ['/.well-known/jwks.json', `${graph.gatewayUrl}/.well-known/jwks.json`],
        ['/witness/.well-known/jwks.json', `${graph.witnessUrl}/.well-known/jwks.json`],
        ['/witness/checkpoint', `${graph.witnessUrl}/checkpoint`],
      ]) {
        const [ours, theirs] = await Promise.all([fetch(`${web}${path}`), fetch(upstream)]);
        expect([path, ours.status]).toEqual([path, theirs.status]);
        expect(await json(ours)).toEqual(await json(theirs));
      }
      const keys = await json(await fetch(`${web}/.well-known/jwks.json`));
      expect(keys.keys.length).toBeGreaterThan(0);
      expect(keys.keys.every((key: Record<string, unknown>) => key.d === undefined)).toBe(true);
    });
  });

  it('answers /health for a load balancer', async () => {
    const health = await fetch(`${web}/health`);
    expect(health.status).toBe(200);
    expect(await json(health)).toEqual({ status: 'ok' });
  });

  it('with its identity provider down, the sign-in returns to the page with IDENTITY_PROVIDER_UNAVAILABLE', async () => {
    const closed = await freePort('127.0.0.1');
    const portal = await anotherWebApp({
      OIDC_ISSUER_URL: `http://127.0.0.1:${closed}`,
      OIDC_CLIENT_ID: 'sochung-portal',
      OIDC_CLIENT_SECRET: 'a-secret',
    });
    const agent = new CookieJarAgent();
    expect(await json(await agent.fetch(`${portal.url}/api/session`))).toEqual({
      signedIn: false,
      signIn: { demo: false, identityProvider: true },
    });
    const start = await agent.fetch(`${portal.url}/auth/sign-in?returnTo=/nhat-ky`);
    expect(start.status).toBe(302);
    expect(start.headers.get('location')).toBe('/?signInError=IDENTITY_PROVIDER_UNAVAILABLE');
  });

  it('says GATEWAY_UNAVAILABLE (503) when the gateway does not answer', async () => {
    const closed = await freePort('127.0.0.1');
    const cut = await anotherWebApp({
      GATEWAY_URL: `http://127.0.0.1:${closed}`,
      WITNESS_URL: `http://127.0.0.1:${closed}`,
    });
    const agent = new CookieJarAgent();
    const origin = cut.url;
    const signIn = await agent.fetch(`${cut.url}/api/demo-sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ personalIdNumber: AN }),
    });
    expect(signIn.status).toBe(204);
    const read = await agent.fetch(`${cut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ query: OWN_RECORD, variables: { id: AN } }),
    });
    expect(read.status).toBe(503);
    const body = await json(read);
    expect(body).toEqual({ error: { code: 'GATEWAY_UNAVAILABLE', message: expect.any(String) } });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at \w+ \(|127\.0\.0\.1/);
    expect((await agent.fetch(`${cut.url}/witness/checkpoint`)).status).toBe(503);
    // Still signed in: an outage is not a sign-out.
    expect(await json(await agent.fetch(`${cut.url}/api/session`))).toMatchObject({ signedIn: true });
  });
});
