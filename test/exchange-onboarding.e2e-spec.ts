import { generateKeyPairSync } from 'node:crypto';
import { jwkThumbprint } from '@app/auth';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { errorOf, graphqlClient } from './support/graphql';

const SYSTEM = `clientId agencyCode name status registeredBy approvedBy approvedAt
  keys { kid status alg publicJwk addedBy revokedBy revokedAt }`;
const REGISTER = `mutation($input: RegisterAgencySystemInput!) { registerAgencySystem(input: $input) { ${SYSTEM} } }`;
const APPROVE = `mutation($clientId: String!) { approveAgencySystem(input: { clientId: $clientId }) { ${SYSTEM} } }`;
const SUSPEND = `mutation($clientId: String!) { suspendAgencySystem(input: { clientId: $clientId }) { ${SYSTEM} } }`;
const ADD_KEY = `mutation($clientId: String!, $jwk: String!) { addSystemKey(input: { clientId: $clientId, jwk: $jwk }) { ${SYSTEM} } }`;
const REVOKE_KEY = `mutation($clientId: String!, $kid: String!) { revokeSystemKey(input: { clientId: $clientId, kid: $kid }) { ${SYSTEM} } }`;
const SYSTEMS = `query($agencyCode: String) { agencySystems(agencyCode: $agencyCode) { ${SYSTEM} } }`;
const REGISTER_AGENCY = `mutation($input: RegisterAgencyInput!) { registerAgency(input: $input) { code nameVi level status parentCode } }`;

type Jwk = Record<string, string>;

/** A fresh key pair, as an agency would make one: the public JWK to register, the private one to keep. */
function agencyKey(type: 'ed25519' | 'p256' = 'ed25519'): { publicJwk: Jwk; privateJwk: Jwk; thumbprint: string } {
  const pair = type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicJwk = pair.publicKey.export({ format: 'jwk' }) as Jwk;
  return {
    publicJwk,
    privateJwk: pair.privateKey.export({ format: 'jwk' }) as Jwk,
    thumbprint: jwkThumbprint(publicJwk),
  };
}

describe('agency onboarding: systems and their keys, through the gateway', () => {
  let graph: TestGraph;
  let AN = '';
  let BINH = '';
  let AUDITOR = '';
  let BHXH = '';
  let CITIZEN = '';

  beforeAll(async () => {
    graph = await startTestGraph();
    const bearer = (token: string) => `Bearer ${token}`;
    AN = bearer(graph.tokens.mint({ kind: 'admin', sub: 'adm-an' }));
    BINH = bearer(graph.tokens.mint({ kind: 'admin', sub: 'adm-binh' }));
    AUDITOR = bearer(graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' }));
    BHXH = bearer(
      graph.tokens.mint({
        kind: 'agency',
        sub: 'bhxh-demo',
        agency: 'BHXH',
        purpose: 'SOCIAL_INSURANCE_ENROLMENT',
        scope: 'population.identity',
      }),
    );
    CITIZEN = bearer(graph.tokens.mint({ kind: 'citizen', sub: '001085012345', acr: '2' }));
  });

  afterAll(async () => {
    await graph?.close();
  });

  const gql = graphqlClient(() => graph.gatewayUrl);
  const systemsOf = async (agencyCode: string) =>
    (await gql(SYSTEMS, { agencyCode }, AN)).body.data.agencySystems as { clientId: string }[];
  const storedKeys = (clientId: string) =>
    graph.database.dataSource.query<{ kid: string; public_jwk: Jwk; status: string }[]>(
      `SELECT kid, public_jwk, status FROM exchange.system_keys WHERE client_id = $1 ORDER BY added_at, kid`,
      [clientId],
    );

  it('publishes the purpose catalogue to anyone', async () => {
    const response = await gql('{ purposes { code textVi textEn } }');
    const codes = response.body.data.purposes.map((purpose: { code: string }) => purpose.code);
    expect(codes).toEqual([
      'ACCOUNT_OPENING_KYC',
      'CRIMINAL_INVESTIGATION',
      'PUBLIC_SERVICE_PROCEDURE',
      'SOCIAL_INSURANCE_ENROLMENT',
      'TAX_ADMINISTRATION',
    ]);
    expect(response.body.data.purposes[3].textVi).toMatch(/bảo hiểm xã hội/);
  });

  it('gives every demo agency an active system, the bank included, without keys', async () => {
    const systems = (await gql(SYSTEMS, {}, AN)).body.data.agencySystems;
    expect(systems.map((system: { clientId: string; status: string; keys: unknown[] }) => system.clientId)).toEqual([
      'bca-c06-demo',
      'bhxh-demo',
      'btc-ct-demo',
      'btc-ct-hn-demo',
      'demo-bank-demo',
      'hn-ttpvhcc-demo',
    ]);
    expect(systems.every((system: { status: string; keys: unknown[] }) => system.status === 'ACTIVE')).toBe(true);
    expect(systems.every((system: { keys: unknown[] }) => system.keys.length === 0)).toBe(true);
  });

  it('lets an administrator add an agency to the directory, once, under a registered parent', async () => {
    const input = { code: 'BTC-CT-HP', nameVi: 'Thuế thành phố Hải Phòng', level: 'PROVINCIAL', parentCode: 'BTC-CT' };
    expect((await gql(REGISTER_AGENCY, { input }, AN)).body.data.registerAgency).toEqual({
      code: 'BTC-CT-HP',
      nameVi: 'Thuế thành phố Hải Phòng',
      level: 'PROVINCIAL',
      status: 'ACTIVE',
      parentCode: 'BTC-CT',
    });
    expect(errorOf((await gql(REGISTER_AGENCY, { input }, BINH)).body)).toEqual({
      code: 'AGENCY_ALREADY_REGISTERED',
      agencyCode: 'BTC-CT-HP',
    });
    const orphan = { ...input, code: 'BTC-CT-XX', parentCode: 'NO-SUCH' };
    expect(errorOf((await gql(REGISTER_AGENCY, { input: orphan }, AN)).body)).toMatchObject({
      code: 'AGENCY_NOT_FOUND',
    });
    expect(errorOf((await gql(REGISTER_AGENCY, { input: { ...input, code: 'bad code' } }, AN)).body)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    expect(errorOf((await gql(REGISTER_AGENCY, { input: { ...input, code: 'BTC-CT-QN' } }, BHXH)).body)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const directory = (await gql('{ agencies(first: 100) { nodes { code parentCode } } }')).body.data.agencies.nodes;
    expect(directory).toContainEqual({ code: 'BTC-CT-HP', parentCode: 'BTC-CT' });
    expect(directory.map((agency: { code: string }) => agency.code)).not.toContain('BTC-CT-XX');
  });

  it('needs a second administrator to approve a system (four eyes)', async () => {
    const key = agencyKey();
    const input = {
      agencyCode: 'BHXH',
      clientId: 'bhxh-enrolment',
      name: 'Cổng tiếp nhận hồ sơ BHXH',
      keys: [JSON.stringify(key.publicJwk)],
    };
    const registered = (await gql(REGISTER, { input }, AN)).body.data.registerAgencySystem;
    expect(registered).toMatchObject({
      clientId: 'bhxh-enrolment',
      agencyCode: 'BHXH',
      status: 'PENDING',
      registeredBy: 'adm-an',
      approvedBy: null,
      keys: [{ kid: key.thumbprint, status: 'ACTIVE', alg: 'EdDSA', addedBy: 'adm-an', revokedAt: null }],
    });
    expect(JSON.parse(registered.keys[0].publicJwk)).toEqual({
      ...key.publicJwk,
      kid: key.thumbprint,
      alg: 'EdDSA',
      use: 'sig',
    });

    expect(errorOf((await gql(APPROVE, { clientId: 'bhxh-enrolment' }, AN)).body)).toMatchObject({
      code: 'SELF_APPROVAL_FORBIDDEN',
    });
    expect((await systemsOf('BHXH')).find((system) => system.clientId === 'bhxh-enrolment')).toMatchObject({
      status: 'PENDING',
    });
    expect(errorOf((await gql(APPROVE, { clientId: 'bhxh-enrolment' }, BHXH)).body)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf((await gql(APPROVE, { clientId: 'bhxh-enrolment' }, AUDITOR)).body)).toMatchObject({
      code: 'FORBIDDEN',
    });

    const approved = (await gql(APPROVE, { clientId: 'bhxh-enrolment' }, BINH)).body.data.approveAgencySystem;
    expect(approved).toMatchObject({ status: 'ACTIVE', registeredBy: 'adm-an', approvedBy: 'adm-binh' });
    expect(approved.approvedAt).toEqual(expect.any(String));
    expect(errorOf((await gql(APPROVE, { clientId: 'bhxh-enrolment' }, BINH)).body)).toEqual({
      code: 'AGENCY_SYSTEM_STATUS_CONFLICT',
      clientId: 'bhxh-enrolment',
      status: 'active',
    });
    expect(errorOf((await gql(REGISTER, { input }, BINH)).body)).toEqual({
      code: 'AGENCY_SYSTEM_ALREADY_REGISTERED',
      clientId: 'bhxh-enrolment',
    });
  });

  it('takes a JWK set at registration', async () => {
    const [a, b] = [agencyKey('ed25519'), agencyKey('p256')];
    const jwks = JSON.stringify({
      keys: [a.publicJwk, { ...b.publicJwk, kid: 'btc-2026-01', alg: 'ES256', use: 'sig' }],
    });
    const registered = (
      await gql(
        REGISTER,
        { input: { agencyCode: 'BTC-CT', clientId: 'btc-ct-efiling', name: 'eTax', keys: [jwks] } },
        AN,
      )
    ).body.data.registerAgencySystem;
    const kids = registered.keys.map((key: { kid: string; alg: string }) => `${key.kid} ${key.alg}`);
    expect(kids.sort()).toEqual([`${a.thumbprint} EdDSA`, 'btc-2026-01 ES256'].sort());
  });

  it.each([
    [
      'a private key',
      () => [JSON.stringify(agencyKey().privateJwk)],
      { code: 'INVALID_PUBLIC_KEY', field: 'keys', reason: 'PRIVATE_KEY_MATERIAL' },
    ],
    [
      'a symmetric key',
      () => [JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0' })],
      { code: 'INVALID_PUBLIC_KEY', field: 'keys', reason: 'SYMMETRIC_KEY' },
    ],
    [
      'an RSA key',
      () => [JSON.stringify(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }))],
      { code: 'INVALID_PUBLIC_KEY', field: 'keys', reason: 'UNSUPPORTED_KEY_TYPE' },
    ],
    [
      'a PEM instead of a JWK',
      () => ['-----BEGIN PUBLIC KEY-----'],
      { code: 'INVALID_PUBLIC_KEY', field: 'keys', reason: 'MALFORMED' },
    ],
    [
      'a good key after a bad one',
      () => [JSON.stringify(agencyKey().publicJwk), '{"kty":"EC"}'],
      { code: 'INVALID_PUBLIC_KEY', field: 'keys.1', reason: 'UNSUPPORTED_CURVE' },
    ],
    ['no key at all', () => [], { code: 'BAD_USER_INPUT', field: 'keys' }],
  ])('refuses %s, registering nothing', async (_case, keys, error) => {
    const input = {
      agencyCode: 'HN-TTPVHCC',
      clientId: 'hn-ttpvhcc-portal',
      name: 'Cổng dịch vụ công Hà Nội',
      keys: keys(),
    };
    expect(errorOf((await gql(REGISTER, { input }, AN)).body)).toEqual(error);
    expect((await systemsOf('HN-TTPVHCC')).map((system) => system.clientId)).toEqual(['hn-ttpvhcc-demo']);
  });

  it.each([
    ['an unknown agency', { agencyCode: 'NO-SUCH' }, { code: 'AGENCY_NOT_FOUND', agencyCode: 'NO-SUCH' }],
    ['an upper-case client id', { clientId: 'HN-Portal' }, { code: 'BAD_USER_INPUT', field: 'clientId' }],
    ['a two-letter client id', { clientId: 'hn' }, { code: 'BAD_USER_INPUT', field: 'clientId' }],
    ['a name with a NUL', { name: 'Cổng\u0000' }, { code: 'INVALID_TEXT', field: 'name' }],
  ])('refuses %s with a stable code, registering nothing', async (_case, overrides, error) => {
    const input = {
      agencyCode: 'HN-TTPVHCC',
      clientId: 'hn-ttpvhcc-portal',
      name: 'Cổng dịch vụ công Hà Nội',
      keys: [JSON.stringify(agencyKey().publicJwk)],
      ...overrides,
    };
    expect(errorOf((await gql(REGISTER, { input }, AN)).body)).toEqual(error);
    const all = (await gql(SYSTEMS, {}, AN)).body.data.agencySystems.map(
      (system: { clientId: string }) => system.clientId,
    );
    expect(all).not.toContain(input.clientId);
    expect(
      (
        await graph.database.dataSource.query(
          `SELECT count(*)::int AS n FROM exchange.system_keys WHERE client_id = $1`,
          [input.clientId],
        )
      )[0].n,
    ).toBe(0);
  });

  it('rotates keys: a new one is added, the old one revoked, and a revoked key never comes back', async () => {
    const [first, second] = [agencyKey(), agencyKey('p256')];
    await gql(
      REGISTER,
      {
        input: {
          agencyCode: 'BHXH',
          clientId: 'bhxh-rotation',
          name: 'Rotation',
          keys: [JSON.stringify(first.publicJwk)],
        },
      },
      AN,
    );
    await gql(APPROVE, { clientId: 'bhxh-rotation' }, BINH);

    const added = (await gql(ADD_KEY, { clientId: 'bhxh-rotation', jwk: JSON.stringify(second.publicJwk) }, BINH)).body
      .data.addSystemKey;
    expect(added.keys.map((key: { kid: string; status: string }) => [key.kid, key.status])).toEqual([
      [first.thumbprint, 'ACTIVE'],
      [second.thumbprint, 'ACTIVE'],
    ]);
    expect(
      errorOf((await gql(ADD_KEY, { clientId: 'bhxh-rotation', jwk: JSON.stringify(second.publicJwk) }, AN)).body),
    ).toEqual({
      code: 'SYSTEM_KEY_ALREADY_REGISTERED',
      clientId: 'bhxh-rotation',
      kid: second.thumbprint,
    });

    const revoked = (await gql(REVOKE_KEY, { clientId: 'bhxh-rotation', kid: first.thumbprint }, AN)).body.data
      .revokeSystemKey;
    expect(revoked.keys).toEqual([
      expect.objectContaining({
        kid: first.thumbprint,
        status: 'REVOKED',
        revokedBy: 'adm-an',
        revokedAt: expect.any(String),
      }),
      expect.objectContaining({ kid: second.thumbprint, status: 'ACTIVE', revokedAt: null }),
    ]);
    expect(
      errorOf((await gql(REVOKE_KEY, { clientId: 'bhxh-rotation', kid: first.thumbprint }, BINH)).body),
    ).toMatchObject({
      code: 'SYSTEM_KEY_ALREADY_REVOKED',
      clientId: 'bhxh-rotation',
      kid: first.thumbprint,
    });
    // The same key again, under its thumbprint or under a new kid, would revive it.
    for (const jwk of [first.publicJwk, { ...first.publicJwk, kid: 'fresh-name' }]) {
      expect(
        errorOf((await gql(ADD_KEY, { clientId: 'bhxh-rotation', jwk: JSON.stringify(jwk) }, AN)).body),
      ).toMatchObject({
        code: 'SYSTEM_KEY_ALREADY_REGISTERED',
      });
    }
    expect(errorOf((await gql(REVOKE_KEY, { clientId: 'bhxh-rotation', kid: 'no-such-kid' }, AN)).body)).toEqual({
      code: 'SYSTEM_KEY_NOT_FOUND',
      clientId: 'bhxh-rotation',
      kid: 'no-such-kid',
    });
    expect(
      errorOf(
        (await gql(ADD_KEY, { clientId: 'no-such-system', jwk: JSON.stringify(agencyKey().publicJwk) }, AN)).body,
      ),
    ).toEqual({
      code: 'AGENCY_SYSTEM_NOT_FOUND',
      clientId: 'no-such-system',
    });
    expect(
      errorOf(
        (await gql(ADD_KEY, { clientId: 'bhxh-rotation', jwk: JSON.stringify(agencyKey().privateJwk) }, AN)).body,
      ),
    ).toMatchObject({
      code: 'INVALID_PUBLIC_KEY',
      field: 'jwk',
      reason: 'PRIVATE_KEY_MATERIAL',
    });

    const stored = await storedKeys('bhxh-rotation');
    expect(stored.map((key) => [key.kid, key.status])).toEqual([
      [first.thumbprint, 'revoked'],
      [second.thumbprint, 'active'],
    ]);
    expect(stored.every((key) => !('d' in key.public_jwk))).toBe(true);
  });

  it('suspends a system at once, and resumes it only with another administrator', async () => {
    await gql(
      REGISTER,
      {
        input: {
          agencyCode: 'BHXH',
          clientId: 'bhxh-suspend',
          name: 'Suspend',
          keys: [JSON.stringify(agencyKey().publicJwk)],
        },
      },
      AN,
    );
    await gql(APPROVE, { clientId: 'bhxh-suspend' }, BINH);
    expect((await gql(SUSPEND, { clientId: 'bhxh-suspend' }, AN)).body.data.suspendAgencySystem.status).toBe(
      'SUSPENDED',
    );
    expect(errorOf((await gql(SUSPEND, { clientId: 'bhxh-suspend' }, BINH)).body)).toMatchObject({
      code: 'AGENCY_SYSTEM_STATUS_CONFLICT',
      status: 'suspended',
    });
    expect(errorOf((await gql(APPROVE, { clientId: 'bhxh-suspend' }, AN)).body)).toMatchObject({
      code: 'SELF_APPROVAL_FORBIDDEN',
    });
    expect((await gql(APPROVE, { clientId: 'bhxh-suspend' }, BINH)).body.data.approveAgencySystem.status).toBe(
      'ACTIVE',
    );
  });

  it("shows an agency its own agency's systems only", async () => {
    const own = (await gql(SYSTEMS, {}, BHXH)).body.data.agencySystems;
    expect(own.length).toBeGreaterThan(1);
    expect(own.every((system: { agencyCode: string }) => system.agencyCode === 'BHXH')).toBe(true);
    expect((await gql(SYSTEMS, { agencyCode: 'BHXH' }, BHXH)).body.data.agencySystems).toEqual(own);

    const other = await gql(SYSTEMS, { agencyCode: 'BTC-CT' }, BHXH);
    expect(other.body.data).toBeNull();
    expect(errorOf(other.body)).toEqual({
      code: 'FORBIDDEN',
      reason: 'OTHER_AGENCY',
      callerAgency: 'BHXH',
      requestedAgency: 'BTC-CT',
    });
    expect((await gql(SYSTEMS, { agencyCode: 'BTC-CT' }, AUDITOR)).body.data.agencySystems.length).toBeGreaterThan(0);
    expect(errorOf((await gql(SYSTEMS, {}, CITIZEN)).body)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf((await gql(SYSTEMS, {})).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const mutation = await gql(ADD_KEY, { clientId: 'bhxh-demo', jwk: JSON.stringify(agencyKey().publicJwk) }, BHXH);
    expect(errorOf(mutation.body)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await storedKeys('bhxh-demo')).toEqual([]);
  });
});
