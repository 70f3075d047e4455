import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A public key as published in a JWK set (RFC 7517). */
export interface PublicJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  kid: string;
  alg: string;
  use: 'sig';
}

/** A private signing key with the public half others verify against. */
export interface SigningKey {
  kid: string;
  alg: 'EdDSA' | 'ES256';
  privateKey: KeyObject;
  publicJwk: PublicJwk;
}

/**
 * The signing keys in a key file: a private JWK, or `{ "keys": [...] }` whose first key signs
 * and whose others are still published (a rotation: tokens signed by the old key verify
 * until they expire). `create`: write a fresh Ed25519 key when the file does not exist —
 * outside production only, where nobody provisions keys.
 */
export function loadSigningKeys(file: string, options: { create: boolean }): SigningKey[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !options.create) {
      throw new Error(`cannot read the signing key file ${file}: ${(error as Error).message}`, { cause: error });
    }
    text = createKeyFile(file);
  }
  const parsed = JSON.parse(text) as { keys?: unknown[] } & Record<string, unknown>;
  const jwks = Array.isArray(parsed.keys) ? parsed.keys : [parsed];
  if (jwks.length === 0) throw new Error(`the signing key file ${file} holds no key`);
  return jwks.map((jwk) => signingKeyFromJwk(jwk as Record<string, unknown>, file));
}

function signingKeyFromJwk(jwk: Record<string, unknown>, file: string): SigningKey {
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as Record<string, string>;
  const alg =
    publicJwk.kty === 'OKP' && publicJwk.crv === 'Ed25519' ? 'EdDSA' : publicJwk.crv === 'P-256' ? 'ES256' : null;
  if (!alg) throw new Error(`the key in ${file} is neither Ed25519 nor P-256`);
  const kid = typeof jwk.kid === 'string' ? jwk.kid : jwkThumbprint(publicJwk);
  return { kid, alg, privateKey, publicJwk: { ...publicJwk, kty: publicJwk.kty, kid, alg, use: 'sig' } };
}

/** Writes a new Ed25519 key, unless another process just did: then its key is used. */
function createKeyFile(file: string): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicJwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as object), kid: jwkThumbprint(publicJwk), alg: 'EdDSA' };
  const text = `${JSON.stringify(jwk)}\n`;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, text, { flag: 'wx', mode: 0o600 });
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
    throw error;
  }
}

/** RFC 7638 thumbprint: a key id that follows from the key itself. */
export function jwkThumbprint(jwk: Record<string, string>): string {
  const members =
    jwk.kty === 'OKP' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}
