import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import type { OidcConfig } from '@app/config';
import { importJWK, type JWK } from 'jose';
import * as oidc from 'openid-client';
import type { PendingSignIn } from '../session/portal-session';
import { IdentityProviderUnavailableError, SignInFailedError } from '../web.errors';

const logger = new Logger('SignIn');

/** What a completed sign-in or refresh yields for the session. */
export interface ProviderTokens {
  /** The account's `sub`: a citizen's personal ID number, a staff member's id. */
  subject: string;
  /** The ID token's `name`, when the provider gave one (display only). */
  name: string | null;
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken: string | null;
  idToken: string | null;
}

/** What a provider's `sub` must look like to be one of this sign-in's users. */
export interface SubjectRule {
  pattern: RegExp;
  /** Why a sign-in whose `sub` does not fit is refused, as the user is told. */
  refusal: string;
}

/** Citizens: the national provider's `sub` is the personal ID number. */
export const CITIZEN_SUBJECT: SubjectRule = {
  pattern: /^\d{12}$/,
  refusal: 'tài khoản không mang số định danh cá nhân / the account names no personal ID number',
};

/** How long a sign-in may take between leaving for the provider and coming back. */
export const SIGN_IN_WINDOW_MS = 10 * 60 * 1000;

/**
 * The relying party of the backend-for-frontend (OAuth 2.0 for Browser-Based Apps): the
 * authorization code flow with PKCE (S256), state and nonce, a confidential client
 * (client_secret_basic or private_key_jwt), and refresh; the tokens never reach the browser.
 * The provider's metadata is discovered on first use, so the portal starts while it is down.
 */
export class OidcSignIn {
  private discovered: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly config: OidcConfig,
    private readonly allowHttp: boolean,
    private readonly subjectRule: SubjectRule = CITIZEN_SUBJECT,
  ) {}

  /** The provider's authorization URL for a new sign-in, and what the callback must find again. */
  async start(returnTo: string): Promise<{ url: URL; pending: PendingSignIn }> {
    const configuration = await this.configuration();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const pending: PendingSignIn = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier,
      returnTo,
      startedAt: Date.now(),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl,
      scope: this.config.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      ...this.resource(),
    });
    return { url, pending };
  }

  /** Exchanges the callback's code, checking state, PKCE and nonce; SignInFailedError when any fails. */
  async finish(callbackUrl: URL, pending: PendingSignIn | undefined): Promise<ProviderTokens> {
    if (!pending || Date.now() - pending.startedAt > SIGN_IN_WINDOW_MS) {
      throw new SignInFailedError('không có lượt đăng nhập nào đang chờ / no sign-in is under way');
    }
    const configuration = await this.configuration();
    let response: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      response = await oidc.authorizationCodeGrant(
        configuration,
        callbackUrl,
        {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        },
        this.resource(),
      );
    } catch (error) {
      throw this.failure(error);
    }
    return this.tokens(response, null, response.claims()?.sub);
  }

  /** New tokens for a refresh token; throws when the provider will not renew them. */
  async refresh(refreshToken: string, subject: string): Promise<ProviderTokens> {
    const configuration = await this.configuration();
    let response: Awaited<ReturnType<typeof oidc.refreshTokenGrant>>;
    try {
      response = await oidc.refreshTokenGrant(configuration, refreshToken, this.resource());
    } catch (error) {
      throw this.failure(error);
    }
    // A refresh may bring no new ID token; when it does, it must name the same user.
    const sub = response.claims()?.sub ?? subject;
    if (sub !== subject) throw new SignInFailedError('the renewed tokens name another subject');
    return this.tokens(response, refreshToken, sub);
  }

  /**
   * Tells the provider the refresh token is done with (RFC 7009), so that a copy of the old
   * cookie cannot renew itself after sign-out. Best effort: sign-out never waits on the provider.
   */
  async revoke(refreshToken: string): Promise<void> {
    try {
      const configuration = await this.configuration();
      if (!configuration.serverMetadata().revocation_endpoint) return;
      await oidc.tokenRevocation(configuration, refreshToken, { token_type_hint: 'refresh_token' });
    } catch (error) {
      logger.warn(`the refresh token could not be revoked: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The provider's sign-out URL (RP-initiated logout), when it has an end_session_endpoint. */
  async endSessionUrl(idToken: string | null, postLogoutRedirectUri: string): Promise<string | null> {
    let configuration: oidc.Configuration;
    try {
      configuration = await this.configuration();
    } catch {
      return null;
    }
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return oidc
      .buildEndSessionUrl(configuration, {
        ...(idToken ? { id_token_hint: idToken } : {}),
        post_logout_redirect_uri: postLogoutRedirectUri,
        client_id: this.config.clientId,
      })
      .toString();
  }

  /** The provider's origin: a page form may be sent there (CSP form-action). */
  get providerOrigin(): string {
    return new URL(this.config.issuerUrl).origin;
  }

  private resource(): Record<string, string> {
    return this.config.resource ? { resource: this.config.resource } : {};
  }

  private tokens(
    response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
    previousRefreshToken: string | null,
    sub: string | undefined,
  ): ProviderTokens {
    if (typeof sub !== 'string' || !this.subjectRule.pattern.test(sub)) {
      throw new SignInFailedError(this.subjectRule.refusal);
    }
    const expiresIn = response.expiresIn() ?? 300;
    const name = response.claims()?.name;
    return {
      subject: sub,
      name: typeof name === 'string' ? name : null,
      accessToken: response.access_token,
      accessTokenExpiresAt: Date.now() + expiresIn * 1000,
      refreshToken: response.refresh_token ?? previousRefreshToken,
      idToken: response.id_token ?? null,
    };
  }

  private failure(error: unknown): Error {
    if (error instanceof SignInFailedError) return error;
    if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError) {
      return new SignInFailedError(error.error);
    }
    if (error instanceof oidc.ClientError) {
      logger.warn(`sign-in refused: ${error.message}`);
      return new SignInFailedError(
        'câu trả lời của dịch vụ định danh không hợp lệ / the provider’s answer does not hold',
      );
    }
    logger.warn(`identity provider unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return new IdentityProviderUnavailableError();
  }

  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      logger.warn(
        `discovery of ${this.config.issuerUrl} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw new IdentityProviderUnavailableError();
    });
    return this.discovered;
  }

  private async discover(): Promise<oidc.Configuration> {
    const clientAuth = this.config.privateKeyFile
      ? oidc.PrivateKeyJwt(await privateKey(this.config.privateKeyFile))
      : oidc.ClientSecretBasic(this.config.clientSecret);
    return oidc.discovery(new URL(this.config.issuerUrl), this.config.clientId, undefined, clientAuth, {
      execute: this.allowHttp ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
  }
}

/** The client's private JWK for private_key_jwt, with its kid. */
async function privateKey(file: string): Promise<oidc.PrivateKey> {
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  if (!jwk.d) throw new Error(`${file} (OIDC_PRIVATE_KEY_FILE) holds no private key`);
  const key = await importJWK(jwk, jwk.alg ?? (jwk.kty === 'OKP' ? 'EdDSA' : jwk.kty === 'RSA' ? 'RS256' : 'ES256'));
  return { key: key as oidc.CryptoKey, kid: jwk.kid };
}
