import { errorCatalogue } from '@app/errors';

export const WEB_ERRORS = errorCatalogue('web', {
  SESSION_REQUIRED: 'Sign in first: no session.',
  SESSION_EXPIRED: 'The session ended; sign in again.',
  SIGN_IN_FAILED: 'The identity provider did not sign the person in (refused, cancelled, or a bad answer).',
  IDENTITY_PROVIDER_UNAVAILABLE: 'The identity provider does not answer.',
  GATEWAY_UNAVAILABLE: 'The gateway does not answer.',
  ORIGIN_REFUSED: 'A state-changing request from another origin.',
  UNSUPPORTED_MEDIA_TYPE: 'A body that is not JSON.',
  CLIENT_NOT_BUILT: 'The pages are not built (npm run build).',
  UNKNOWN_DEMO_CITIZEN: 'Not one of the demo citizens (demo sign-in, outside production).',
  UNKNOWN_DEMO_STAFF: 'Not one of the demo staff (demo sign-in, outside production).',
});
