import { exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import * as oauth from 'oauth4webapi';
import * as openid from 'openid-client';
import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';

const REGISTER = `mutation($input: RegisterAgencySystemInput!) { registerAgencySystem(input: $input) { keys { kid } } }`;
const APPROVE = `mutation($clientId: String!) { approveAgencySystem(input: { clientId: $clientId }) { status } }`;
const CITIZEN = '{ citizen(personalIdNumber: "001085012345") { fullName } }';
const PURPOSE = 'SOCIAL_INSURANCE_ENROLMENT';

type Library = 'openid-client' | 'oauth4webapi';
type Algorithm = 'Ed25519' | 'ES256';

/**
 * An agency integrates as it would with the most used OAuth clients for Node: it knows only
 * the gateway's URL (the issuer), configures itself by discovery (RFC 8414), authenticates
 * with private_key_jwt (each library signs with the algorithm its key implies: `Ed25519` for an
 * Ed25519 key, per RFC 9864) and reads a citizen with the token it gets. In tests the issuer
 * is plain http on loopback, which both libraries allow only when told.
 */
describe('standard OAuth clients: discovery, client credentials with private_key_jwt, a read', () => {
  let graph: TestGraph;

  const admin = (id: string) => `Bearer ${graph.tokens.mint({ kind: 'admin', sub: id })}`;
  const gql = (query: string, variables: Record<string, unknown>, authorization: string) =>
    request(graph.gatewayUrl).post('/graphql').set('Authorization', authorization).send({ query, variables });

  /** Registers and approves a BHXH system with a fresh key; the agency keeps the private half. */
  async function onboard(clientId: string, alg: Algorithm): Promise<{ key: CryptoKey; kid: string }> {
    const pair = await generateKeyPair(alg, { extractable: true });
    const registered = await gql(
      REGISTER,
      {
        input: {
          agencyCode: 'BHXH',
          clientId,
          name: `Integration through ${clientId}`,
          keys: [JSON.stringify(await exportJWK(pair.publicKey))],
        },
      },
      admin('adm-an'),
    ).expect(200);
    const kid = (registered.body as { data: { registerAgencySystem: { keys: { kid: string }[] } } }).data
      .registerAgencySystem.keys[0].kid;
    await gql(APPROVE, { clientId }, admin('adm-binh')).expect(200);
    return { key: pair.privateKey, kid };
  }

  /** An access token, the way each library gets one from nothing but the issuer URL. */
  async function tokenFrom(library: Library, clientId: string, key: CryptoKey, kid: string): Promise<string> {
    const issuer = new URL(graph.gatewayUrl);
    const parameters = { purpose: PURPOSE, scope: 'population.identity' };
    if (library === 'openid-client') {
      const config = await openid.discovery(issuer, clientId, {}, openid.PrivateKeyJwt({ key, kid }), {
        algorithm: 'oauth2',
        execute: [openid.allowInsecureRequests],
      });
      return (await openid.clientCredentialsGrant(config, parameters)).access_token;
    }
    const insecure = { [oauth.allowInsecureRequests]: true };
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
    );
    const client: oauth.Client = { client_id: clientId };
    const response = await oauth.clientCredentialsGrantRequest(
      as,
      client,
      oauth.PrivateKeyJwt({ key, kid }),
      parameters,
      insecure,
    );
    return (await oauth.processClientCredentialsResponse(as, client, response)).access_token;
  }

  // Four app processes on a busy machine: more than the default minute and a half, at times.
  beforeAll(async () => {
    graph = await startTestGraph();
  }, 180_000);

  afterAll(async () => {
    await graph?.close();
  });

  it.each<[Library, Algorithm]>([
    ['openid-client', 'Ed25519'],
    ['openid-client', 'ES256'],
    ['oauth4webapi', 'Ed25519'],
    ['oauth4webapi', 'ES256'],
  ])('%s with an %s key gets a token and reads a citizen through the gateway', async (library, alg) => {
    const clientId = `bhxh-${library.replace(/[^a-z0-9]/g, '')}-${alg.toLowerCase()}`;
    const { key, kid } = await onboard(clientId, alg);
    const accessToken = await tokenFrom(library, clientId, key, kid);
    const read = await gql(CITIZEN, {}, `Bearer ${accessToken}`).expect(200);
    expect(read.body).toEqual({ data: { citizen: { fullName: 'Nguyễn Văn An' } } });
  });

  it.each<Library>(['openid-client', 'oauth4webapi'])(
    '%s reports a refused client as the OAuth error the endpoint sent, not as a challenge',
    async (library) => {
      const { privateKey } = await generateKeyPair('Ed25519');
      let caught: unknown;
      try {
        await tokenFrom(library, 'bhxh-demo', privateKey, 'not-a-registered-kid');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(library === 'openid-client' ? openid.ResponseBodyError : oauth.ResponseBodyError);
      expect(caught).toMatchObject({ error: 'invalid_client', status: 401 });
    },
  );
});
