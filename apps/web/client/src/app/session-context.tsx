import { createContext, useContext } from 'react';
import type { Session } from '../api/session';

export type SignedInSession = Extract<Session, { signedIn: true }>;

const SessionContext = createContext<SignedInSession | null>(null);

/** The signed-in citizen's session, given by the frame to every signed-in page. */
export const SessionProvider = SessionContext.Provider;

/** The session of the citizen the page is for; only signed-in pages are rendered inside the provider. */
export function useSession(): SignedInSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is for pages shown to a signed-in citizen');
  return session;
}
