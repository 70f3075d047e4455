import { ConsoleLogger } from '@nestjs/common';
import type { LogLevelSetting } from '@app/config';
import { currentRequestId } from './request-context';

const ORDER: LogLevelSetting[] = ['error', 'warn', 'log', 'debug', 'verbose'];

// Nest's start-up chatter (a line per module and route) is for debugging, not for operators.
const START_UP_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/** Nest's console logger with the current request id on every line. */
export class ContextLogger extends ConsoleLogger {
  constructor(appName: string, level: LogLevelSetting, format: 'text' | 'json') {
    super({
      prefix: appName,
      json: format === 'json',
      colors: false,
      logLevels: ORDER.slice(0, ORDER.indexOf(level) + 1),
    });
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) super.debug(message, ...rest);
    else super.log(message, ...rest);
  }

  protected override formatContext(context: string): string {
    const requestId = currentRequestId();
    return super.formatContext(context) + (requestId ? `[req ${requestId}] ` : '');
  }

  protected override getJsonLogObject(
    message: unknown,
    options: Parameters<ConsoleLogger['getJsonLogObject']>[1],
  ): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const requestId = currentRequestId();
    const object = super.getJsonLogObject(message, options);
    return requestId ? { ...object, requestId } : object;
  }
}
