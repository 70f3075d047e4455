import type {} from '@fastify/secure-session';

/** What a signed-in citizen's session cookie holds (encrypted; the browser cannot read it). */
export interface PortalSession {
  personalIdNumber: string;
  /** Signed in through the development demo sign-in, not an identity provider. */
  demo: boolean;
  accessToken: string;
  /** When the access token expires (ms since the epoch). */
  accessTokenExpiresAt: number;
  refreshToken: string | null;
  /** The provider's ID token, kept as the id_token_hint of its sign-out. */
  idToken: string | null;
  signedInAt: number;
  lastSeenAt: number;
}

/** A sign-in under way: what the callback must find again (RFC 9700: state, PKCE, nonce). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  startedAt: number;
}

declare module '@fastify/secure-session' {
  interface SessionData {
    portal: PortalSession;
    pending: PendingSignIn;
  }
}
