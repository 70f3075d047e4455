import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestWithHeaders } from '@app/auth';
import { CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER } from '@app/observability';
import type { PolicyContext } from '@app/policy';
import type { AccessLogWriter } from './log/access-log-writer';
import { recordsOfRequest } from './log/records-of-request';

const logger = new Logger('AccessLog');

/** The code a caller gets when the read could not be recorded: no data leaves unrecorded. */
export const ACCESS_LOG_UNAVAILABLE = 'ACCESS_LOG_UNAVAILABLE';

/**
 * Durable first, then the answer: once a response is complete and before it is sent, its
 * access records are written (group-committed with other requests'); if they cannot be, the
 * response is replaced by an error and carries no data (fail closed).
 */
export function accessLogPlugin(
  writer: AccessLogWriter,
  recordedBy: string,
): ApolloServerPlugin<{ req: RequestWithHeaders } & PolicyContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: async ({ contextValue, response }) => {
          const access = contextValue.access;
          if (!access) return;
          const principal = await access.principal().catch(() => null);
          // The registry's id and the caller's, as the request-id middleware left them.
          const header = contextValue.req.headers[REQUEST_ID_HEADER];
          const requestId = typeof header === 'string' ? header : 'unknown';
          const client = contextValue.req.headers[CLIENT_REQUEST_ID_HEADER];
          const clientRequestId = typeof client === 'string' ? client : null;
          const records = recordsOfRequest(access, principal, { requestId, clientRequestId }, recordedBy);
          try {
            await writer.write(records);
          } catch (error) {
            logger.error(`request ${requestId}: ${(error as Error).message}; the response is withheld`);
            if (response.body.kind !== 'single') return;
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: `The read could not be recorded in the access log, so nothing is released; try again shortly (request id ${requestId})`,
                  extensions: { code: ACCESS_LOG_UNAVAILABLE, requestId },
                },
              ],
            };
          }
        },
      }),
  };
}
