import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenConfig, TrustedIssuer } from '@app/config';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { UnauthenticatedError } from '../auth.errors';
import { loadSigningKeys } from '../keys/signing-key';
import { signJwt } from './sign-jwt';
import { MAX_TOKEN_BYTES, TokenVerifier } from './token-verifier';

const DEV = 'sochung-dev';
const REGISTRY = 'sochung-registry';
// A national identity provider, trusted for citizens only: its tokens carry no kind claim.
const IDP = 'https://id.example.gov.vn';
// The ministry's staff directory, trusted for staff only: its tokens name duties as roles.
const STAFF_IDP = 'https://staff.example.gov.vn';
const AUDIENCE = 'sochung-api';
const SKEW = 30;
const MAX_LIFETIME = 3600;
// A fixed clock: the edges below are exact to the second.
const NOW = 1_800_000_000;

const config: TokenConfig = {
  audience: AUDIENCE,
  registryIssuer: REGISTRY,
  issuerUrl: 'http://127.0.0.1:4000',
  registrySigningKeyFile: '/nonexistent',
  trustedIssuers: [
    { issuer: REGISTRY, jwksUrl: 'http://127.0.0.1:1/jwks.json', kinds: ['agency'] },
    {
      issuer: DEV,
      jwksUrl: 'http://127.0.0.1:1/dev-jwks.json',
      kinds: ['agency', 'citizen', 'steward', 'admin', 'auditor'],
    },
    { issuer: IDP, jwksUrl: 'https://id.example.gov.vn/jwks', kinds: ['citizen'] },
    { issuer: STAFF_IDP, jwksUrl: 'https://staff.example.gov.vn/jwks', kinds: ['steward', 'admin', 'auditor'] },
  ],
  devIssuer: null,
  jwksCacheSeconds: 60,
  accessTokenTtlSeconds: 300,
  maxTokenLifetimeSeconds: MAX_LIFETIME,
  clockSkewSeconds: SKEW,
  verifiedTokenCacheSize: 10_000,
};

interface TestKey {
  kid: string;
  alg: 'EdDSA' | 'ES256' | 'RS256';
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function testKey(alg: TestKey['alg'], kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const parts = (token: string) => token.split('.');

describe('TokenVerifier', () => {
  let devEd: TestKey;
  let devEs: TestKey;
  let registryEs: TestKey;
  let rsa: TestKey;
  let idpEs: TestKey;
  // What each issuer publishes; a test may change it, as a rotation does.
  let published: Record<string, JWK[]>;
  let verifier: TokenVerifier;

  // Like the remote key set it stands for, one set of imported keys until what is published
  // changes (a fetch that finds other keys): a key found twice in the same set is the same key.
  const keySet = (trusted: TrustedIssuer): JWTVerifyGetKey => {
    let seen: { json: string; keys: JWTVerifyGetKey } | undefined;
    return (header, token) => {
      const json = JSON.stringify(published[trusted.issuer]);
      if (seen?.json !== json) seen = { json, keys: createLocalJWKSet({ keys: published[trusted.issuer] }) };
      return seen.keys(header, token);
    };
  };

  const claims = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    iss: DEV,
    aud: AUDIENCE,
    sub: 'st-alice',
    iat: NOW,
    exp: NOW + 600,
    jti: 'token-1',
    kind: 'steward',
    registry: 'population',
    ...overrides,
  });

  const sign = (
    payload: Record<string, unknown>,
    key: TestKey = devEd,
    header: Record<string, unknown> = {},
  ): Promise<string> =>
    new SignJWT(payload).setProtectedHeader({ alg: key.alg, kid: key.kid, ...header }).sign(key.privateKey);

  const verify = (token: string) => verifier.verify(token);

  /** The reason a token is refused; fails the test if it is accepted or fails otherwise. */
  async function refusal(token: string): Promise<string> {
    let error: unknown;
    try {
      await verify(token);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnauthenticatedError);
    return (error as Error).message;
  }

  beforeAll(async () => {
    devEd = await testKey('EdDSA', 'dev-ed');
    devEs = await testKey('ES256', 'dev-es');
    registryEs = await testKey('ES256', 'registry-1');
    rsa = await testKey('RS256', 'dev-rsa');
    idpEs = await testKey('ES256', 'idp-1');
  });

  beforeEach(() => {
    // Only the Date is fake: jose's and the verifier's clocks read it.
    jest.useFakeTimers({
      now: NOW * 1000,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    published = {
      [DEV]: [devEd.publicJwk, devEs.publicJwk, rsa.publicJwk],
      [REGISTRY]: [registryEs.publicJwk],
      [IDP]: [idpEs.publicJwk],
      [STAFF_IDP]: [idpEs.publicJwk],
    };
    verifier = new TokenVerifier(config, keySet);
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  describe('accepts', () => {
    it('a good EdDSA token, naming the caller its claims describe', async () => {
      await expect(verify(await sign(claims()))).resolves.toEqual({
        kind: 'steward',
        stewardId: 'st-alice',
        registry: 'population',
        issuer: DEV,
        tokenId: 'token-1',
      });
    });

    it('a good ES256 token, from either issuer for a kind it may vouch for', async () => {
      const citizen = claims({ sub: '001085012345', kind: 'citizen', acr: '3', registry: undefined });
      await expect(verify(await sign(citizen, devEs))).resolves.toMatchObject({
        kind: 'citizen',
        personalIdNumber: '001085012345',
        assuranceLevel: 3,
      });
      const agency = claims({
        iss: REGISTRY,
        sub: 'bhxh-portal',
        kind: 'agency',
        agency: 'BHXH',
        purpose: 'SOCIAL_INSURANCE_ENROLMENT',
        scope: 'population.identity population.residence',
        rpm: 120,
        registry: undefined,
      });
      await expect(verify(await sign(agency, registryEs))).resolves.toEqual({
        kind: 'agency',
        agencyCode: 'BHXH',
        clientId: 'bhxh-portal',
        purpose: 'SOCIAL_INSURANCE_ENROLMENT',
        scopes: ['population.identity', 'population.residence'],
        requestsPerMinute: 120,
        officerId: null,
        caseReference: null,
        issuer: REGISTRY,
        tokenId: 'token-1',
      });
    });

    it('an Ed25519 signature under its fully-specified name (alg Ed25519, RFC 9864), by a key published as EdDSA', async () => {
      await expect(verify(await sign(claims(), devEd, { alg: 'Ed25519' }))).resolves.toMatchObject({
        kind: 'steward',
      });
      await expect(verify(await sign(claims(), devEd, { alg: 'EdDSA' }))).resolves.toMatchObject({ kind: 'steward' });
    });

    it('what signJwt signs (node:crypto, Ed25519 and P-256 in the JWS encoding)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sochung-verifier-'));
      try {
        const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
        writeFileSync(join(dir, 'es.jwk'), JSON.stringify({ ...p256, kid: 'signjwt-es' }));
        const [esKey] = loadSigningKeys(join(dir, 'es.jwk'), { create: false });
        const [edKey] = loadSigningKeys(join(dir, 'ed.jwk'), { create: true });
        published[DEV].push(esKey.publicJwk, edKey.publicJwk);
        expect(esKey.alg).toBe('ES256');
        expect(edKey.alg).toBe('EdDSA');
        for (const key of [esKey, edKey]) {
          await expect(verify(signJwt(key, claims()))).resolves.toMatchObject({ kind: 'steward' });
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('a staff directory’s tokens (roles, no kind claim)', () => {
    const staff = (roles: unknown, overrides: Record<string, unknown> = {}) =>
      sign(claims({ iss: STAFF_IDP, sub: 'lan.nt', kind: undefined, registry: undefined, roles, ...overrides }), idpEs);

    it('are read by the one sochung role they carry, other roles of the directory ignored', async () => {
      await expect(verify(await staff(['sochung:steward:population', 'mail-user']))).resolves.toMatchObject({
        kind: 'steward',
        stewardId: 'lan.nt',
        registry: 'population',
      });
      await expect(verify(await staff(['sochung:steward:business']))).resolves.toMatchObject({ registry: 'business' });
      await expect(verify(await staff(['sochung:admin']))).resolves.toMatchObject({ kind: 'admin' });
      await expect(verify(await staff(['sochung:auditor', 'sochung:auditor']))).resolves.toMatchObject({
        kind: 'auditor',
      });
    });

    it('are refused with no sochung role, two of them, or roles that are not a list of names', async () => {
      expect(await refusal(await staff(['mail-user']))).toMatch(/none of sochung’s staff roles/);
      expect(await refusal(await staff(['sochung:admin', 'sochung:auditor']))).toMatch(/more than one/);
      expect(await refusal(await staff('sochung:admin'))).toMatch(/roles claim must be a list/);
      expect(await refusal(await staff([1]))).toMatch(/roles claim must be a list/);
      expect(await refusal(await staff(undefined))).toMatch(/roles claim must be a list/);
    });

    it('cannot name a kind the directory may not vouch for, by kind claim or by role', async () => {
      expect(await refusal(await staff(undefined, { kind: 'citizen', sub: '001085012345', acr: '3' }))).toMatch(
        /may not vouch for a caller of kind citizen/,
      );
      // Roles mean nothing from an issuer also trusted for others: there the kind claim decides.
      const fromDev = await sign(claims({ kind: undefined, roles: ['sochung:admin'] }));
      expect(await refusal(fromDev)).toMatch(/kind claim must be one of/);
    });
  });

  describe('refuses a token signed with an algorithm other than EdDSA or ES256', () => {
    it('HS256 with the public key as the HMAC secret', async () => {
      const pem = createPublicKey({ key: devEd.publicJwk, format: 'jwk' }).export({
        type: 'spki',
        format: 'pem',
      });
      for (const secret of [pem, JSON.stringify(devEd.publicJwk), devEd.publicJwk.x!]) {
        const token = await new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256', kid: devEd.kid })
          .sign(new TextEncoder().encode(String(secret)));
        expect(await refusal(token)).toMatch(/signature algorithm is not accepted/);
      }
    });

    it('alg none (no signature at all), whatever the case of "none"', async () => {
      for (const alg of ['none', 'None', 'NONE']) {
        const token = `${b64({ alg, kid: devEd.kid, typ: 'JWT' })}.${b64(claims())}.`;
        expect(await refusal(token)).toMatch(/signature algorithm is not accepted|malformed/);
      }
    });

    it('RS256, even signed by a key the issuer publishes', async () => {
      expect(await refusal(await sign(claims(), rsa))).toMatch(/signature algorithm is not accepted/);
    });

    it('alg Ed25519 in the header of a token signed with a P-256 key', async () => {
      const token = await sign(claims(), devEd, { alg: 'Ed25519', kid: devEs.kid });
      expect(await refusal(token)).toMatch(/no key of the issuer matches/);
    });

    it('an algorithm named in the header that does not match the key (EdDSA key, ES256 header)', async () => {
      const token = await sign(claims(), devEs, { kid: devEd.kid });
      expect(await refusal(token)).toMatch(/no key of the issuer matches/);
    });
  });

  describe('refuses a token whose key is not the issuer’s', () => {
    it('a fresh key that claims a published kid', async () => {
      const impostor = await testKey('EdDSA', devEd.kid);
      expect(await refusal(await sign(claims(), impostor))).toMatch(/signature does not verify/);
    });

    it('an unknown kid', async () => {
      const stranger = await testKey('EdDSA', 'nobody-knows-me');
      expect(await refusal(await sign(claims(), stranger))).toMatch(/no key of the issuer matches/);
    });

    it('one issuer’s key under another issuer’s name', async () => {
      const agency = claims({ iss: REGISTRY, kind: 'agency', agency: 'BHXH', purpose: 'AUDIT', scope: '' });
      expect(await refusal(await sign(agency, devEd))).toMatch(/no key of the issuer matches/);
    });

    it('a kid that is not a string (the rule is "a key named by kid", not "any key that fits")', async () => {
      expect(await refusal(await sign(claims(), devEd, { kid: 1 }))).toMatch(/no key of the issuer matches/);
      expect(await refusal(await sign(claims(), devEd, { kid: true }))).toMatch(/no key of the issuer matches/);
    });
  });

  describe('refuses a token whose claims do not hold', () => {
    it('an issuer that is not trusted, even one whose name is a trusted one’s prefix', async () => {
      for (const iss of ['someone-else', 'sochung-dev-2', ['sochung-dev'], 42]) {
        expect(await refusal(await sign(claims({ iss })))).toMatch(/not issued by a trusted issuer/);
      }
    });

    it('another audience', async () => {
      for (const aud of ['another-api', ['another-api'], 'sochung-api-2']) {
        expect(await refusal(await sign(claims({ aud })))).toMatch(/the aud claim is not valid/);
      }
    });

    it('expired, beyond the clock skew; accepted within it', async () => {
      const expiringAt = (exp: number) => sign(claims({ iat: exp - 600, exp }));
      expect(await refusal(await expiringAt(NOW - 3000))).toMatch(/expired/);
      expect(await refusal(await expiringAt(NOW - SKEW))).toMatch(/expired/);
      await expect(verify(await expiringAt(NOW - SKEW + 1))).resolves.toMatchObject({ kind: 'steward' });
    });

    it('not yet valid (nbf), beyond the clock skew; accepted within it', async () => {
      expect(await refusal(await sign(claims({ nbf: NOW + 600 })))).toMatch(/the nbf claim is not valid/);
      expect(await refusal(await sign(claims({ nbf: NOW + SKEW + 1 })))).toMatch(/the nbf claim is not valid/);
      await expect(verify(await sign(claims({ nbf: NOW + SKEW })))).resolves.toMatchObject({ kind: 'steward' });
    });

    it('issued in the future, beyond the clock skew; accepted within it', async () => {
      const issuedAt = (iat: number) => sign(claims({ iat, exp: iat + 600 }));
      expect(await refusal(await issuedAt(NOW + 600))).toMatch(/iat/);
      expect(await refusal(await issuedAt(NOW + SKEW + 1))).toMatch(/iat/);
      await expect(verify(await issuedAt(NOW + SKEW))).resolves.toMatchObject({ kind: 'steward' });
    });

    it('a lifetime longer than MAX_TOKEN_LIFETIME_SECONDS, however little of it is left', async () => {
      expect(await refusal(await sign(claims({ exp: NOW + MAX_LIFETIME + 1 })))).toMatch(
        /lives longer than 3600 seconds/,
      );
      expect(await refusal(await sign(claims({ iat: NOW - 86_400, exp: NOW + 60 })))).toMatch(/expired|longer/);
      expect(await refusal(await sign(claims({ exp: NOW + 10 * 365 * 86_400 })))).toMatch(/longer/);
      await expect(verify(await sign(claims({ exp: NOW + MAX_LIFETIME })))).resolves.toMatchObject({
        kind: 'steward',
      });
    });

    it.each(['iss', 'aud', 'exp', 'iat', 'sub', 'jti'])('a missing %s', async (claim) => {
      expect(await refusal(await sign(claims({ [claim]: undefined })))).toMatch(
        claim === 'iss'
          ? /not issued by a trusted issuer/
          : new RegExp(`the ${claim} claim is not valid \\(missing\\)`),
      );
    });

    it.each<[string, unknown]>([
      ['empty', ''],
      ['a number', 42],
      ['an object', { id: 'token-1' }],
      ['an array', ['token-1']],
      ['longer than 255 characters', 'j'.repeat(256)],
      ['with a NUL', 'token\u00001'],
    ])('a jti that is %s', async (_case, jti) => {
      expect(await refusal(await sign(claims({ jti })))).toMatch(/the jti claim is not valid/);
    });

    it('times that are not numbers', async () => {
      expect(await refusal(await sign(claims({ exp: String(NOW + 600) })))).toMatch(/the exp claim is not valid/);
      expect(await refusal(await sign(claims({ iat: 'now' })))).toMatch(/the iat claim is not valid/);
      expect(await refusal(await sign(claims({ nbf: null })))).toMatch(/the nbf claim is not valid/);
    });
  });

  describe('refuses a token that is not a well-formed JWS', () => {
    it('a missing kid', async () => {
      expect(await refusal(await sign(claims(), devEd, { kid: undefined }))).toMatch(/names no key \(kid\)/);
      expect(await refusal(await sign(claims(), devEd, { kid: '' }))).toMatch(/names no key \(kid\)/);
    });

    it('a payload that is not the one signed (another token’s signature)', async () => {
      const [header, payload] = parts(await sign(claims({ sub: 'st-mallory' })));
      const [, , signature] = parts(await sign(claims()));
      expect(await refusal(`${header}.${payload}.${signature}`)).toMatch(/signature does not verify/);
      // The same claims with one changed, re-encoded under the original signature.
      const [h, p, s] = parts(await sign(claims({ registry: 'population' })));
      const widened = b64({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), registry: 'business' });
      expect(await refusal(`${h}.${widened}.${s}`)).toMatch(/signature does not verify/);
    });

    it('a header that is not the one signed', async () => {
      const [, payload, signature] = parts(await sign(claims()));
      const header = b64({ alg: 'EdDSA', kid: devEd.kid, typ: 'JWT', extra: 1 });
      expect(await refusal(`${header}.${payload}.${signature}`)).toMatch(/signature does not verify/);
    });

    it(`larger than ${MAX_TOKEN_BYTES} bytes, refused before its signature is checked; ${MAX_TOKEN_BYTES} passes`, async () => {
      const padded = async (length: number) => sign(claims({ pad: 'x'.repeat(length) }));
      const base = (await padded(0)).length;
      // Base64 grows by 4 characters for 3 bytes: find paddings either side of the limit.
      let length = Math.floor(((MAX_TOKEN_BYTES - base) * 3) / 4) - 8;
      let token = await padded(length);
      while (token.length <= MAX_TOKEN_BYTES) {
        const larger = await padded(++length);
        if (larger.length > MAX_TOKEN_BYTES) break;
        token = larger;
      }
      expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_BYTES);
      expect(token.length).toBeGreaterThan(MAX_TOKEN_BYTES - 4);
      await expect(verify(token)).resolves.toMatchObject({ kind: 'steward' });
      expect(await refusal(await padded(length))).toMatch(/larger than 8192 bytes/);
      expect(await refusal('x'.repeat(1_000_000))).toMatch(/larger than 8192 bytes/);
    });

    it('garbage', async () => {
      const token = await sign(claims());
      for (const garbage of [
        '',
        'garbage',
        'a.b.c',
        '...',
        `${token}.extra`,
        parts(token).slice(0, 2).join('.'),
        `${b64('not an object')}.${b64(claims())}.sig`,
        `${b64({ alg: 'EdDSA', kid: devEd.kid })}.${b64([1, 2])}.sig`,
        `${b64({ alg: 'EdDSA', kid: devEd.kid })}.${parts(token)[1]}.not!base64`,
        Buffer.from(token).toString('base64'),
      ]) {
        expect(await refusal(garbage)).toMatch(/not a signed JWT|malformed|signature does not verify|names no key/);
      }
    });
  });

  describe('names only callers the token’s issuer may vouch for, and only well-formed ones', () => {
    it('the registry issuer speaks for agencies only', async () => {
      const steward = claims({ iss: REGISTRY });
      expect(await refusal(await sign(steward, registryEs))).toMatch(
        /sochung-registry may not vouch for a caller of kind steward/,
      );
      const admin = claims({ iss: REGISTRY, kind: 'admin', registry: undefined });
      expect(await refusal(await sign(admin, registryEs))).toMatch(/may not vouch for a caller of kind admin/);
    });

    it('a kind that is missing or unknown', async () => {
      expect(await refusal(await sign(claims({ kind: undefined })))).toMatch(/the kind claim must be one of/);
      expect(await refusal(await sign(claims({ kind: 'root' })))).toMatch(/the kind claim must be one of/);
    });

    it('claims of the wrong shape for their kind', async () => {
      const citizen = (overrides: Record<string, unknown>) =>
        claims({ kind: 'citizen', sub: '001085012345', acr: '2', registry: undefined, ...overrides });
      const agency = (overrides: Record<string, unknown>) =>
        claims({
          kind: 'agency',
          sub: 'bhxh-demo',
          agency: 'BHXH',
          purpose: 'AUDIT',
          registry: undefined,
          ...overrides,
        });
      for (const [payload, reason] of [
        [citizen({ sub: '12345' }), /the sub claim/],
        [citizen({ sub: '0010850123456' }), /the sub claim/],
        [citizen({ sub: 'st-alice' }), /the sub claim/],
        [citizen({ acr: '4' }), /the acr claim/],
        [citizen({ acr: 2 }), /the acr claim/],
        [claims({ registry: 'exchange' }), /registry names no registry/],
        [claims({ registry: undefined }), /the registry claim/],
        [claims({ sub: 'st alice' }), /the sub claim/],
        [agency({ agency: 'bhxh' }), /the agency claim/],
        [agency({ agency: undefined }), /the agency claim/],
        [agency({ purpose: 'audit' }), /the purpose claim/],
        [agency({ scope: 'population.identity ../etc' }), /scope/],
        [agency({ rpm: 0 }), /rpm/],
        [agency({ rpm: '60' }), /rpm/],
        [claims({ kind: 'admin', sub: 'a'.repeat(129), registry: undefined }), /the sub claim/],
      ] as [Record<string, unknown>, RegExp][]) {
        expect(await refusal(await sign(payload))).toMatch(reason);
      }
    });

    it('an agency is the one its signed claims name: another agency’s token does not pass for yours', async () => {
      const bhxh = claims({ kind: 'agency', sub: 'bhxh-demo', agency: 'BHXH', purpose: 'AUDIT', registry: undefined });
      await expect(verify(await sign(bhxh))).resolves.toMatchObject({ agencyCode: 'BHXH', clientId: 'bhxh-demo' });
      // Rewriting the agency without the issuer's key breaks the signature.
      const [header, payload, signature] = parts(await sign(bhxh));
      const asTax = b64({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), agency: 'TCT' });
      expect(await refusal(`${header}.${asTax}.${signature}`)).toMatch(/signature does not verify/);
    });
  });

  describe('reads a token of an issuer trusted for citizens only as a citizen’s, kind claim or not', () => {
    // What a national identity provider's access token holds: no kind, sub the personal ID number.
    const idpClaims = (overrides: Record<string, unknown> = {}) =>
      claims({ iss: IDP, sub: '001085012345', acr: '2', kind: undefined, registry: undefined, ...overrides });

    it('no kind claim: a citizen, sub the personal ID number, acr the assurance level', async () => {
      await expect(
        verify(await sign(idpClaims({ client_id: 'sochung-web', scope: 'openid' }), idpEs)),
      ).resolves.toEqual({
        kind: 'citizen',
        personalIdNumber: '001085012345',
        assuranceLevel: 2,
        issuer: IDP,
        tokenId: 'token-1',
      });
      await expect(verify(await sign(idpClaims({ kind: 'citizen' }), idpEs))).resolves.toMatchObject({
        kind: 'citizen',
      });
    });

    it('a kind claim naming another kind is refused, not read as a citizen', async () => {
      const agency = idpClaims({ kind: 'agency', sub: 'bhxh-demo', agency: 'BHXH', purpose: 'AUDIT' });
      expect(await refusal(await sign(agency, idpEs))).toMatch(/may not vouch for a caller of kind agency/);
      expect(await refusal(await sign(idpClaims({ kind: 'steward', registry: 'population' }), idpEs))).toMatch(
        /may not vouch for a caller of kind steward/,
      );
      expect(await refusal(await sign(idpClaims({ kind: 'root' }), idpEs))).toMatch(/the kind claim must be one of/);
    });

    it('the citizen’s claims must still hold: a 12-digit sub, an acr of 1 to 3', async () => {
      expect(await refusal(await sign(idpClaims({ sub: 'alice' }), idpEs))).toMatch(/the sub claim/);
      expect(await refusal(await sign(idpClaims({ acr: undefined }), idpEs))).toMatch(/the acr claim/);
      expect(await refusal(await sign(idpClaims({ acr: 'urn:high' }), idpEs))).toMatch(/the acr claim/);
    });

    it('an issuer trusted for more kinds than citizens still needs the kind claim', async () => {
      expect(await refusal(await sign(idpClaims({ iss: DEV }), devEd))).toMatch(/the kind claim must be one of/);
      const both = new TokenVerifier(
        {
          ...config,
          trustedIssuers: [{ issuer: IDP, jwksUrl: 'https://id.example.gov.vn/jwks', kinds: ['citizen', 'steward'] }],
        },
        keySet,
      );
      await expect(both.verify(await sign(idpClaims(), idpEs))).rejects.toThrow(/the kind claim must be one of/);
    });

    it('the provider’s token under another issuer’s name, or signed by another key, is refused', async () => {
      expect(await refusal(await sign(idpClaims({ iss: REGISTRY }), idpEs))).toMatch(/no key of the issuer matches/);
      expect(await refusal(await sign(idpClaims(), devEs, { kid: 'idp-1' }))).toMatch(/signature does not verify/);
      expect(await refusal(await sign(idpClaims({ iss: `${IDP}/other` }), idpEs))).toMatch(/not issued by a trusted/);
    });
  });

  describe('follows the issuer’s key set', () => {
    it('a new kid that appears in the set verifies; a key removed from it no longer does', async () => {
      const next = await testKey('ES256', 'dev-next');
      const byNext = await sign(claims(), next);
      expect(await refusal(byNext)).toMatch(/no key of the issuer matches/);
      published[DEV] = [...published[DEV], next.publicJwk];
      await expect(verify(byNext)).resolves.toMatchObject({ kind: 'steward' });
      const byOld = await sign(claims(), devEd);
      await expect(verify(byOld)).resolves.toMatchObject({ kind: 'steward' });
      published[DEV] = published[DEV].filter((jwk) => jwk.kid !== devEd.kid);
      expect(await refusal(byOld)).toMatch(/no key of the issuer matches/);
      await expect(verify(byNext)).resolves.toMatchObject({ kind: 'steward' });
    });
  });
  describe('remembers a verified token until its exp, checking its signature once', () => {
    // Every signature jose checks goes through WebCrypto: counting these calls counts the
    // signature work, whatever the cache does inside.
    let signatureChecks: jest.SpiedFunction<typeof crypto.subtle.verify>;
    beforeEach(() => {
      signatureChecks = jest.spyOn(crypto.subtle, 'verify');
    });
    const later = (seconds: number) => jest.setSystemTime((NOW + seconds) * 1000);

    it('the second verification of the same token does no signature work, and names the same caller', async () => {
      const token = await sign(claims());
      const first = await verify(token);
      expect(signatureChecks).toHaveBeenCalledTimes(1);
      await expect(verify(token)).resolves.toEqual(first);
      await expect(verify(token)).resolves.toEqual(first);
      expect(signatureChecks).toHaveBeenCalledTimes(1);
      // Another token of the same caller is another token: its signature is checked.
      await verify(await sign(claims({ jti: 'token-2' })));
      expect(signatureChecks).toHaveBeenCalledTimes(2);
    });

    it('not beyond its exp: then it is verified again, and refused once past the clock skew', async () => {
      const token = await sign(claims({ exp: NOW + 600 }));
      await verify(token);
      later(599);
      await verify(token);
      expect(signatureChecks).toHaveBeenCalledTimes(1);
      later(600);
      // Within the skew jose still accepts it, but the cache no longer vouches for it.
      await expect(verify(token)).resolves.toMatchObject({ kind: 'steward' });
      expect(signatureChecks).toHaveBeenCalledTimes(2);
      later(600 + SKEW);
      expect(await refusal(token)).toMatch(/expired/);
    });

    it('forgets every token when the issuer’s key set changes, and refuses one whose key is gone', async () => {
      const byEd = await sign(claims());
      const byEs = await sign(claims({ jti: 'token-2' }), devEs);
      await verify(byEd);
      await verify(byEs);
      expect(signatureChecks).toHaveBeenCalledTimes(2);
      const next = await testKey('ES256', 'dev-next');
      published[DEV] = [...published[DEV], next.publicJwk];
      await verify(byEd);
      await verify(byEs);
      expect(signatureChecks).toHaveBeenCalledTimes(4);
      published[DEV] = published[DEV].filter((jwk) => jwk.kid !== devEd.kid);
      expect(await refusal(byEd)).toMatch(/no key of the issuer matches/);
      await expect(verify(byEs)).resolves.toMatchObject({ kind: 'steward' });
      expect(signatureChecks).toHaveBeenCalledTimes(5);
    });

    it('holds at most VERIFIED_TOKEN_CACHE_SIZE tokens, forgetting the least recently used first', async () => {
      verifier = new TokenVerifier({ ...config, verifiedTokenCacheSize: 2 }, keySet);
      const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((jti) => sign(claims({ jti }))));
      await verify(a);
      await verify(b);
      await verify(a); // a is now the most recently used
      await verify(c); // evicts b
      expect(signatureChecks).toHaveBeenCalledTimes(3);
      await verify(a);
      await verify(c);
      expect(signatureChecks).toHaveBeenCalledTimes(3);
      await verify(b);
      expect(signatureChecks).toHaveBeenCalledTimes(4);
    });

    it('a size of 0 remembers nothing', async () => {
      verifier = new TokenVerifier({ ...config, verifiedTokenCacheSize: 0 }, keySet);
      const token = await sign(claims());
      await verify(token);
      await verify(token);
      expect(signatureChecks).toHaveBeenCalledTimes(2);
    });

    it('never remembers a token that failed: a bad signature, or good signature over bad claims', async () => {
      const [header, payload] = parts(await sign(claims({ sub: 'st-mallory' })));
      const [, , signature] = parts(await sign(claims()));
      const forged = `${header}.${payload}.${signature}`;
      const kindless = await sign(claims({ kind: undefined }));
      for (let round = 1; round <= 2; round++) {
        expect(await refusal(forged)).toMatch(/signature does not verify/);
        expect(await refusal(kindless)).toMatch(/the kind claim must be one of/);
        expect(signatureChecks).toHaveBeenCalledTimes(2 * round);
      }
    });
  });
});
