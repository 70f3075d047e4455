/**
 * What went wrong with a call to the portal's server, by a stable code: the server's own
 * (SESSION_REQUIRED, SESSION_EXPIRED, GATEWAY_UNAVAILABLE, …), a GraphQL error's extensions.code
 * (FORBIDDEN, CONSENT_NOT_ACTIVE, …), or NETWORK when no answer came at all. Pages choose the
 * citizen's message by the code, never by the English message.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get sessionEnded(): boolean {
    return this.code === 'SESSION_REQUIRED' || this.code === 'SESSION_EXPIRED';
  }
}

/** Fired on window when any call finds the session gone, so the frame can say so once. */
export const SESSION_ENDED_EVENT = 'sochung:session-ended';
