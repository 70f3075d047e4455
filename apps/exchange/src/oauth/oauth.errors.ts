/** RFC 6749 §5.2 error codes of the token endpoint. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope';

/** A refusal at the token endpoint, answered in OAuth's own shape (not GraphQL's). */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
  }

  /** 401 when the client failed to authenticate, 400 otherwise (RFC 6749 §5.2). */
  get status(): number {
    return this.error === 'invalid_client' ? 401 : 400;
  }
}
