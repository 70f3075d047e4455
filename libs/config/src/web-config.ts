import { resolve } from 'node:path';
import type { EnvReader } from './env-reader';
import { localHttpUrl } from './local-url';

/** The citizen portal's server (apps/web): where it is, what it serves, its sessions and sign-in. */
export interface WebConfig {
  /** The portal's own origin, as browsers reach it (no trailing slash): the one Origin it accepts. */
  publicUrl: string;
  /** Where it forwards GraphQL (and reads the registry's key set): the gateway's base URL. */
  gatewayUrl: string;
  /** The built client (index.html and assets/), served as is. */
  clientDir: string;
  /** The key that encrypts session cookies (32 bytes, base64url; created on first use outside production). */
  sessionKeyFile: string;
  /** A session ends this long after sign-in, however busy. */
  sessionMaxAgeSeconds: number;
  /** A session ends after this long without a request. */
  sessionIdleSeconds: number;
  /** The identity provider citizens sign in with; null: none configured. */
  oidc: OidcConfig | null;
  /** The development demo sign-in: outside production, and only when no provider is configured. */
  demoSignIn: boolean;
  /** The staff console's development sign-in (demo stewards, administrators, an auditor): never in production. */
  staffDemoSignIn: boolean;
}

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  /** client_secret_basic; or, instead, */
  clientSecret: string | undefined;
  /** private_key_jwt with this private JWK. */
  privateKeyFile: string | undefined;
  redirectUrl: string;
  scope: string;
  /** The resource indicator (RFC 8707) asked for, when the provider needs one to issue tokens for the API. */
  resource: string | undefined;
}

/** The web server's settings; see WebConfig. */
export function readWebConfig(
  read: EnvReader,
  context: {
    production: boolean;
    host: string;
    webPort: number;
    gatewayPort: number;
    dataDir: string;
    baseDir: string;
  },
): WebConfig {
  const publicUrl = read
    .url('WEB_PUBLIC_URL', ['http:', 'https:'], localHttpUrl(context.host, context.webPort))!
    .replace(/\/+$/, '');
  const oidc = readOidcConfig(read, context.production, publicUrl, context.baseDir);
  const sessionMaxAgeSeconds = read.integer('SESSION_MAX_AGE_SECONDS', 8 * 3600, 300, 86_400);
  const sessionIdleSeconds = read.integer('SESSION_IDLE_SECONDS', 30 * 60, 60, 86_400);
  if (sessionIdleSeconds > sessionMaxAgeSeconds) {
    read.problems.push('SESSION_IDLE_SECONDS must not exceed SESSION_MAX_AGE_SECONDS');
  }
  return {
    publicUrl,
    gatewayUrl: read
      .url('GATEWAY_URL', ['http:', 'https:'], localHttpUrl(context.host, context.gatewayPort))!
      .replace(/\/+$/, ''),
    clientDir: read.path('WEB_CLIENT_DIR', './dist/web-client', context.baseDir),
    sessionKeyFile: read.path('SESSION_KEY_FILE', resolve(context.dataDir, 'keys', 'session.key'), context.baseDir),
    sessionMaxAgeSeconds,
    sessionIdleSeconds,
    oidc,
    demoSignIn: !context.production && oidc === null,
    staffDemoSignIn: !context.production,
  };
}

function readOidcConfig(read: EnvReader, production: boolean, publicUrl: string, baseDir: string): OidcConfig | null {
  const issuerUrl = read.url('OIDC_ISSUER_URL', ['http:', 'https:']);
  const clientId = read.optionalString('OIDC_CLIENT_ID');
  const clientSecret = read.optionalString('OIDC_CLIENT_SECRET');
  const privateKey = read.optionalString('OIDC_PRIVATE_KEY_FILE');
  const redirectUrl = read.url('OIDC_REDIRECT_URL', ['http:', 'https:'], `${publicUrl}/auth/callback`)!;
  const scope = read.string('OIDC_SCOPE', 'openid offline_access');
  const resource = read.optionalString('OIDC_RESOURCE');
  if (issuerUrl === undefined) {
    if (clientId !== undefined) read.problems.push('OIDC_CLIENT_ID needs OIDC_ISSUER_URL');
    return null;
  }
  if (production && new URL(issuerUrl).protocol !== 'https:') {
    read.problems.push('OIDC_ISSUER_URL must be an https URL when NODE_ENV is production');
  }
  if (clientId === undefined) read.problems.push('OIDC_CLIENT_ID must be set when OIDC_ISSUER_URL is');
  if ((clientSecret === undefined) === (privateKey === undefined)) {
    read.problems.push(
      'exactly one of OIDC_CLIENT_SECRET and OIDC_PRIVATE_KEY_FILE must be set when OIDC_ISSUER_URL is',
    );
  }
  return {
    issuerUrl: issuerUrl.replace(/\/+$/, ''),
    clientId: clientId ?? '',
    clientSecret,
    privateKeyFile: privateKey === undefined ? undefined : read.path('OIDC_PRIVATE_KEY_FILE', privateKey, baseDir),
    redirectUrl,
    scope,
    resource,
  };
}
