import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';

/** A real OpenID provider (oidc-provider 9) for the tests, playing the national identity provider. */
export interface TestOpenIdProvider {
  issuer: string;
  /** Its key set, as TRUSTED_ISSUERS names it. */
  jwksUrl: string;
  clientId: string;
  clientSecret: string;
  /** The resource indicator the portal asks tokens for (OIDC_RESOURCE); tokens name `sochung-api`. */
  resource: string;
  /** Claims added to every access token from now on (a test makes the provider misbehave). */
  extraAccessTokenClaims: Record<string, unknown>;
  /** Grants the provider answered, by grant type: refresh_token counts renewals. */
  grants: string[];
  close(): Promise<void>;
}

export const PROVIDER_CLIENT_ID = 'sochung-portal';

/** What the provider says of an account beyond its `sub`. */
type AccountClaims = (accountId: string) => { access?: Record<string, unknown>; name?: string };
export const PROVIDER_RESOURCE = 'urn:sochung:api';

/**
 * Starts oidc-provider on a free port of 127.0.0.1: one confidential client (the portal, its
 * redirect URL given), accounts whose sub is whatever the login form names (a personal ID
 * number), JWT access tokens for the registry's API (`aud` sochung-api, `acr` 2), short-lived
 * (so every use renews them with the refresh token), refresh tokens, RP-initiated logout.
 * Its login and consent pages are the provider's own (devInteractions), driven over HTTP.
 */
export async function startOpenIdProvider(options: {
  portalUrl: string;
  audience?: string;
  accessTokenTtlSeconds?: number;
  /** Where the client's pages live on the portal: '' for the citizens' portal, '/console' for the staff's. */
  clientPath?: '' | '/console';
  clientId?: string;
  /** Claims an account's access token carries (a staff directory's roles), and its ID token's `name`. */
  accountClaims?: AccountClaims;
}): Promise<TestOpenIdProvider> {
  const clientPath = options.clientPath ?? '';
  const clientId = options.clientId ?? PROVIDER_CLIENT_ID;
  const accountClaims: AccountClaims = options.accountClaims ?? (() => ({}));
  const { default: Provider } = await import('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signing = { ...(await exportJWK(privateKey)), kid: 'test-idp-1', alg: 'ES256', use: 'sig' };
  const clientSecret = 'a-client-secret-of-the-portal-for-tests-only';
  const state: Pick<TestOpenIdProvider, 'extraAccessTokenClaims' | 'grants'> = {
    extraAccessTokenClaims: {},
    grants: [],
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.portalUrl}${clientPath}/auth/callback`],
        post_logout_redirect_uris: [`${options.portalUrl}${clientPath || '/'}`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signing] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => {
        const name = accountClaims(sub).name;
        return name ? { sub, name } : { sub };
      },
    }),
    claims: { openid: ['sub'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => PROVIDER_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== PROVIDER_RESOURCE) throw new Error(`unknown resource ${indicator}`);
          return {
            audience: options.audience ?? 'sochung-api',
            scope: 'openid',
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtlSeconds ?? 30,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    pkce: { required: () => true },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    extraTokenClaims: (_ctx, token) => ({
      acr: '2',
      ...('accountId' in token && typeof token.accountId === 'string' ? accountClaims(token.accountId).access : {}),
      ...state.extraAccessTokenClaims,
    }),
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 30,
      IdToken: 300,
      RefreshToken: 3600,
      Session: 3600,
      Grant: 3600,
      Interaction: 600,
      AuthorizationCode: 60,
    },
    cookies: { keys: ['cookie-key-of-the-test-provider'] },
  });
  provider.on('grant.success', (ctx: { oidc: { params?: { grant_type?: unknown } } }) => {
    state.grants.push(String(ctx.oidc.params?.grant_type));
  });
  const handle = provider.callback();
  server.on('request', (request, response) => void handle(request, response));
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    clientId,
    clientSecret,
    resource: PROVIDER_RESOURCE,
    get extraAccessTokenClaims() {
      return state.extraAccessTokenClaims;
    },
    set extraAccessTokenClaims(claims: Record<string, unknown>) {
      state.extraAccessTokenClaims = claims;
    },
    grants: state.grants,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
