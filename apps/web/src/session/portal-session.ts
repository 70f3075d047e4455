import type {} from '@fastify/secure-session';

/** The tokens a session forwards and renews. */
export interface SessionTokens {
  accessToken: string;
  /** When the access token expires (ms since the epoch). */
  accessTokenExpiresAt: number;
  refreshToken: string | null;
  /** The provider's ID token, kept as the id_token_hint of its sign-out. */
  idToken: string | null;
}

/** What every signed-in session holds besides its subject: its tokens, how it began, its clock. */
export interface TokenSession extends SessionTokens {
  /** Signed in through the development demo sign-in, not an identity provider. */
  demo: boolean;
  signedInAt: number;
  lastSeenAt: number;
}

/** What a signed-in citizen's session cookie holds (encrypted; the browser cannot read it). */
export interface PortalSession extends TokenSession {
  personalIdNumber: string;
}

/** The staff member a console session is for, as the staff token names them (display and navigation only). */
export interface StaffMember {
  kind: 'steward' | 'admin' | 'auditor';
  id: string;
  registry: 'population' | 'business' | null;
  name: string | null;
}

/** What a signed-in staff member's session holds (its own slot of the same cookie). */
export interface StaffSession extends TokenSession {
  staff: StaffMember;
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
    staff: StaffSession;
    pending: PendingSignIn;
    staffPending: PendingSignIn;
  }
}
