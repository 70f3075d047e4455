import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CursorCodec } from './cursor-codec';
import { loadCursorKey } from './cursor-key';

/** The cursor codec, with the configured key (created outside production when missing). */
@Global()
@Module({
  providers: [
    {
      provide: CursorCodec,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new CursorCodec(loadCursorKey(config.cursorKeyFile, { create: !config.production })),
    },
  ],
  exports: [CursorCodec],
})
export class PaginationModule {}
