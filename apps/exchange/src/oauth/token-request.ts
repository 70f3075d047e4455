import { OAuthError } from './oauth.errors';

/** The form fields of a token request (RFC 6749 §4.4.2, RFC 7521 §4.2, plus `purpose`). */
export interface TokenRequest {
  grant_type?: string;
  client_id?: string;
  client_assertion_type?: string;
  client_assertion?: string;
  scope?: string;
  purpose?: string;
}

const FIELDS: (keyof TokenRequest)[] = [
  'grant_type',
  'client_id',
  'client_assertion_type',
  'client_assertion',
  'scope',
  'purpose',
];

/**
 * The fields of a token request as single strings. RFC 6749 §3.2: parameters must not be
 * included more than once, and a repeated field arrives as a list (a JSON body may carry
 * anything): either is `invalid_request`. Fields the endpoint does not know are ignored.
 */
export function parseTokenRequest(body: unknown): TokenRequest {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const request: TokenRequest = {};
  for (const name of FIELDS) {
    if (!Object.hasOwn(fields, name) || fields[name] === undefined) continue;
    const value = fields[name];
    if (typeof value !== 'string') throw new OAuthError('invalid_request', `${name} must be given once, as text`);
    request[name] = value;
  }
  return request;
}
