/** The longest `jti` accepted, in tokens and client assertions (the token endpoint stores them). */
export const MAX_TOKEN_ID_LENGTH = 255;

// Control characters (Cc): a NUL would reach PostgreSQL, which refuses it in text.
const CONTROL = /\p{Cc}/u;

/** Whether `jti` is a usable token id: a non-empty string of bounded length, without control characters. */
export function isTokenId(jti: unknown): jti is string {
  return typeof jti === 'string' && jti.length > 0 && jti.length <= MAX_TOKEN_ID_LENGTH && !CONTROL.test(jti);
}
