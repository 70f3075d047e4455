import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';

const REGISTER = `mutation($input: RegisterAgencySystemInput!) { registerAgencySystem(input: $input) { clientId keys { kid } } }`;
const APPROVE = `mutation($clientId: String!) { approveAgencySystem(input: { clientId: $clientId }) { status } }`;
const REVOKE_KEY = `mutation($clientId: String!, $kid: String!) { revokeSystemKey(input: { clientId: $clientId, kid: $kid }) { clientId } }`;
const CITIZEN = '{ citizen(personalIdNumber: "001085012345") { fullName phone } }';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const CLIENT = 'btc-ct-invoices';

/**
 * The token endpoint as an agency meets it: its system registered with a key it generated
 * (jose, as an agency would), approved by a second administrator, then client credentials
 * with a private_key_jwt assertion, through the gateway's host.
 */
describe('POST /oauth/token (client credentials, private_key_jwt)', () => {
  let graph: TestGraph;
  let privateKey: CryptoKey;
  let publicJwk: Record<string, unknown>;
  let kid: string;

  const admin = (id: string) => `Bearer ${graph.tokens.mint({ kind: 'admin', sub: id })}`;
  const gql = (query: string, variables: Record<string, unknown>, authorization: string) =>
    request(graph.gatewayUrl).post('/graphql').set('Authorization', authorization).send({ query, variables });

  /** A client assertion (RFC 7523) signed with the agency's key. */
  const assertion = (
    claims: { iss?: string; aud?: string; jti?: string; exp?: string } = {},
    key = privateKey,
    keyId = kid,
    alg = 'EdDSA',
  ) =>
    new SignJWT({})
      .setProtectedHeader({ alg, kid: keyId })
      .setIssuer(claims.iss ?? CLIENT)
      .setSubject(claims.iss ?? CLIENT)
      .setAudience(claims.aud ?? 'sochung-registry')
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? '2m')
      .setJti(claims.jti ?? randomUUID())
      .sign(key);

  /** An assertion with exactly these claims over the defaults, for claims SignJWT would not write. */
  const rawAssertion = (overrides: Record<string, unknown>) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: CLIENT, sub: CLIENT, aud: 'sochung-registry', iat: now, exp: now + 120, jti: randomUUID() };
    return new SignJWT({ ...claims, ...overrides }).setProtectedHeader({ alg: 'EdDSA', kid }).sign(privateKey);
  };

  const grant = async (client_assertion: string | Promise<string>, extra: Record<string, string> = {}) => ({
    grant_type: 'client_credentials',
    client_assertion_type: JWT_BEARER,
    client_assertion: await client_assertion,
    purpose: 'TAX_ADMINISTRATION',
    ...extra,
  });

  const token = (form: Record<string, string>) =>
    request(graph.gatewayUrl).post('/oauth/token').type('form').send(form);

  beforeAll(async () => {
    graph = await startTestGraph();
    const pair = await generateKeyPair('EdDSA', { extractable: true });
    privateKey = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)) };
    const registered = await gql(
      REGISTER,
      {
        input: {
          agencyCode: 'BTC-CT',
          clientId: CLIENT,
          name: 'Hệ thống hoá đơn điện tử',
          keys: [JSON.stringify(publicJwk)],
        },
      },
      admin('adm-an'),
    );
    kid = (registered.body as { data: { registerAgencySystem: { keys: { kid: string }[] } } }).data.registerAgencySystem
      .keys[0].kid;
    await gql(APPROVE, { clientId: CLIENT }, admin('adm-binh')).expect(200);
  });

  afterAll(async () => {
    await graph?.close();
  });

  it('issues a short-lived token for the purpose, narrowed to the agreements, that reads exactly that', async () => {
    const response = await token({
      grant_type: 'client_credentials',
      client_assertion_type: JWT_BEARER,
      client_assertion: await assertion(),
      purpose: 'TAX_ADMINISTRATION',
      scope: 'population.identity population.contact',
    }).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'population.identity',
      purpose: 'TAX_ADMINISTRATION',
    });
    const read = await gql(CITIZEN, {}, `Bearer ${response.body.access_token}`).expect(200);
    expect(read.body.data.citizen).toEqual({ fullName: 'Nguyễn Văn An', phone: null });
    expect(read.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NO_AGREEMENT_OR_CONSENT' });
  });

  it('publishes the key that signs access tokens on the gateway host', async () => {
    const jwks = await request(graph.gatewayUrl).get('/.well-known/jwks.json').expect(200);
    expect(jwks.body.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' })]);
    expect(jwks.body.keys[0].d).toBeUndefined();
  });

  it('answers an unknown /.well-known/ file as it answers any unknown route: a 404 with the REST error shape', async () => {
    const unknownFile = await request(graph.gatewayUrl).get('/.well-known/secrets.json').expect(404);
    const unknownRoute = await request(graph.gatewayUrl).get('/no-such-route').expect(404);
    expect(unknownFile.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(unknownRoute.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('refuses a replayed assertion', async () => {
    const once = await assertion();
    const form = {
      grant_type: 'client_credentials',
      client_assertion_type: JWT_BEARER,
      client_assertion: once,
      purpose: 'TAX_ADMINISTRATION',
    };
    await token(form).expect(200);
    expect((await token(form).expect(400)).body).toEqual({
      error: 'invalid_grant',
      error_description: 'this client assertion was already used',
    });
  });

  it.each([
    ['another audience', () => assertion({ aud: 'someone-else' }), 401, 'invalid_client'],
    ['an unknown client', () => assertion({ iss: 'nobody-knows-me' }), 401, 'invalid_client'],
    ['a long-lived assertion', () => assertion({ exp: '1h' }), 401, 'invalid_client'],
    [
      'a key that is not registered',
      async () => assertion({}, (await generateKeyPair('EdDSA')).privateKey),
      401,
      'invalid_client',
    ],
    ['garbage', () => Promise.resolve('not-a-jwt'), 401, 'invalid_client'],
  ])('refuses %s', async (_case, make, status, error) => {
    const response = await token({
      grant_type: 'client_credentials',
      client_assertion_type: JWT_BEARER,
      client_assertion: await make(),
      purpose: 'TAX_ADMINISTRATION',
    }).expect(status);
    expect(response.body.error).toBe(error);
  });

  it('refuses bad requests with OAuth error codes', async () => {
    const good = { client_assertion_type: JWT_BEARER, purpose: 'TAX_ADMINISTRATION' };
    expect(
      (await token({ ...good, grant_type: 'password', client_assertion: await assertion() }).expect(400)).body.error,
    ).toBe('unsupported_grant_type');
    expect(
      (
        await token({
          ...good,
          grant_type: 'client_credentials',
          client_assertion: await assertion(),
          purpose: 'NOT_A_PURPOSE',
        }).expect(400)
      ).body.error,
    ).toBe('invalid_request');
    expect(
      (
        await token({
          ...good,
          grant_type: 'client_credentials',
          client_assertion: await assertion(),
          scope: 'DROP TABLE',
        }).expect(400)
      ).body.error,
    ).toBe('invalid_scope');
  });

  it('serves authorization-server metadata (RFC 8414) on the gateway host, naming its token endpoint and key set', async () => {
    const metadata = await request(graph.gatewayUrl).get('/.well-known/oauth-authorization-server').expect(200);
    expect(metadata.headers['content-type']).toMatch(/^application\/json/);
    expect(metadata.body).toEqual({
      issuer: graph.gatewayUrl,
      token_endpoint: `${graph.gatewayUrl}/oauth/token`,
      jwks_uri: `${graph.gatewayUrl}/.well-known/jwks.json`,
      grant_types_supported: ['client_credentials'],
      response_types_supported: [],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['EdDSA', 'Ed25519', 'ES256'],
      scopes_supported: expect.arrayContaining(['population.identity', 'business.profile']),
    });
  });

  it('accepts an assertion whose audience is the issuer URL or the token endpoint URL', async () => {
    for (const aud of [graph.gatewayUrl, `${graph.gatewayUrl}/oauth/token`]) {
      await token(await grant(assertion({ aud }))).expect(200);
    }
  });

  it('accepts an Ed25519 signature under its fully-specified name (alg Ed25519, RFC 9864)', async () => {
    const response = await token(await grant(assertion({}, privateKey, kid, 'Ed25519'))).expect(200);
    expect(response.body).toMatchObject({ token_type: 'Bearer', purpose: 'TAX_ADMINISTRATION' });
  });

  it('answers errors as RFC 6749 §5.2 says: JSON, no Bearer challenge (that is a resource server header)', async () => {
    const response = await token(await grant(assertion({ aud: 'someone-else' }))).expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['www-authenticate']).toBeUndefined();
    expect(response.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
  });

  it('refuses a purpose that no approved agreement of the agency covers, and a scope outside them (invalid_scope)', async () => {
    const uncovered = await token(await grant(assertion(), { purpose: 'CRIMINAL_INVESTIGATION' })).expect(400);
    expect(uncovered.body).toEqual({ error: 'invalid_scope', error_description: expect.stringMatching(/agreement/) });
    const outside = await token(await grant(assertion(), { scope: 'population.health' })).expect(400);
    expect(outside.body.error).toBe('invalid_scope');
  });

  it('issues a token for a purpose read for on consent without an agreement: the consents decide each read', async () => {
    const bank = 'demo-bank-kyc';
    const registered = await gql(
      REGISTER,
      { input: { agencyCode: 'DEMO-BANK', clientId: bank, name: 'eKYC', keys: [JSON.stringify(publicJwk)] } },
      admin('adm-an'),
    ).expect(200);
    expect(registered.body.errors).toBeUndefined();
    await gql(APPROVE, { clientId: bank }, admin('adm-binh')).expect(200);
    const kyc = await token(await grant(assertion({ iss: bank }), { purpose: 'ACCOUNT_OPENING_KYC' })).expect(200);
    expect(kyc.body).toMatchObject({ purpose: 'ACCOUNT_OPENING_KYC', scope: '' });
    const tax = await token(await grant(assertion({ iss: bank }), { purpose: 'TAX_ADMINISTRATION' })).expect(400);
    expect(tax.body.error).toBe('invalid_scope');
  });

  it('keeps a used assertion id until exp + CLOCK_SKEW_SECONDS: a replay after the used ids are pruned is refused', async () => {
    // Expired two seconds ago, so still accepted within the 30 s skew; then enough tokens to prune.
    const now = Math.floor(Date.now() / 1000);
    const late = await rawAssertion({ iat: now - 60, exp: now - 2 });
    await token(await grant(late)).expect(200);
    for (let i = 0; i < 100; i++) await token(await grant(assertion())).expect(200);
    expect((await token(await grant(late)).expect(400)).body.error).toBe('invalid_grant');
  });

  it('refuses an assertion living longer than five minutes before looking at its id', async () => {
    const jti = randomUUID();
    await token(await grant(assertion({ jti }))).expect(200);
    const now = Math.floor(Date.now() / 1000);
    const long = await token(await grant(rawAssertion({ jti, iat: now, exp: now + 600 }))).expect(401);
    expect(long.body).toEqual({ error: 'invalid_client', error_description: expect.stringMatching(/300 s at most/) });
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['a number', 12345],
    ['an object', { id: 'x' }],
    ['longer than 255 characters', 'j'.repeat(256)],
    ['with a NUL', 'abc\u0000def'],
  ])('refuses an assertion whose jti is %s', async (_case, jti) => {
    const response = await token(await grant(rawAssertion({ jti }))).expect(401);
    expect(response.body).toEqual({ error: 'invalid_client', error_description: expect.stringMatching(/jti/) });
  });

  it.each([
    ['iss and sub', () => assertion({ iss: 'btc-ct\u0000invoices' })],
    ['kid', () => assertion({}, privateKey, 'kid\u0000')],
  ])('refuses an assertion with a NUL in its %s as an unknown client, not with a 500', async (_case, make) => {
    const response = await token(await grant(make())).expect(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('refuses a repeated or non-string field with invalid_request', async () => {
    const form = new URLSearchParams(await grant(assertion(), { scope: 'population.identity' }));
    for (const repeated of ['scope', 'client_assertion', 'purpose', 'grant_type']) {
      const body = new URLSearchParams(form);
      body.append(repeated, form.get(repeated) ?? '');
      const response = await request(graph.gatewayUrl)
        .post('/oauth/token')
        .type('form')
        .send(body.toString())
        .expect(400);
      expect(response.body).toEqual({ error: 'invalid_request', error_description: expect.stringMatching(repeated) });
    }
    const json = await request(graph.gatewayUrl)
      .post('/oauth/token')
      .send({ ...(await grant(assertion())), scope: ['population.identity'] })
      .expect(400);
    expect(json.body.error).toBe('invalid_request');
  });

  it('refuses a body the parser will not take (not JSON, a __proto__ key) in OAuth’s shape, not the graph’s', async () => {
    for (const body of ['{"client_id": ', '{"client_id":{"__proto__":false}}']) {
      const response = await request(graph.gatewayUrl)
        .post('/oauth/token')
        .set('content-type', 'application/json')
        .send(body)
        .expect(400);
      expect(response.body).toEqual({ error: 'invalid_request', error_description: expect.any(String) });
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('refuses a client_id that is not the assertion’s client', async () => {
    const response = await token(await grant(assertion(), { client_id: 'someone-else' })).expect(401);
    expect(response.body.error).toBe('invalid_client');
    await token(await grant(assertion(), { client_id: CLIENT })).expect(200);
  });

  it('stops honouring a key as soon as it is revoked', async () => {
    await gql(REVOKE_KEY, { clientId: CLIENT, kid }, admin('adm-an')).expect(200);
    const response = await token({
      grant_type: 'client_credentials',
      client_assertion_type: JWT_BEARER,
      client_assertion: await assertion(),
      purpose: 'TAX_ADMINISTRATION',
    }).expect(401);
    expect(response.body.error).toBe('invalid_client');
  });
});
