import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { CompactSign, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';

const REGISTER = `mutation($input: RegisterAgencySystemInput!) { registerAgencySystem(input: $input) { keys { kid } } }`;
const APPROVE = `mutation($clientId: String!) { approveAgencySystem(input: { clientId: $clientId }) { status } }`;
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const CLIENT = 'btc-ct-fuzzed';
const FIELDS = ['grant_type', 'client_id', 'client_assertion_type', 'client_assertion', 'scope', 'purpose'];
/** Cases per property: a few hundred requests in all, against one running graph. */
const RUNS = 150;

/**
 * Text of any code point, and text drawn mostly from what breaks parsers and databases: NUL and
 * other controls, a lone surrogate, quotes, separators, letters of a client id.
 */
const nastyUnit = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\ud800',
  '"',
  "'",
  '%',
  '&',
  '=',
  ' ',
  'é',
  'a',
  '-',
  '.',
);
const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: nastyUnit, maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: nastyUnit, minLength: 1, maxLength: 4 }).map((tail) => `${CLIENT}${tail}`),
  },
);
/** JSON values of every kind, as a JSON body or a claim may carry them. */
const anyJson = fc.jsonValue({ maxDepth: 2 });

/**
 * Whatever a client sends, the token endpoint answers with an OAuth error or a token, never a
 * 500: random form bodies (fields repeated, missing, of any text), random JSON bodies, and
 * random claims in assertions properly signed with a registered key, so that every check past
 * the signature sees them too.
 */
describe('POST /oauth/token under random input (property)', () => {
  let graph: TestGraph;
  let key: CryptoKey;
  let kid: string;

  const post = () => request(graph.gatewayUrl).post('/oauth/token');

  /** Neither a server error nor a body other than OAuth's shape. */
  const expectAnswered = (response: request.Response) => {
    expect(response.status).toBeLessThan(500);
    if (response.status === 200) {
      expect(response.body).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String) });
    } else {
      expect([400, 401]).toContain(response.status);
      expect(response.body.error).toEqual(expect.any(String));
    }
  };

  const signed = (header: Record<string, unknown>, claims: Record<string, unknown>) =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
      .setProtectedHeader({ alg: 'EdDSA', ...header })
      .sign(key);

  beforeAll(async () => {
    graph = await startTestGraph();
    const pair = await generateKeyPair('Ed25519', { extractable: true });
    key = pair.privateKey;
    const admin = (id: string) => `Bearer ${graph.tokens.mint({ kind: 'admin', sub: id })}`;
    const registered = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', admin('adm-an'))
      .send({
        query: REGISTER,
        variables: {
          input: {
            agencyCode: 'BTC-CT',
            clientId: CLIENT,
            name: 'Fuzzed',
            keys: [JSON.stringify(await exportJWK(pair.publicKey))],
          },
        },
      })
      .expect(200);
    kid = registered.body.data.registerAgencySystem.keys[0].kid;
    await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', admin('adm-binh'))
      .send({ query: APPROVE, variables: { clientId: CLIENT } })
      .expect(200);
  }, 180_000);

  afterAll(async () => {
    await graph?.close();
  });

  it('answers random form bodies with OAuth errors, never a 500', async () => {
    const field = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FIELDS) }, { weight: 1, arbitrary: anyText });
    const values = fc.array(
      fc.oneof(anyText, fc.constantFrom('client_credentials', JWT_BEARER, 'TAX_ADMINISTRATION', 'population.identity')),
      { minLength: 1, maxLength: 3 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(field, values), { maxLength: 8 }), async (pairs) => {
        const form = new URLSearchParams();
        for (const [name, list] of pairs) for (const value of list) form.append(name, value);
        expectAnswered(await post().type('form').send(form.toString()));
      }),
      { numRuns: RUNS },
    );
  });

  it('answers random JSON bodies with OAuth errors, never a 500', async () => {
    const body = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), anyText), anyJson, { maxKeys: 8 });
    await fc.assert(
      fc.asyncProperty(body, async (fields) => expectAnswered(await post().send(fields))),
      { numRuns: RUNS },
    );
  });

  it('answers signed assertions with random claims (iss, sub, kid, jti, times, aud, purpose, scope) without a 500', async () => {
    const now = () => Math.floor(Date.now() / 1000);
    const claim = <T>(usual: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 2, arbitrary: usual }, { weight: 1, arbitrary: anyJson }, { weight: 2, arbitrary: anyText });
    const assertionCase = fc.record({
      iss: claim(fc.constant(CLIENT)),
      sameSub: fc.boolean(),
      kid: claim(fc.constant('registered')),
      alg: fc.constantFrom('EdDSA', 'Ed25519'),
      jti: claim(fc.constant('fresh')),
      iat: claim(fc.integer({ min: -400, max: 400 })),
      lifetime: claim(fc.integer({ min: -60, max: 900 })),
      aud: claim(fc.constantFrom('sochung-registry', 'issuer', 'token-endpoint')),
      purpose: fc.oneof(
        fc.constantFrom('TAX_ADMINISTRATION', 'CRIMINAL_INVESTIGATION', 'ACCOUNT_OPENING_KYC'),
        anyText,
      ),
      scope: fc.option(fc.oneof(fc.constantFrom('population.identity', 'population.health business.profile'), anyText)),
    });
    await fc.assert(
      fc.asyncProperty(assertionCase, async (c) => {
        const iat = typeof c.iat === 'number' ? now() + c.iat : c.iat;
        const exp = typeof iat === 'number' && typeof c.lifetime === 'number' ? iat + c.lifetime : c.lifetime;
        const aud =
          c.aud === 'issuer'
            ? graph.gatewayUrl
            : c.aud === 'token-endpoint'
              ? `${graph.gatewayUrl}/oauth/token`
              : c.aud;
        const assertion = await signed(
          { alg: c.alg, kid: c.kid === 'registered' ? kid : c.kid },
          {
            iss: c.iss,
            sub: c.sameSub ? c.iss : CLIENT,
            aud,
            iat,
            exp,
            jti: c.jti === 'fresh' ? randomUUID() : c.jti,
          },
        );
        const form: Record<string, string> = {
          grant_type: 'client_credentials',
          client_assertion_type: JWT_BEARER,
          client_assertion: assertion,
          purpose: c.purpose,
        };
        if (c.scope !== null) form.scope = c.scope;
        expectAnswered(await post().type('form').send(new URLSearchParams(form).toString()));
      }),
      { numRuns: RUNS },
    );
  });
});
