import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JWK } from 'jose';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CATEGORY_PATTERN, PURPOSE_CODE_PATTERN, registeredClaims, signJwt } from '@app/auth';
import { loadAgencyGrants } from '@app/access';
import { RegistryKeys } from '../keys/registry-keys';
import { assertionClaimsUnverified, JWT_BEARER_ASSERTION, verifyAssertion } from './client-assertion';
import { OAuthError } from './oauth.errors';
import type { TokenRequest } from './token-request';

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  purpose: string;
}

interface ClientRow {
  agency_code: string;
  system_status: string;
  agency_status: string;
  public_jwk: JWK | null;
  key_status: string | null;
}

const CLIENT_SQL = `
  SELECT s.agency_code, s.status AS system_status, ag.status AS agency_status,
         k.public_jwk, k.status AS key_status
    FROM access.agency_systems s
    JOIN access.agencies ag ON ag.code = s.agency_code
    LEFT JOIN exchange.system_keys k ON k.client_id = s.client_id AND k.kid = $2
   WHERE s.client_id = $1`;

/**
 * Prune used assertions on every this many issued tokens. An id is kept until its assertion's
 * exp + CLOCK_SKEW_SECONDS, the last moment the assertion is still accepted: pruned any
 * sooner, it could be replayed.
 */
const PRUNE_EVERY = 100;

/**
 * OAuth 2 client credentials with private_key_jwt: an agency's system proves itself with an
 * assertion signed by a key registered for it, names a purpose, and gets a short-lived access
 * token naming agency, system and purpose, with the categories its approved agreements allow
 * for that purpose (narrowed to those asked for) and the agreements' rate limit.
 */
@Injectable()
export class TokenService {
  private readonly logger = new Logger('TokenEndpoint');
  private issued = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RegistryKeys,
  ) {}

  async issue(request: TokenRequest): Promise<TokenResponse> {
    if (request.grant_type !== 'client_credentials') {
      throw new OAuthError('unsupported_grant_type', 'grant_type must be client_credentials');
    }
    if (request.client_assertion_type !== JWT_BEARER_ASSERTION || typeof request.client_assertion !== 'string') {
      throw new OAuthError('invalid_client', `authenticate with client_assertion_type=${JWT_BEARER_ASSERTION}`);
    }
    const purpose = request.purpose ?? '';
    if (!PURPOSE_CODE_PATTERN.test(purpose)) throw new OAuthError('invalid_request', 'purpose must be a purpose code');
    const asked = (request.scope ?? '').split(' ').filter(Boolean);
    const malformed = asked.find((scope) => !CATEGORY_PATTERN.test(scope));
    if (malformed !== undefined || asked.length > 50)
      throw new OAuthError('invalid_scope', 'scope names data categories');

    const { clientId, kid } = assertionClaimsUnverified(request.client_assertion);
    // RFC 7521 §4.2: a client_id, when given, names the client the assertion is for.
    if (request.client_id !== undefined && request.client_id !== clientId) {
      throw new OAuthError('invalid_client', 'client_id is not the client the assertion names');
    }
    const [client] = await this.dataSource.query<ClientRow[]>(CLIENT_SQL, [clientId, kid]);
    // One answer for an unknown client and an unknown key, so that probing tells nothing.
    if (!client?.public_jwk || client.key_status !== 'active') {
      throw new OAuthError('invalid_client', 'unknown client or key, or the key is revoked');
    }
    const tokens = this.config.tokens;
    const assertion = await verifyAssertion(
      request.client_assertion,
      clientId,
      client.public_jwk,
      // RFC 7523 §3: the registry by name (as before discovery), its issuer URL (RFC 8414, what
      // openid-client and oauth4webapi put) or its token endpoint URL.
      [tokens.registryIssuer, tokens.issuerUrl, tokenEndpointOf(tokens.issuerUrl)],
      tokens.clockSkewSeconds,
    );
    if (client.system_status !== 'active' || client.agency_status !== 'active') {
      throw new OAuthError('unauthorized_client', 'this system or its agency is not active');
    }
    const [known] = await this.dataSource.query<{ consent_based: boolean }[]>(
      'SELECT consent_based FROM access.purposes WHERE code = $1',
      [purpose],
    );
    if (!known) throw new OAuthError('invalid_request', `${purpose} is not in the purpose catalogue`);
    await this.spend(clientId, assertion.jti, assertion.expiresAt);

    const grants = await loadAgencyGrants(this.dataSource, client.agency_code, clientId, purpose);
    const allowed = [...grants.byCategory.keys()];
    const scopes = asked.length > 0 ? asked.filter((scope) => allowed.includes(scope)) : allowed;
    // A token that could read nothing is refused, not issued empty; but for a purpose read for
    // on consent, the citizen's consent decides each read and the scope may well be empty.
    if (scopes.length === 0 && !known.consent_based) {
      throw new OAuthError(
        'invalid_scope',
        allowed.length === 0
          ? `no approved agreement of ${client.agency_code} covers ${purpose}`
          : `the agreements for ${purpose} cover none of the categories asked for`,
      );
    }
    const ttl = tokens.accessTokenTtlSeconds;
    const accessToken = signJwt(this.keys.signing, {
      ...registeredClaims(tokens.registryIssuer, tokens.audience, clientId, ttl),
      kind: 'agency',
      agency: client.agency_code,
      purpose,
      scope: scopes.sort().join(' '),
      ...(grants.requestsPerMinute !== null ? { rpm: grants.requestsPerMinute } : {}),
    });
    this.logger.log(
      `issued a token to ${client.agency_code}/${clientId} for ${purpose}: ${scopes.join(' ') || '(no scope)'}`,
    );
    return { access_token: accessToken, token_type: 'Bearer', expires_in: ttl, scope: scopes.join(' '), purpose };
  }

  /** Records the assertion's jti; a second use of the same one is a replay. */
  private async spend(clientId: string, jti: string, expiresAt: Date): Promise<void> {
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO exchange.client_assertions (client_id, jti, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING jti`,
      [clientId, jti, expiresAt],
    );
    if (inserted.length === 0) throw new OAuthError('invalid_grant', 'this client assertion was already used');
    if (++this.issued % PRUNE_EVERY === 0) {
      await this.dataSource.query(
        'DELETE FROM exchange.client_assertions WHERE expires_at < now() - make_interval(secs => $1)',
        [this.config.tokens.clockSkewSeconds],
      );
    }
  }
}

/** The token endpoint's URL under an issuer URL (RFC 8414 metadata names it so). */
export function tokenEndpointOf(issuerUrl: string): string {
  return `${issuerUrl}/oauth/token`;
}
