import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { LogLevelSetting } from '@app/config';
import { currentRequestId } from './request-context';

const ORDER: LogLevelSetting[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's console logger with the current request id on every line. */
export class ContextLogger extends ConsoleLogger {
  constructor(appName: string, level: LogLevelSetting, format: 'text' | 'json') {
    super({
      prefix: appName,
      json: format === 'json',
      colors: false,
      logLevels: ORDER.slice(0, ORDER.indexOf(level) + 1) as LogLevel[],
    });
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
