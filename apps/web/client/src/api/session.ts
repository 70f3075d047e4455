import { callServer } from './http';

/** What the portal's server says of this browser's session (GET /api/session). */
export type Session =
  | { signedIn: false; signIn: { demo: boolean; identityProvider: boolean } }
  | { signedIn: true; personalIdNumber: string; demo: boolean; expiresAt: string };

export interface DemoCitizen {
  personalIdNumber: string;
  fullName: string;
}

export const getSession = () => callServer<Session>('/api/session');

export const listDemoCitizens = async () =>
  (await callServer<{ citizens: DemoCitizen[] }>('/api/demo-citizens')).citizens;

export const demoSignIn = (personalIdNumber: string) =>
  callServer<void>('/api/demo-sign-in', { method: 'POST', body: { personalIdNumber } });

/** Ends the session here; the provider's own sign-out page, if it has one, is returned to visit. */
export const signOut = async () =>
  (await callServer<{ endSessionUrl: string | null }>('/api/sign-out', { method: 'POST', body: {} })).endSessionUrl;

/** The identity provider's sign-in starts with a full page visit, not a fetch (redirects). */
export const identityProviderSignInUrl = (returnTo: string) => `/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
