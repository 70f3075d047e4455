import type { Session } from '@fastify/secure-session';
import type { WebConfig } from '@app/config';
import type { DemoCitizenTokens } from '../sign-in/demo-citizen-tokens';
import type { OidcSignIn, ProviderTokens } from '../sign-in/oidc-sign-in';
import { SessionExpiredError, SessionRequiredError } from '../web.errors';
import { REFRESH_MARGIN_MS, Sessions } from './sessions';
import type { PortalSession } from './portal-session';

const NOW = Date.UTC(2026, 11, 2, 8, 0, 0);
const AN = '001085012345';

/** The cookie's session, as @fastify/secure-session hands it over, in memory. */
function memorySession(): Session & { store: Record<string, unknown> } {
  const store: Record<string, unknown> = {};
  return {
    store,
    changed: false,
    deleted: false,
    get: (key: string) => store[key],
    set: (key: string, value: unknown) => {
      if (value === undefined) delete store[key];
      else store[key] = value;
    },
    data: () => store,
    delete: () => {
      for (const key of Object.keys(store)) delete store[key];
    },
    options: () => undefined,
    touch: () => undefined,
    regenerate: () => {
      for (const key of Object.keys(store)) delete store[key];
    },
  } as unknown as Session & { store: Record<string, unknown> };
}

const config = { sessionMaxAgeSeconds: 3600, sessionIdleSeconds: 600, publicUrl: 'http://127.0.0.1:4005' } as WebConfig;

function tokens(overrides: Partial<ProviderTokens> = {}): ProviderTokens {
  return {
    subject: AN,
    name: null,
    accessToken: 'access-1',
    accessTokenExpiresAt: NOW + 300_000,
    refreshToken: 'refresh-1',
    idToken: 'id-1',
    ...overrides,
  };
}

describe('Sessions', () => {
  let refresh: jest.Mock<Promise<ProviderTokens>, [string, string]>;
  let sessions: Sessions;

  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
    refresh = jest.fn();
    const oidc = { refresh, revoke: jest.fn(), endSessionUrl: jest.fn() } as unknown as OidcSignIn;
    const demo = {
      mint: (pid: string) => tokens({ subject: pid, accessToken: 'demo-2', refreshToken: null }),
    } as unknown as DemoCitizenTokens;
    sessions = new Sessions(config, oidc, demo);
  });

  afterEach(() => jest.useRealTimers());

  it('no session: SESSION_REQUIRED', async () => {
    await expect(sessions.accessToken(memorySession())).rejects.toBeInstanceOf(SessionRequiredError);
  });

  it('forwards the access token while it is fresh, without renewing it', async () => {
    const session = memorySession();
    sessions.signIn(session, tokens(), false);
    await expect(sessions.accessToken(session)).resolves.toBe('access-1');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('ends a session idle longer than the idle timeout, even with a fresh token', async () => {
    const session = memorySession();
    sessions.signIn(session, tokens({ accessTokenExpiresAt: NOW + 3_600_000 }), false);
    jest.setSystemTime(NOW + 599_000);
    await expect(sessions.accessToken(session)).resolves.toBe('access-1');
    jest.setSystemTime(NOW + 599_000 + 600_000);
    await expect(sessions.accessToken(session)).rejects.toBeInstanceOf(SessionExpiredError);
    expect(session.store).toEqual({});
  });

  it('ends a session past its lifetime, however busy', async () => {
    const session = memorySession();
    sessions.signIn(session, tokens({ accessTokenExpiresAt: NOW + 7_200_000 }), false);
    for (let minute = 5; minute < 60; minute += 5) {
      jest.setSystemTime(NOW + minute * 60_000);
      await expect(sessions.accessToken(session)).resolves.toBe('access-1');
    }
    jest.setSystemTime(NOW + 3_600_000);
    await expect(sessions.accessToken(session)).rejects.toBeInstanceOf(SessionExpiredError);
  });

  it('renews a token near expiry with the refresh token, once for concurrent requests', async () => {
    const session = memorySession();
    sessions.signIn(session, tokens({ accessTokenExpiresAt: NOW + REFRESH_MARGIN_MS - 1 }), false);
    refresh.mockResolvedValue(
      tokens({ accessToken: 'access-2', refreshToken: 'refresh-2', accessTokenExpiresAt: NOW + 300_000 }),
    );
    const [first, second] = await Promise.all([sessions.accessToken(session), sessions.accessToken(session)]);
    expect([first, second]).toEqual(['access-2', 'access-2']);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith('refresh-1', AN);
    expect((session.store.portal as PortalSession).refreshToken).toBe('refresh-2');
  });

  it('ends the session when renewal fails, or when there is nothing to renew with', async () => {
    const session = memorySession();
    sessions.signIn(session, tokens({ accessTokenExpiresAt: NOW + 1000 }), false);
    refresh.mockRejectedValue(new Error('invalid_grant'));
    await expect(sessions.accessToken(session)).rejects.toBeInstanceOf(SessionExpiredError);
    expect(session.store).toEqual({});
    const withoutRefresh = memorySession();
    sessions.signIn(withoutRefresh, tokens({ accessTokenExpiresAt: NOW + 1000, refreshToken: null }), false);
    await expect(sessions.accessToken(withoutRefresh)).rejects.toBeInstanceOf(SessionExpiredError);
  });

  it('a demo session is renewed with a new demo token', async () => {
    const session = memorySession();
    sessions.signIn(session, tokens({ accessTokenExpiresAt: NOW + 1000, refreshToken: null }), true);
    await expect(sessions.accessToken(session)).resolves.toBe('demo-2');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('a new sign-in keeps nothing of the session before it', () => {
    const session = memorySession();
    session.set('pending', { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/', startedAt: NOW });
    sessions.signIn(session, tokens(), false);
    expect(Object.keys(session.store)).toEqual(['portal']);
  });
});
