import { SignJWT, jwtVerify } from 'jose';

/** Who may read a production subgraph's schema: the gateway composing at start, and `npm run schema:compose`. */
export const SCHEMA_READERS = { gateway: 'sochung-gateway', compose: 'sochung-schema-compose' } as const;
export type SchemaReader = keyof typeof SCHEMA_READERS;

/** The audience of a schema token: no other token of the registry names it. */
export const SCHEMA_TOKEN_AUDIENCE = 'sochung-subgraph-schema';

const LIFETIME_SECONDS = 60;

/**
 * A schema token: a JWT (HS256, keyed with SCHEMA_TOKEN_SECRET) that lives a minute, sent as
 * `Authorization: Bearer …` with a `_service` query. The secret itself never travels, and a
 * token seen in transit is useless a minute later.
 */
export function signSchemaToken(secret: string, reader: SchemaReader, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(SCHEMA_READERS[reader])
    .setAudience(SCHEMA_TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + LIFETIME_SECONDS)
    .sign(new TextEncoder().encode(secret));
}

/** Whether `authorization` carries a schema token signed with `secret`, in date, from a schema reader. */
export async function isSchemaReader(
  secret: string,
  authorization: string | undefined,
  clockSkewSeconds: number,
): Promise<boolean> {
  const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '')?.[1];
  if (!token) return false;
  try {
    await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      audience: SCHEMA_TOKEN_AUDIENCE,
      issuer: Object.values(SCHEMA_READERS),
      requiredClaims: ['iat', 'exp'],
      // A token made to live longer than ours do is not one of ours.
      maxTokenAge: LIFETIME_SECONDS + clockSkewSeconds,
      clockTolerance: clockSkewSeconds,
    });
    return true;
  } catch {
    return false;
  }
}
