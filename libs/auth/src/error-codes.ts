import { errorCatalogue } from '@app/errors';

export const AUTH_ERRORS = errorCatalogue('libs/auth', {
  UNAUTHENTICATED:
    'No token, or one that does not verify (signature, issuer, audience, lifetime); `reason` says which.',
  FORBIDDEN:
    'The caller may not do this: `reason` says why (CALLER_KIND_NOT_ALLOWED, NOT_A_STEWARD_OF_THIS_REGISTRY, NOT_YOUR_RECORD, …).',
});
