import { callServer } from '../../api/http';

export type StaffKind = 'steward' | 'admin' | 'auditor';
export type Registry = 'population' | 'business';

/** Who is signed in to the console, as the web server read it from the staff token (display only). */
export interface StaffMember {
  kind: StaffKind;
  id: string;
  /** The registry a steward curates; null for administrators and auditors. */
  registry: Registry | null;
  name: string | null;
}

/** What the web server says of this browser's staff session (GET /console/api/session). */
export type StaffSession =
  | { signedIn: false; signIn: { demo: boolean; identityProvider: boolean } }
  | { signedIn: true; staff: StaffMember; demo: boolean; expiresAt: string };

export const getStaffSession = () => callServer<StaffSession>('/console/api/session');

export const listDemoStaff = async () => (await callServer<{ staff: StaffMember[] }>('/console/api/demo-staff')).staff;

export const demoStaffSignIn = (id: string) =>
  callServer<void>('/console/api/demo-sign-in', { method: 'POST', body: { id } });

/** Ends the staff session; the staff provider's sign-out page, if it has one, is returned to visit. */
export const staffSignOut = async () =>
  (await callServer<{ endSessionUrl: string | null }>('/console/api/sign-out', { method: 'POST', body: {} }))
    .endSessionUrl;

/** The staff identity provider's sign-in starts with a full page visit (redirects). */
export const staffProviderSignInUrl = (returnTo: string) =>
  `/console/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
