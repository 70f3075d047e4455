import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { fromBase64Url, toBase64Url } from '../bytes';
import { RECEIPT_ARTEFACT as ARTEFACT } from '../../test/receipt-artefact';
import { CONSENT_RECEIPT_JWS_TYPE, verifyConsentReceipt } from './consent-receipt';

describe('verifyConsentReceipt', () => {
  let privateKey: CryptoKey;
  let published: JWK;

  beforeAll(async () => {
    const pair = await generateKeyPair('Ed25519', { extractable: true });
    privateKey = pair.privateKey;
    // The registry publishes its Ed25519 key under the polymorphic name.
    published = { ...(await exportJWK(pair.publicKey)), kid: 'registry-1', alg: 'EdDSA', use: 'sig' };
  });

  const receipt = (alg: string) =>
    new SignJWT(ARTEFACT)
      .setProtectedHeader({ alg, kid: 'registry-1', typ: CONSENT_RECEIPT_JWS_TYPE })
      .sign(privateKey);

  it.each(['EdDSA', 'Ed25519'])('accepts an Ed25519 signature named %s by a key published as EdDSA', async (alg) => {
    await expect(verifyConsentReceipt(await receipt(alg), { keys: [published] })).resolves.toMatchObject({
      ok: true,
      artefact: { consentId: 'c-1' },
    });
  });

  it('refuses an algorithm it does not accept', async () => {
    const hmac = await new SignJWT(ARTEFACT)
      .setProtectedHeader({ alg: 'HS256', kid: 'registry-1', typ: CONSENT_RECEIPT_JWS_TYPE })
      .sign(new TextEncoder().encode('a shared secret that is no secret at all'));
    await expect(verifyConsentReceipt(hmac, { keys: [published] })).resolves.toMatchObject({
      ok: false,
      code: 'ALGORITHM_NOT_ALLOWED',
    });
  });

  it('says why a receipt is refused: another key, an altered artefact, another typ, a missing claim', async () => {
    const other = await generateKeyPair('Ed25519', { extractable: true });
    const otherJwk = { ...(await exportJWK(other.publicKey)), kid: 'registry-2', alg: 'EdDSA', use: 'sig' };
    const good = await receipt('EdDSA');
    const [header, payload, signature] = good.split('.');
    const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload))) as Record<string, unknown>;
    const altered = toBase64Url(new TextEncoder().encode(JSON.stringify({ ...claims, categories: ['all'] })));
    const sign = (claims: object, typ = CONSENT_RECEIPT_JWS_TYPE) =>
      new SignJWT({ ...claims }).setProtectedHeader({ alg: 'EdDSA', kid: 'registry-1', typ }).sign(privateKey);
    const { consentId: _dropped, ...withoutConsent } = ARTEFACT;
    const cases: [string, string, RegExp][] = [
      [good, 'KEY_NOT_FOUND', /another key/],
      [`${header}.${altered}.${signature}`, 'SIGNATURE_INVALID', /does not verify/],
      [await sign(ARTEFACT, 'log-checkpoint+jwt'), 'CLAIM_INVALID', /typ/],
      [await sign(withoutConsent), 'STATEMENT_MALFORMED', /consentId/],
      ['not a receipt', 'JWS_MALFORMED', /compact JWS/],
    ];
    for (const [jws, code, reason] of cases) {
      const keys = code === 'KEY_NOT_FOUND' ? [otherJwk] : [published];
      await expect(verifyConsentReceipt(jws, { keys })).resolves.toEqual({
        ok: false,
        code,
        reason: expect.stringMatching(reason),
      });
    }
    await expect(verifyConsentReceipt(good, { keys: 'none' } as never)).resolves.toMatchObject({
      ok: false,
      code: 'KEY_SET_INVALID',
    });
    await expect(verifyConsentReceipt(undefined as never, { keys: [published] })).resolves.toMatchObject({
      ok: false,
      code: 'JWS_MALFORMED',
    });
  });
});
