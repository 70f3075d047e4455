import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AccessLogWriter } from './log/access-log-writer';

/** The access log's writer for an app: one group-commit queue per process. */
@Global()
@Module({
  providers: [
    {
      provide: AccessLogWriter,
      inject: [getDataSourceToken(), APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => new AccessLogWriter(dataSource, config.accessLog),
    },
  ],
  exports: [AccessLogWriter],
})
export class AuditModule {}
