import { Module } from '@nestjs/common';
import { KeysModule } from '../keys/keys.module';
import { CheckpointService } from './checkpoint.service';

/** The exchange's side of the access log: signed checkpoints (the subgraphs write the records). */
@Module({ imports: [KeysModule], providers: [CheckpointService], exports: [CheckpointService] })
export class AccessLogModule {}
