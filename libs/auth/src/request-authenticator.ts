import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { InvalidInputError } from '@app/errors';
import { UnauthenticatedError } from './auth.errors';
import type { Principal } from './principal';
import { TokenVerifier } from './tokens/token-verifier';

/** Headers an agency adds to a call: who at the agency asked, and for which case. */
export const OFFICER_ID_HEADER = 'x-officer-id';
export const CASE_REFERENCE_HEADER = 'x-case-reference';
const HEADER_VALUE = /^[\p{L}\p{N} ._/:#-]{1,64}$/u;

export interface RequestWithHeaders {
  headers: Record<string, string | string[] | undefined>;
}

const AUTHENTICATION = Symbol('authentication');
type Memo = { [AUTHENTICATION]?: Promise<Principal | null> };

/**
 * The caller of one HTTP request, verified once and remembered on the request: the guard,
 * the policy and the access log all ask, the token is checked once.
 */
@Injectable()
export class RequestAuthenticator {
  readonly verifier: TokenVerifier;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.verifier = new TokenVerifier(config.tokens);
  }

  /** The caller, or null when the request carries no credentials; throws when they do not verify. */
  identify(request: RequestWithHeaders): Promise<Principal | null> {
    const memo = request as Memo;
    memo[AUTHENTICATION] ??= this.verifyRequest(request);
    return memo[AUTHENTICATION];
  }

  /** The caller; throws UNAUTHENTICATED when there is none. */
  async authenticate(request: RequestWithHeaders): Promise<Principal> {
    const principal = await this.identify(request);
    if (!principal) throw new UnauthenticatedError('A bearer token is required: Authorization: Bearer <token>');
    return principal;
  }

  private async verifyRequest(request: RequestWithHeaders): Promise<Principal | null> {
    const authorization = request.headers.authorization;
    if (authorization === undefined) return null;
    const match = typeof authorization === 'string' ? /^Bearer +(\S+)$/i.exec(authorization) : null;
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    const principal = await this.verifier.verify(match[1]);
    if (principal.kind !== 'agency') return principal;
    return {
      ...principal,
      officerId: headerValue(request, OFFICER_ID_HEADER),
      caseReference: headerValue(request, CASE_REFERENCE_HEADER),
    };
  }
}

function headerValue(request: RequestWithHeaders, name: string): string | null {
  const value = request.headers[name];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
    throw new InvalidInputError(name, 'must be 1–64 letters, digits, spaces or . _ / : # -');
  }
  return value;
}
