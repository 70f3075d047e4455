import { ConfigError } from './config.errors';
import { loadConfig } from './app-config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/sochung');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('the web server’s configuration', () => {
  it('runs with nothing set: port 4005, the local gateway, demo sign-in, a session key in the data folder', () => {
    const { web, ports } = loadConfig({}, '/srv/sochung');
    expect(ports.web).toBe(4005);
    expect(web).toEqual({
      publicUrl: 'http://127.0.0.1:4005',
      gatewayUrl: 'http://127.0.0.1:4000',
      clientDir: '/srv/sochung/dist/web-client',
      sessionKeyFile: '/srv/sochung/data/keys/session.key',
      sessionMaxAgeSeconds: 8 * 3600,
      sessionIdleSeconds: 30 * 60,
      oidc: null,
      demoSignIn: true,
      staffOidc: null,
      staffDemoSignIn: true,
    });
  });

  it('follows HOST and WEB_PORT into the public URL and the callback', () => {
    const { web } = loadConfig({
      HOST: '0.0.0.0',
      WEB_PORT: '8080',
      GATEWAY_PORT: '9000',
      OIDC_ISSUER_URL: 'https://id.example.gov.vn',
      OIDC_CLIENT_ID: 'portal',
      OIDC_CLIENT_SECRET: 's3cret',
    });
    expect(web.publicUrl).toBe('http://127.0.0.1:8080');
    expect(web.gatewayUrl).toBe('http://127.0.0.1:9000');
    expect(web.oidc).toEqual({
      issuerUrl: 'https://id.example.gov.vn',
      clientId: 'portal',
      clientSecret: 's3cret',
      privateKeyFile: undefined,
      redirectUrl: 'http://127.0.0.1:8080/auth/callback',
      scope: 'openid offline_access',
      resource: undefined,
    });
    expect(web.demoSignIn).toBe(false);
  });

  it('reads the staff provider from STAFF_OIDC_*, apart from the citizens’, and turns the demo staff off beside it', () => {
    const { web } = loadConfig({
      STAFF_OIDC_ISSUER_URL: 'https://staff.example.gov.vn/',
      STAFF_OIDC_CLIENT_ID: 'console',
      STAFF_OIDC_CLIENT_SECRET: 'staff-s3cret',
    });
    expect(web.staffOidc).toEqual({
      issuerUrl: 'https://staff.example.gov.vn',
      clientId: 'console',
      clientSecret: 'staff-s3cret',
      privateKeyFile: undefined,
      redirectUrl: 'http://127.0.0.1:4005/console/auth/callback',
      scope: 'openid profile offline_access',
      resource: undefined,
    });
    expect(web.staffDemoSignIn).toBe(false);
    // The citizens' sign-in is its own: still the demo one.
    expect(web.oidc).toBeNull();
    expect(web.demoSignIn).toBe(true);
    expect(problems({ STAFF_OIDC_ISSUER_URL: 'https://staff.example.gov.vn' })).toEqual([
      'STAFF_OIDC_CLIENT_ID must be set when STAFF_OIDC_ISSUER_URL is',
      'exactly one of STAFF_OIDC_CLIENT_SECRET and STAFF_OIDC_PRIVATE_KEY_FILE must be set when STAFF_OIDC_ISSUER_URL is',
    ]);
  });

  it('takes private_key_jwt instead of a secret, and a resource indicator', () => {
    const { web } = loadConfig(
      {
        OIDC_ISSUER_URL: 'https://id.example.gov.vn',
        OIDC_CLIENT_ID: 'portal',
        OIDC_PRIVATE_KEY_FILE: 'keys/portal.jwk',
        OIDC_RESOURCE: 'urn:sochung:api',
        WEB_PUBLIC_URL: 'https://portal.example.gov.vn/',
      },
      '/srv/sochung',
    );
    expect(web.oidc).toMatchObject({
      clientSecret: undefined,
      privateKeyFile: '/srv/sochung/keys/portal.jwk',
      resource: 'urn:sochung:api',
      redirectUrl: 'https://portal.example.gov.vn/auth/callback',
    });
    expect(web.publicUrl).toBe('https://portal.example.gov.vn');
  });

  it('names what a provider lacks: a client id, exactly one way to authenticate', () => {
    expect(problems({ OIDC_ISSUER_URL: 'https://id.example.gov.vn' })).toEqual([
      'OIDC_CLIENT_ID must be set when OIDC_ISSUER_URL is',
      'exactly one of OIDC_CLIENT_SECRET and OIDC_PRIVATE_KEY_FILE must be set when OIDC_ISSUER_URL is',
    ]);
    expect(
      problems({
        OIDC_ISSUER_URL: 'https://id.example.gov.vn',
        OIDC_CLIENT_ID: 'p',
        OIDC_CLIENT_SECRET: 'x',
        OIDC_PRIVATE_KEY_FILE: 'k',
      }),
    ).toEqual(['exactly one of OIDC_CLIENT_SECRET and OIDC_PRIVATE_KEY_FILE must be set when OIDC_ISSUER_URL is']);
    expect(problems({ OIDC_CLIENT_ID: 'p' })).toEqual(['OIDC_CLIENT_ID needs OIDC_ISSUER_URL']);
  });

  it('in production: no demo sign-in, no session key made up, https for the provider', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://app@db/sochung', DEMO_DATA: 'false' };
    expect(
      problems({
        ...production,
        OIDC_ISSUER_URL: 'http://id.example.gov.vn',
        OIDC_CLIENT_ID: 'p',
        OIDC_CLIENT_SECRET: 'x',
      }),
    ).toEqual(['OIDC_ISSUER_URL must be an https URL when NODE_ENV is production']);
    const { web } = loadConfig(production, '/srv/sochung');
    expect(web.demoSignIn).toBe(false);
    expect(web.staffDemoSignIn).toBe(false);
    expect(web.oidc).toBeNull();
    expect(web.sessionKeyFile).toBe('/srv/sochung/data/keys/session.key');
  });

  it('bounds the session: an idle timeout no longer than the lifetime', () => {
    expect(problems({ SESSION_MAX_AGE_SECONDS: '600', SESSION_IDLE_SECONDS: '900' })).toEqual([
      'SESSION_IDLE_SECONDS must not exceed SESSION_MAX_AGE_SECONDS',
    ]);
    expect(problems({ SESSION_MAX_AGE_SECONDS: '10' })).toEqual([
      'SESSION_MAX_AGE_SECONDS must be a whole number from 300 to 86400 (got "10")',
    ]);
  });
});
