import { errorCatalogue } from '@app/errors';

export const GATEWAY_ERRORS = errorCatalogue('gateway', {
  RATE_LIMITED: 'More requests per minute than the agreement allows; retry after `retryAfterSeconds`.',
});
