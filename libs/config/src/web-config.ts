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
  /**
   * The staff identity provider the console signs in with (STAFF_OIDC_*), separate from the
   * citizens'; its tokens name staff duties as roles (libs/auth staff-roles). null: none.
   */
  staffOidc: OidcConfig | null;
  /** The console's development sign-in (demo stewards, administrators, an auditor): never in production, nor beside a staff provider. */
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
  const oidc = readOidcConfig(read, 'OIDC_', context.production, `${publicUrl}/auth/callback`, context.baseDir);
  const staffOidc = readOidcConfig(
    read,
    'STAFF_OIDC_',
    context.production,
    `${publicUrl}/console/auth/callback`,
    context.baseDir,
  );
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
    staffOidc,
    staffDemoSignIn: !context.production && staffOidc === null,
  };
}

/** One provider's settings, from the variables of `prefix` (OIDC_ for citizens, STAFF_OIDC_ for staff). */
function readOidcConfig(
  read: EnvReader,
  prefix: 'OIDC_' | 'STAFF_OIDC_',
  production: boolean,
  defaultRedirectUrl: string,
  baseDir: string,
): OidcConfig | null {
  const issuerUrl = read.url(`${prefix}ISSUER_URL`, ['http:', 'https:']);
  const clientId = read.optionalString(`${prefix}CLIENT_ID`);
  const clientSecret = read.optionalString(`${prefix}CLIENT_SECRET`);
  const privateKey = read.optionalString(`${prefix}PRIVATE_KEY_FILE`);
  const redirectUrl = read.url(`${prefix}REDIRECT_URL`, ['http:', 'https:'], defaultRedirectUrl)!;
  // Staff are shown by name in the console's header: their provider is asked for the profile too.
  const scope = read.string(
    `${prefix}SCOPE`,
    prefix === 'STAFF_OIDC_' ? 'openid profile offline_access' : 'openid offline_access',
  );
  const resource = read.optionalString(`${prefix}RESOURCE`);
  if (issuerUrl === undefined) {
    if (clientId !== undefined) read.problems.push(`${prefix}CLIENT_ID needs ${prefix}ISSUER_URL`);
    return null;
  }
  if (production && new URL(issuerUrl).protocol !== 'https:') {
    read.problems.push(`${prefix}ISSUER_URL must be an https URL when NODE_ENV is production`);
  }
  if (clientId === undefined) read.problems.push(`${prefix}CLIENT_ID must be set when ${prefix}ISSUER_URL is`);
  if ((clientSecret === undefined) === (privateKey === undefined)) {
    read.problems.push(
      `exactly one of ${prefix}CLIENT_SECRET and ${prefix}PRIVATE_KEY_FILE must be set when ${prefix}ISSUER_URL is`,
    );
  }
  return {
    issuerUrl: issuerUrl.replace(/\/+$/, ''),
    clientId: clientId ?? '',
    clientSecret,
    privateKeyFile: privateKey === undefined ? undefined : read.path(`${prefix}PRIVATE_KEY_FILE`, privateKey, baseDir),
    redirectUrl,
    scope,
    resource,
  };
}
