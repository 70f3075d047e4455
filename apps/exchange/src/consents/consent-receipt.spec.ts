import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { CONSENT_RECEIPT_JWS_TYPE, verifyConsentReceipt } from './consent-receipt';

const ARTEFACT = {
  iss: 'sochung-registry',
  jti: 'receipt-1',
  iat: 1_800_000_000,
  consentId: 'c-1',
  event: 'granted',
  subject: '001085012345',
  agency: { code: 'DEMO-BANK', nameVi: 'Ngân hàng' },
  purpose: { code: 'ACCOUNT_OPENING_KYC', textVi: 'Mở tài khoản' },
  categories: ['population.identity'],
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2026-02-01T00:00:00Z',
  fetchType: 'one_time',
  maxReadsPerDay: null,
  dataLifeDays: 30,
  status: 'active',
  time: '2026-01-01T00:00:00Z',
};

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
    await expect(verifyConsentReceipt(hmac, { keys: [published] })).resolves.toMatchObject({ ok: false });
  });
});
