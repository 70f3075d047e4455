import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import request from 'supertest';
import { loadSigningKeys, type SigningKey } from '@app/auth';
import { loadConfig, readEnvironment } from '@app/config';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { graphqlClient } from './support/graphql';

const READ = `{ citizen(personalIdNumber: "001085012345") { fullName } }`;

type Body = { data?: { citizen?: unknown } | null; errors?: { message: string; extensions?: { code?: string } }[] };

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const segments = (token: string) => token.split('.');
const decoded = (segment: string) =>
  JSON.parse(Buffer.from(segment, 'base64url').toString()) as Record<string, unknown>;

/**
 * Forged and malformed bearer tokens: each is refused with 401 and UNAUTHENTICATED by the
 * gateway, and with UNAUTHENTICATED by every subgraph called directly; never a 500. The tokens
 * that need a valid signature are signed with the graph's own development and registry keys,
 * read from key files this test hands the graph; each forgery has an unforged control.
 */
describe('bearer tokens through the gateway: forged ones refused, minted ones accepted', () => {
  let graph: TestGraph;
  let keysDir: string;
  let devKeyFile: string;
  let devKey: SigningKey;
  let registryKey: SigningKey;
  let devIssuer: string;
  let registryIssuer: string;
  let audience: string;
  let maxLifetime: number;

  beforeAll(async () => {
    keysDir = mkdtempSync(join(tmpdir(), 'sochung-forged-'));
    const env = {
      DEV_ISSUER_KEY_FILE: join(keysDir, 'dev-issuer.private.jwk'),
      REGISTRY_SIGNING_KEY_FILE: join(keysDir, 'registry-signing.private.jwk'),
    };
    graph = await startTestGraph({ env });
    devKeyFile = env.DEV_ISSUER_KEY_FILE;
    // The exchange created the registry key when it started; startTestGraph the dev key.
    [devKey] = loadSigningKeys(env.DEV_ISSUER_KEY_FILE, { create: false });
    [registryKey] = loadSigningKeys(env.REGISTRY_SIGNING_KEY_FILE, { create: false });
    const config = loadConfig({ ...readEnvironment(), NODE_ENV: 'test', ...env });
    devIssuer = graph.tokens.issuer;
    audience = graph.tokens.audience;
    registryIssuer = config.tokens.registryIssuer;
    maxLifetime = config.tokens.maxTokenLifetimeSeconds;
  });

  afterAll(async () => {
    await graph?.close();
    if (keysDir) rmSync(keysDir, { recursive: true, force: true });
  });

  const gql = graphqlClient(() => graph.gatewayUrl);
  const now = () => Math.floor(Date.now() / 1000);

  /** A steward's claims as the development issuer would write them; `overrides` undefined: left out. */
  const claims = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    iss: devIssuer,
    aud: audience,
    sub: 'st-forger',
    iat: now(),
    exp: now() + 600,
    jti: randomUUID(),
    kind: 'steward',
    registry: 'population',
    ...overrides,
  });

  const sign = (
    payload: Record<string, unknown>,
    key: { alg: string; kid: string; privateKey: Parameters<SignJWT['sign']>[0] } = devKey,
    header: Record<string, unknown> = {},
  ) =>
    new SignJWT(payload).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT', ...header }).sign(key.privateKey);

  const agency = (code: string) =>
    claims({ kind: 'agency', sub: `${code.toLowerCase()}-demo`, agency: code, purpose: 'AUDIT', registry: undefined });

  /** Each case: the Authorization header it sends. */
  const forgeries: [string, () => Promise<string>][] = [
    [
      'HS256, signed with the public key as the HMAC secret',
      async () => {
        const secret = new TextEncoder().encode(JSON.stringify(devKey.publicJwk));
        return `Bearer ${await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: devKey.kid }).sign(secret)}`;
      },
    ],
    ['alg none', () => Promise.resolve(`Bearer ${b64({ alg: 'none', kid: devKey.kid })}.${b64(claims())}.`)],
    [
      'RS256',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return `Bearer ${await sign(claims(), { alg: 'RS256', kid: devKey.kid, privateKey })}`;
      },
    ],
    [
      'a fresh key with the development key’s kid',
      async () => {
        const { privateKey } = generateKeyPairSync('ed25519');
        return `Bearer ${await sign(claims(), { alg: 'EdDSA', kid: devKey.kid, privateKey })}`;
      },
    ],
    ['an unknown kid', async () => `Bearer ${await sign(claims(), { ...devKey, kid: `unknown-${randomUUID()}` })}`],
    ['an untrusted issuer', async () => `Bearer ${await sign(claims({ iss: 'https://idp.example' }))}`],
    ['another audience', async () => `Bearer ${await sign(claims({ aud: 'another-api' }))}`],
    ['expired', async () => `Bearer ${await sign(claims({ iat: now() - 1200, exp: now() - 600 }))}`],
    ['not yet valid (nbf in the future)', async () => `Bearer ${await sign(claims({ nbf: now() + 600 }))}`],
    ['issued in the future', async () => `Bearer ${await sign(claims({ iat: now() + 600, exp: now() + 1200 }))}`],
    [
      'a lifetime longer than the maximum',
      async () => `Bearer ${await sign(claims({ exp: now() + maxLifetime + 60 }))}`,
    ],
    ...['iss', 'aud', 'exp', 'iat', 'sub', 'jti'].map((claim): [string, () => Promise<string>] => [
      `no ${claim}`,
      async () => `Bearer ${await sign(claims({ [claim]: undefined }))}`,
    ]),
    ['no kid', async () => `Bearer ${await sign(claims(), devKey, { kid: undefined })}`],
    [
      'a tampered payload (another payload’s signature)',
      async () => {
        const [header, payload] = segments(await sign(claims({ registry: 'business' })));
        const [, , signature] = segments(await sign(claims()));
        return `Bearer ${header}.${payload}.${signature}`;
      },
    ],
    [
      'a payload edited after signing',
      async () => {
        const [header, payload, signature] = segments(await sign(claims({ sub: 'st-forger' })));
        return `Bearer ${header}.${b64({ ...decoded(payload), sub: 'st-alice' })}.${signature}`;
      },
    ],
    [
      'oversized (validly signed, over 8192 bytes)',
      async () => `Bearer ${await sign(claims({ padding: 'x'.repeat(7000) }))}`,
    ],
    ['garbage', () => Promise.resolve('Bearer garbage')],
    ['three dots', () => Promise.resolve('Bearer a.b.c')],
    ['an empty bearer', () => Promise.resolve('Bearer ')],
    ['Basic scheme', () => Promise.resolve(`Basic ${Buffer.from('st-alice:password').toString('base64')}`)],
    ['a token without a scheme', async () => sign(claims())],
    [
      'a steward token from the registry issuer, which vouches for agencies only',
      async () => `Bearer ${await sign(claims({ iss: registryIssuer }), registryKey)}`,
    ],
    [
      'a registry-issued agency token signed with the development key',
      async () => `Bearer ${await sign({ ...agency('BHXH'), iss: registryIssuer }, devKey)}`,
    ],
    [
      'a citizen whose sub is not 12 digits',
      async () => `Bearer ${await sign(claims({ kind: 'citizen', sub: '12345', acr: '2', registry: undefined }))}`,
    ],
    ['a steward of an unknown registry', async () => `Bearer ${await sign(claims({ registry: 'exchange' }))}`],
    ['an unknown kind', async () => `Bearer ${await sign(claims({ kind: 'superuser' }))}`],
    [
      'agency A’s token rewritten to name agency B',
      async () => {
        const [header, payload, signature] = segments(await sign(agency('BHXH')));
        return `Bearer ${header}.${b64({ ...decoded(payload), agency: 'TCT', sub: 'tct-demo' })}.${signature}`;
      },
    ],
    [
      'agency B’s claims signed with a key of agency A’s own (not the issuer’s)',
      async () => {
        const { privateKey } = generateKeyPairSync('ed25519');
        return `Bearer ${await sign({ ...agency('TCT'), iss: registryIssuer }, { alg: 'EdDSA', kid: registryKey.kid, privateKey })}`;
      },
    ],
  ];

  /** Fails on a 500 or an INTERNAL_SERVER_ERROR anywhere in the response. */
  function expectNoServerError(response: { status: number; body: Body }): void {
    expect(response.status).not.toBe(500);
    const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
  }

  /** The codes of every error in a response. */
  const codesOf = (body: Body) => (body.errors ?? []).map((error) => error.extensions?.code);

  it('the forging works: the same helpers, unforged, are accepted (so each refusal below is the forgery’s)', async () => {
    for (const authorization of [
      `Bearer ${await sign(claims())}`,
      `Bearer ${await sign(claims({ kind: 'citizen', sub: '001085012345', acr: '2', registry: undefined }))}`,
      `Bearer ${await sign(claims({ padding: 'x'.repeat(5000) }))}`,
      `Bearer ${await sign(claims({ exp: now() + maxLifetime }))}`,
      `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-alice', registry: 'population' })}`,
    ]) {
      const response = await gql(READ, {}, authorization);
      expect({ authorization, status: response.status, body: response.body }).toEqual({
        authorization,
        status: 200,
        body: { data: { citizen: { fullName: expect.any(String) } } },
      });
    }
  });

  // Agencies read what their agreements allow, so the control is only that the token verifies:
  // whatever the policy then withholds, nothing is UNAUTHENTICATED and nothing is a 500.
  it('the forging works for agency tokens too, from the development and the registry issuer', async () => {
    for (const authorization of [
      `Bearer ${await sign(agency('BHXH'))}`,
      `Bearer ${await sign({ ...agency('BHXH'), iss: registryIssuer }, registryKey)}`,
    ]) {
      const response = await gql(READ, {}, authorization);
      expect({ authorization, status: response.status }).toEqual({ authorization, status: 200 });
      expect(codesOf(response.body as Body)).not.toContain('UNAUTHENTICATED');
      expectNoServerError(response);
    }
  });

  const ENTERPRISE = `{ enterprise(enterpriseCode: "0312345673") { name } }`;
  const direct = (url: string, query: string, authorization?: string) => {
    const call = request(url).post('');
    if (authorization) call.set('Authorization', authorization);
    return call.send({ query });
  };

  it.each(forgeries)(
    '%s: 401 UNAUTHENTICATED from the gateway, and from each subgraph called directly; never a 500, no data',
    async (_name, forge) => {
      const authorization = await forge();
      const viaGateway = await gql(READ, {}, authorization);
      expectNoServerError(viaGateway);
      expect(codesOf(viaGateway.body as Body)[0]).toBe('UNAUTHENTICATED');
      expect((viaGateway.body as Body).data?.citizen ?? null).toBeNull();
      expect(viaGateway.status).toBe(401);
      // Every subgraph verifies again: the gateway is not the only wall.
      for (const [url, query] of [
        [graph.subgraphUrls.population, READ],
        [graph.subgraphUrls['business-registry'], ENTERPRISE],
      ]) {
        const response = await direct(url, query, authorization);
        expectNoServerError(response);
        expect({ url, codes: codesOf(response.body as Body) }).toEqual({ url, codes: ['UNAUTHENTICATED'] });
      }
    },
  );

  describe('npm run token', () => {
    const tool = join(distDir(), 'tools', 'token', 'main.js');
    const toolEnv = (overrides: Record<string, string>) => ({
      ...process.env,
      NODE_ENV: 'test',
      DEV_ISSUER_KEY_FILE: devKeyFile,
      ...overrides,
    });
    const mint = (...args: string[]) =>
      execFileSync(process.execPath, [tool, ...args], { env: toolEnv({}), encoding: 'utf8' });

    it('prints only a token, which the graph accepts for the caller it names', async () => {
      const cases: [string[], unknown][] = [
        [['steward', 'population'], { data: { citizen: { fullName: expect.any(String) } } }],
        [['citizen', '001085012345', '--acr', '3'], { data: { citizen: { fullName: expect.any(String) } } }],
        [['admin'], { errors: [{ extensions: { code: 'FORBIDDEN', reason: 'CALLER_KIND_NOT_ALLOWED' } }] }],
        [
          ['auditor', '--ttl', '60'],
          { errors: [{ extensions: { code: 'FORBIDDEN', reason: 'CALLER_KIND_NOT_ALLOWED' } }] },
        ],
      ];
      for (const [args, expected] of cases) {
        const output = mint(...args);
        expect(output).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
        const response = await gql(READ, {}, `Bearer ${output.trim()}`);
        expect({ args, body: response.body }).toMatchObject({ args, body: expected });
      }
      // An agency's token verifies; what it reads is then its agreements' business.
      const agencyToken = mint('agency', 'BHXH', '--purpose', 'SOCIAL_INSURANCE_ENROLMENT').trim();
      const response = await gql(READ, {}, `Bearer ${agencyToken}`);
      expect(response.status).toBe(200);
      expect(codesOf(response.body as Body)).not.toContain('UNAUTHENTICATED');
      expectNoServerError(response);
    });

    it('mints nothing in production, and says why', () => {
      const run = spawnSync(process.execPath, [tool, 'steward', 'population'], {
        env: toolEnv({ NODE_ENV: 'production' }),
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/no development issuer in production/);
    });

    it('exits 2 on bad usage, with the reason on stderr', () => {
      const run = spawnSync(process.execPath, [tool, 'citizen', '12345'], { env: toolEnv({}), encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/12345 is not a personal ID number/);
    });
  });

  describe('every subgraph verifies the token itself, trusting no caller', () => {
    it('no token, sent to a subgraph directly, is refused', async () => {
      for (const [url, query] of [
        [graph.subgraphUrls.population, READ],
        [graph.subgraphUrls['business-registry'], ENTERPRISE],
      ]) {
        const response = await direct(url, query);
        expectNoServerError(response);
        expect({ url, codes: codesOf(response.body as Body) }).toEqual({ url, codes: ['UNAUTHENTICATED'] });
      }
    });

    // FAILS: @nestjs/graphql runs a @ResolveReference handler as a field resolver, and field
    // resolvers run without guards unless the GraphQL options list fieldResolverEnhancers:
    // ['guards']. So the @Allow on every resolveReference is never checked: `_entities`
    // runs for anyone who reaches a subgraph. The policy withholds the data fields (FORBIDDEN),
    // but a known number answers an object and an unknown one null — whether a person or an
    // enterprise is registered, told to a caller without a token.
    it('_entities without a token is refused, known and unknown keys alike [fails: reference resolvers are unguarded]', async () => {
      const entities = (typename: string, key: string, value: string) =>
        direct(
          typename === 'Citizen' ? graph.subgraphUrls.population : graph.subgraphUrls['business-registry'],
          `{ _entities(representations: [{ __typename: "${typename}", ${key}: "${value}" }]) { __typename } }`,
        );
      for (const [typename, key, known, unknown] of [
        ['Citizen', 'personalIdNumber', '001085012345', '001085099999'],
        ['Enterprise', 'enterpriseCode', '0312345673', '0108888888'],
      ]) {
        for (const value of [known, unknown]) {
          const response = await entities(typename, key, value);
          expectNoServerError(response);
          expect({ typename, value, body: response.body }).toMatchObject({
            typename,
            value,
            body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
          });
          expect((response.body as { data?: { _entities?: unknown[] } }).data?._entities?.[0] ?? null).toBeNull();
        }
      }
    });
  });
});
