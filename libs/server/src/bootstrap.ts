import { Logger, type INestApplication, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo, Server } from 'node:net';
import type { AbstractHttpAdapter } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { ConfigError, loadConfig, type AppConfig, type AppName } from '@app/config';
import { ContextLogger, requestIdMiddleware } from '@app/observability';

/** The largest request body any app accepts; GraphQL queries and variables are far smaller. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export interface AppDefinition {
  name: AppName;
  /** The root module, built from the validated configuration. */
  module: (config: AppConfig) => unknown;
  /** Fastify plugins and hooks the app needs before its routes are served (the web server's sessions, headers). */
  configure?: (app: INestApplication, config: AppConfig) => Promise<void>;
}

/**
 * Creates an app the way every deployable process does (logger, request ids, shutdown
 * hooks) without listening. Tests and benchmarks call this; `runApp` adds the listening.
 */
export async function createApp(
  definition: AppDefinition,
  config: AppConfig,
  options: { httpAdapter?: AbstractHttpAdapter; logger?: LoggerService | false } = {},
): Promise<INestApplication> {
  const logger = options.logger ?? new ContextLogger(definition.name, config.logLevel, config.logFormat);
  const module = definition.module(config);
  // Fastify: 1.2–1.5x Express's throughput for our GraphQL apps (npm run bench, issue note #2).
  const adapter = options.httpAdapter ?? new FastifyAdapter({ bodyLimit: MAX_REQUEST_BYTES });
  const app = await NestFactory.create(module as never, adapter, { logger, abortOnError: false });
  app.use(requestIdMiddleware({ trustGatewayWith: definition.name === 'gateway' ? null : config.requestIdSecret }));
  if (config.requestIdSecret === null) {
    new Logger('Bootstrap').warn(
      'REQUEST_ID_SECRET is not set: subgraphs take no request id from the gateway and make their own, so the access log and the gateway name a request differently',
    );
  }
  app.enableShutdownHooks();
  await definition.configure?.(app, config);
  return app;
}

/**
 * The `main` of every app: validate configuration, create, listen, say where. Any failure
 * is one readable line on stderr and exit code 1, so the launcher can say which app failed.
 */
export async function runApp(definition: AppDefinition): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new Logger('Bootstrap');
  let app: INestApplication | undefined;
  // Under a supervisor (npm start, the tests), do not outlive it: a supervisor that dies,
  // even by SIGKILL, closes the IPC channel. Installed first, so it holds during start-up too.
  process.once('disconnect', () => {
    logger.warn('supervisor gone: shutting down');
    void (app ? app.close() : Promise.resolve()).finally(() => process.exit(0));
  });
  try {
    app = await createApp(definition, config);
    await app.listen(config.ports[definition.name], config.host);
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    const url = `http://${config.host}:${port}`;
    logger.log(`${definition.name} listening at ${url}/graphql`);
    // Under a supervisor, say where we are: the port may have been 0.
    if (process.connected) process.send?.({ type: 'listening', app: definition.name, url });
  } catch (error) {
    logger.error(`${definition.name} could not start: ${describeStartupFailure(error)}`);
    process.exit(1);
  }
}

/** A start-up failure in words an operator can act on. */
export function describeStartupFailure(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (err?.code === 'EADDRINUSE') return `port ${err.port} is already in use`;
  if (err?.code === 'ECONNREFUSED') {
    return `no database answers at ${err.address}:${err.port} (start the embedded database with npm start, or set DATABASE_URL)`;
  }
  return err instanceof Error ? err.message : String(error);
}
