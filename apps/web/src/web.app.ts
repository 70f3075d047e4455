import secureSession from '@fastify/secure-session';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError } from 'fastify';
import type { AppConfig } from '@app/config';
import type { AppDefinition } from '@app/server';
import { securityHeaders } from './security-headers';
import { loadSessionKey } from './session/session-key';
import { WEB_ERROR_STATUS } from './web.errors';
import { webErrorBody } from './web-error.filter';
import { WebModule } from './web.module';

/** The session cookie's name: `__Host-` over https (no Domain, Path=/, Secure: no subdomain can set it). */
export function sessionCookieName(https: boolean): string {
  return https ? '__Host-sochung-session' : 'sochung-session';
}

/** The web server of the citizen portal and the staff console: pages, sessions, sign-in, GraphQL forwarded to the gateway. */
export const webApp: AppDefinition = {
  name: 'web',
  module: (config: AppConfig) => WebModule.forRoot(config),
  configure: async (app: INestApplication, config: AppConfig) => {
    const https = new URL(config.web.publicUrl).protocol === 'https:';
    if (config.production && !https) {
      throw new Error(`WEB_PUBLIC_URL must be an https URL in production (got ${config.web.publicUrl})`);
    }
    const fastify = app as NestFastifyApplication;
    const key = loadSessionKey(config.web.sessionKeyFile, { create: !config.production });
    await fastify.register(secureSession, {
      key,
      cookieName: sessionCookieName(https),
      // The cookie's own expiry; the session's lifetime and idle timeout are enforced inside it (Sessions).
      expiry: config.web.sessionMaxAgeSeconds,
      cookie: {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: https,
        maxAge: config.web.sessionMaxAgeSeconds,
      },
    });
    const headers = securityHeaders({
      https,
      // The citizens' and the staff's providers: a sign-in page may be sent to either.
      formTargets: [
        ...new Set(
          [config.web.oidc, config.web.staffOidc].flatMap((provider) =>
            provider ? [new URL(provider.issuerUrl).origin] : [],
          ),
        ),
      ],
    });
    const instance = fastify.getHttpAdapter().getInstance();
    instance.addHook('onSend', async (_request, reply, payload) => {
      for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
      return payload;
    });
    // Errors Fastify raises before a route runs (a body it will not parse, one too large).
    instance.setErrorHandler((error: FastifyError, _request, reply) => {
      const body = webErrorBody(error);
      void reply.status(WEB_ERROR_STATUS[body.error.code]).header('cache-control', 'no-store').send(body);
    });
  },
};
