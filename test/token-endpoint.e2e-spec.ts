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
  let kid: string;

  const admin = (id: string) => `Bearer ${graph.tokens.mint({ kind: 'admin', sub: id })}`;
  const gql = (query: string, variables: Record<string, unknown>, authorization: string) =>
    request(graph.gatewayUrl).post('/graphql').set('Authorization', authorization).send({ query, variables });

  /** A client assertion (RFC 7523) signed with the agency's key. */
  const assertion = (
    claims: { iss?: string; aud?: string; jti?: string; exp?: string } = {},
    key = privateKey,
    keyId = kid,
  ) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: keyId })
      .setIssuer(claims.iss ?? CLIENT)
      .setSubject(claims.iss ?? CLIENT)
      .setAudience(claims.aud ?? 'sochung-registry')
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? '2m')
      .setJti(claims.jti ?? randomUUID())
      .sign(key);

  const token = (form: Record<string, string>) =>
    request(graph.gatewayUrl).post('/oauth/token').type('form').send(form);

  beforeAll(async () => {
    graph = await startTestGraph();
    const pair = await generateKeyPair('EdDSA', { extractable: true });
    privateKey = pair.privateKey;
    const publicJwk = await exportJWK(pair.publicKey);
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
