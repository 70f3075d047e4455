/**
 * One module's error codes, each with what it tells the caller: the one place the module
 * declares them. README's "Error codes" section is generated from every catalogue, and
 * test/error-catalogue.e2e-spec.ts fails when a module raises a code no catalogue declares,
 * declares one it never raises, or the README drifts.
 */
export interface ErrorCatalogue<C extends string = string> {
  /** The module, as the README names it: `population`, `libs/auth`, … */
  module: string;
  codes: Readonly<Record<C, string>>;
}

export function errorCatalogue<const C extends string>(module: string, codes: Record<C, string>): ErrorCatalogue<C> {
  return { module, codes };
}

/** Codes any app may answer with. */
export const COMMON_ERRORS = errorCatalogue('common (libs/errors)', {
  BAD_USER_INPUT: 'An argument or input field is malformed; `field` names it.',
  INTERNAL_SERVER_ERROR: 'Something failed on our side; the message says no more, the request id finds the log line.',
  SERVICE_UNAVAILABLE: 'A database or subgraph the request needs is not answering; try again (Retry-After).',
  STALE_VERSION:
    'The edit was based on a version that is no longer the newest; nothing was written (`expectedVersion`, `currentVersion`).',
  NO_CHANGE: 'The correction or amendment would change nothing.',
  SELF_APPROVAL_FORBIDDEN: 'The person who proposed a change may not approve it (four eyes).',
  NOT_FOUND: 'No such REST resource.',
  BAD_REQUEST: 'The HTTP request is malformed (its body, its JSON, its size).',
});
