import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/errors';
import { currentRequestId } from '@app/observability';
import { WEB_ERROR_STATUS, type WebErrorCode } from './web.errors';

const logger = new Logger('Errors');

/**
 * What every error of the web server looks like on the wire: `{ error: { code, message } }`,
 * the shape of the gateway's and the subgraphs' REST errors too; never a stack.
 */
export interface WebErrorBody {
  error: { code: WebErrorCode; message: string; requestId?: string };
}

/**
 * Every error, as JSON with a stable code and its status. Nest's own HTTP exceptions (an unknown
 * route, a body Fastify would not parse) get the code of their status; anything else is logged
 * and answered as INTERNAL_SERVER_ERROR with the request id.
 */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = webErrorBody(exception);
    void reply.status(WEB_ERROR_STATUS[body.error.code]).header('cache-control', 'no-store').send(body);
  }
}

/** The wire body for any thrown value (also used by the Fastify-level error handler). */
export function webErrorBody(exception: unknown): WebErrorBody {
  if (exception instanceof DomainError && exception.code in WEB_ERROR_STATUS) {
    return { error: { code: exception.code as WebErrorCode, message: exception.message } };
  }
  const status =
    exception instanceof HttpException
      ? exception.getStatus()
      : ((exception as { statusCode?: unknown })?.statusCode as number | undefined);
  if (typeof status === 'number' && status < 500) {
    const code: WebErrorCode =
      status === 404
        ? 'NOT_FOUND'
        : status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : status === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : 'BAD_REQUEST';
    return {
      error: {
        code,
        message: code === 'NOT_FOUND' ? 'Không tìm thấy. / Not found.' : 'Yêu cầu không hợp lệ. / Bad request.',
      },
    };
  }
  const requestId = currentRequestId();
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return {
    error: {
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Lỗi hệ thống. / Internal server error.',
      ...(requestId ? { requestId } : {}),
    },
  };
}
