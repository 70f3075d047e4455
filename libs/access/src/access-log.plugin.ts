import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestWithHeaders } from '@app/auth';
import { CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER } from '@app/observability';
import type { LostRelease, PolicyContext } from './policy';
import { CommitRefusedError, type AccessLogWriter, type CommitEffect } from './log/access-log-writer';
import { recordsOfRequest } from './log/records-of-request';

const logger = new Logger('AccessLog');

/** The code a caller gets when the read could not be recorded: no data leaves unrecorded. */
export const ACCESS_LOG_UNAVAILABLE = 'ACCESS_LOG_UNAVAILABLE';

/**
 * Durable first, then the answer: once a response is complete and before it is sent, its
 * access records are written (group-committed with other requests'), and in the same
 * transaction the consents they cite are used and the agreements' daily records counted; if
 * the records cannot be written, the response is replaced by an error and carries no data (fail
 * closed), and no consent is used. If a consent or an agreement's day was used up by another
 * read meanwhile, the response carries no data either: FORBIDDEN with the reason, per field
 * lost, and the log records the refusal.
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
          const work = access.commitWork();
          const effect: CommitEffect | undefined = work ? (manager) => work(manager) : undefined;
          try {
            await writer.write(records, effect);
          } catch (error) {
            if (error instanceof CommitRefusedError && response.body.kind === 'single') {
              const lost = error.refusal as LostRelease[];
              access.withdraw(lost);
              await writer
                .write(recordsOfRequest(access, principal, { requestId, clientRequestId }, recordedBy))
                .catch((failure: Error) =>
                  logger.error(`request ${requestId}: refusals not recorded: ${failure.message}`),
                );
              response.body.singleResult = { data: null, errors: lost.map((release) => lostError(release, requestId)) };
              return;
            }
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

/** The error a caller gets for a release that could not commit: as a withheld field's, for the whole response. */
function lostError(release: LostRelease, requestId: string) {
  return {
    message: `Nothing is released: ${release.category} of this ${release.subject.kind}: ${release.message}`,
    extensions: {
      code: 'FORBIDDEN',
      reason: release.reason,
      category: release.category,
      ...(release.purpose ? { purpose: release.purpose } : {}),
      subjectKind: release.subject.kind,
      requestId,
    },
  };
}
