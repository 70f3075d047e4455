import { createPublicKey } from 'node:crypto';
import { jwkThumbprint, type PublicJwk } from '@app/auth';
import { InvalidPublicKeyError } from './agency-system.errors';

/** More keys in one submission is a mistake, not a rotation. */
export const MAX_KEYS_PER_SUBMISSION = 10;
/** Key ids: what a JWK `kid` may be here (RFC 7638 thumbprints, and names such as bhxh-2026-01). */
export const KID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];
const ALGORITHM_OF_CURVE: Record<string, 'EdDSA' | 'ES256'> = { Ed25519: 'EdDSA', 'P-256': 'ES256' };

/**
 * The public signing keys in submitted texts, each a JWK or a JWK set (`{"keys": [...]}`):
 * Ed25519 (OKP) or P-256 (EC) only, checked to be a real point, stripped to their public
 * members, with `alg` and `use` set and `kid` defaulting to the RFC 7638 thumbprint. Refused:
 * anything carrying private members (its private half has been disclosed), symmetric (oct)
 * and RSA keys, other curves, keys for another use or algorithm, and duplicates.
 */
export function parsePublicKeys(field: string, texts: string[]): PublicJwk[] {
  const keys: PublicJwk[] = [];
  texts.forEach((text, index) => {
    const path = texts.length === 1 ? field : `${field}.${index}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InvalidPublicKeyError(path, 'MALFORMED', 'must be a JWK or a JWK set, as JSON');
    }
    const members = isObject(parsed) && Array.isArray(parsed.keys) ? (parsed.keys as unknown[]) : [parsed];
    if (members.length === 0) throw new InvalidPublicKeyError(path, 'MALFORMED', 'the key set holds no key');
    for (const member of members) keys.push(publicJwkOf(path, member));
  });
  if (keys.length > MAX_KEYS_PER_SUBMISSION) {
    throw new InvalidPublicKeyError(field, 'TOO_MANY_KEYS', `at most ${MAX_KEYS_PER_SUBMISSION} keys at a time`);
  }
  const kids = new Set<string>();
  const thumbprints = new Set<string>();
  for (const key of keys) {
    const thumbprint = jwkThumbprint(key as unknown as Record<string, string>);
    if (kids.has(key.kid) || thumbprints.has(thumbprint)) {
      throw new InvalidPublicKeyError(field, 'DUPLICATE_KEY', `the key ${key.kid} is given twice`);
    }
    kids.add(key.kid);
    thumbprints.add(thumbprint);
  }
  return keys;
}

/** One JWK, checked and reduced to its public members. */
export function publicJwkOf(field: string, value: unknown): PublicJwk {
  if (!isObject(value) || typeof value.kty !== 'string') {
    throw new InvalidPublicKeyError(field, 'MALFORMED', 'must be a JWK: a JSON object with a kty member');
  }
  // Checked first: a private key sent to us is compromised whatever else is wrong with it.
  if (PRIVATE_MEMBERS.some((member) => member in value)) {
    throw new InvalidPublicKeyError(
      field,
      'PRIVATE_KEY_MATERIAL',
      'holds private key material: send only the public key, and generate a new key pair, since this one is disclosed',
    );
  }
  if (value.kty === 'oct') {
    throw new InvalidPublicKeyError(
      field,
      'SYMMETRIC_KEY',
      'a symmetric (oct) key is a shared secret, not a public key',
    );
  }
  if (value.kty !== 'OKP' && value.kty !== 'EC') {
    throw new InvalidPublicKeyError(
      field,
      'UNSUPPORTED_KEY_TYPE',
      `${value.kty} keys are not accepted: use Ed25519 (OKP) or P-256 (EC)`,
    );
  }
  const crv = typeof value.crv === 'string' ? value.crv : '';
  const alg = ALGORITHM_OF_CURVE[crv] as 'EdDSA' | 'ES256' | undefined;
  if (!alg || (value.kty === 'OKP') !== (crv === 'Ed25519')) {
    throw new InvalidPublicKeyError(field, 'UNSUPPORTED_CURVE', 'the curve must be Ed25519 (OKP) or P-256 (EC)');
  }
  if (value.alg !== undefined && value.alg !== alg) {
    throw new InvalidPublicKeyError(
      field,
      'ALGORITHM_MISMATCH',
      `a ${crv} key signs with ${alg}, not ${JSON.stringify(value.alg)}`,
    );
  }
  if (
    (value.use !== undefined && value.use !== 'sig') ||
    (value.key_ops !== undefined && !(Array.isArray(value.key_ops) && value.key_ops.every((op) => op === 'verify')))
  ) {
    throw new InvalidPublicKeyError(field, 'NOT_A_SIGNING_KEY', 'the key must be meant for signatures (use "sig")');
  }
  const members: Record<string, string> =
    value.kty === 'OKP'
      ? { kty: 'OKP', crv, x: coordinate(field, value.x, 'x') }
      : { kty: 'EC', crv, x: coordinate(field, value.x, 'x'), y: coordinate(field, value.y, 'y') };
  try {
    // Refuses coordinates that are not a point of the curve.
    createPublicKey({ key: members, format: 'jwk' });
  } catch {
    throw new InvalidPublicKeyError(field, 'MALFORMED', `the coordinates are not a ${crv} public key`);
  }
  const kid = value.kid ?? jwkThumbprint(members);
  if (typeof kid !== 'string' || !KID_PATTERN.test(kid)) {
    throw new InvalidPublicKeyError(field, 'INVALID_KID', 'kid must be 1–128 letters, digits or . _ : -');
  }
  return { ...members, kty: members.kty, kid, alg, use: 'sig' };
}

/** A curve coordinate: 32 bytes, base64url without padding (Ed25519 and P-256 alike). */
function coordinate(field: string, value: unknown, name: string): string {
  if (
    typeof value !== 'string' ||
    !/^[A-Za-z0-9_-]{43}$/.test(value) ||
    Buffer.from(value, 'base64url').length !== 32
  ) {
    throw new InvalidPublicKeyError(field, 'MALFORMED', `${name} must be a 32-byte coordinate in base64url`);
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
