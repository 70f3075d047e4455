import { generateKeyPairSync } from 'node:crypto';
import { jwkThumbprint } from '@app/auth';
import { InvalidPublicKeyError, type PublicKeyProblem } from './agency-system.errors';
import { parsePublicKeys } from './public-key';

type Jwk = Record<string, unknown>;

function keyPair(type: 'ed25519' | 'p256' | 'rsa' | 'x25519' | 'p384'): { publicJwk: Jwk; privateJwk: Jwk } {
  const { publicKey, privateKey } =
    type === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : type === 'x25519'
        ? generateKeyPairSync('x25519')
        : type === 'rsa'
          ? generateKeyPairSync('rsa', { modulusLength: 2048 })
          : generateKeyPairSync('ec', { namedCurve: type === 'p256' ? 'P-256' : 'P-384' });
  return {
    publicJwk: publicKey.export({ format: 'jwk' }),
    privateJwk: privateKey.export({ format: 'jwk' }),
  };
}

function problemOf(texts: string[]): PublicKeyProblem | 'accepted' {
  try {
    parsePublicKeys('keys', texts);
    return 'accepted';
  } catch (error) {
    if (error instanceof InvalidPublicKeyError) {
      expect(error.code).toBe('INVALID_PUBLIC_KEY');
      expect(error.details).toMatchObject({ field: expect.stringMatching(/^keys/), reason: error.reason });
      return error.reason;
    }
    throw error;
  }
}

describe('public keys of agency systems', () => {
  it('accepts an Ed25519 key, keeping its public members and naming it by its thumbprint', () => {
    const { publicJwk } = keyPair('ed25519');
    const [key] = parsePublicKeys('keys', [JSON.stringify({ ...publicJwk, x5c: ['ignored'], ext: true })]);
    expect(key).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: publicJwk.x,
      kid: jwkThumbprint(publicJwk as Record<string, string>),
      alg: 'EdDSA',
      use: 'sig',
    });
  });

  it('accepts a P-256 key with the kid and alg its owner gave', () => {
    const { publicJwk } = keyPair('p256');
    const [key] = parsePublicKeys('keys', [JSON.stringify({ ...publicJwk, kid: 'bhxh-2026-01', alg: 'ES256' })]);
    expect(key).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: publicJwk.x,
      y: publicJwk.y,
      kid: 'bhxh-2026-01',
      alg: 'ES256',
      use: 'sig',
    });
  });

  it('accepts a JWK set, and several texts, as one list', () => {
    const set = { keys: [keyPair('ed25519').publicJwk, keyPair('p256').publicJwk] };
    const keys = parsePublicKeys('keys', [JSON.stringify(set), JSON.stringify(keyPair('ed25519').publicJwk)]);
    expect(keys.map((key) => key.alg)).toEqual(['EdDSA', 'ES256', 'EdDSA']);
  });

  it.each<[string, () => unknown, PublicKeyProblem]>([
    ['a private Ed25519 key', () => keyPair('ed25519').privateJwk, 'PRIVATE_KEY_MATERIAL'],
    ['a private P-256 key', () => keyPair('p256').privateJwk, 'PRIVATE_KEY_MATERIAL'],
    ['a private RSA key', () => keyPair('rsa').privateJwk, 'PRIVATE_KEY_MATERIAL'],
    ['a symmetric key', () => ({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA' }), 'SYMMETRIC_KEY'],
    ['a public RSA key', () => keyPair('rsa').publicJwk, 'UNSUPPORTED_KEY_TYPE'],
    ['an X25519 (key agreement) key', () => keyPair('x25519').publicJwk, 'UNSUPPORTED_CURVE'],
    ['a P-384 key', () => keyPair('p384').publicJwk, 'UNSUPPORTED_CURVE'],
    ['an OKP key claiming P-256', () => ({ ...keyPair('ed25519').publicJwk, crv: 'P-256' }), 'UNSUPPORTED_CURVE'],
    ['an Ed25519 key for ES256', () => ({ ...keyPair('ed25519').publicJwk, alg: 'ES256' }), 'ALGORITHM_MISMATCH'],
    ['a key with alg none', () => ({ ...keyPair('ed25519').publicJwk, alg: 'none' }), 'ALGORITHM_MISMATCH'],
    ['an encryption key', () => ({ ...keyPair('p256').publicJwk, use: 'enc' }), 'NOT_A_SIGNING_KEY'],
    ['a key for signing only', () => ({ ...keyPair('p256').publicJwk, key_ops: ['sign'] }), 'NOT_A_SIGNING_KEY'],
    ['a P-256 point off the curve', () => ({ ...keyPair('p256').publicJwk, y: 'A'.repeat(43) }), 'MALFORMED'],
    ['a short coordinate', () => ({ ...keyPair('ed25519').publicJwk, x: 'AAAA' }), 'MALFORMED'],
    ['a kid with spaces', () => ({ ...keyPair('ed25519').publicJwk, kid: 'my key' }), 'INVALID_KID'],
    ['a kid of 129 characters', () => ({ ...keyPair('ed25519').publicJwk, kid: 'k'.repeat(129) }), 'INVALID_KID'],
    ['an array', () => [keyPair('ed25519').publicJwk], 'MALFORMED'],
    ['an empty key set', () => ({ keys: [] }), 'MALFORMED'],
  ])('refuses %s', (_case, jwk, problem) => {
    expect(problemOf([JSON.stringify(jwk())])).toBe(problem);
  });

  it('refuses text that is not JSON', () => {
    expect(problemOf(['-----BEGIN PUBLIC KEY-----'])).toBe('MALFORMED');
  });

  it('refuses a key given twice, even under two kids', () => {
    const { publicJwk } = keyPair('ed25519');
    expect(problemOf([JSON.stringify(publicJwk), JSON.stringify({ ...publicJwk, kid: 'other' })])).toBe(
      'DUPLICATE_KEY',
    );
    const a = { ...keyPair('ed25519').publicJwk, kid: 'same' };
    const b = { ...keyPair('ed25519').publicJwk, kid: 'same' };
    expect(problemOf([JSON.stringify({ keys: [a, b] })])).toBe('DUPLICATE_KEY');
  });

  it('refuses more than ten keys at a time', () => {
    const keys = Array.from({ length: 11 }, () => keyPair('ed25519').publicJwk);
    expect(problemOf([JSON.stringify({ keys })])).toBe('TOO_MANY_KEYS');
  });

  it('names which of several texts is wrong', () => {
    const error = (() => {
      try {
        parsePublicKeys('keys', [JSON.stringify(keyPair('ed25519').publicJwk), '{}']);
      } catch (caught) {
        return caught as InvalidPublicKeyError;
      }
    })();
    expect(error?.field).toBe('keys.1');
  });
});
