import { Module } from '@nestjs/common';
import { KeysModule } from '../keys/keys.module';
import { AccessLogQueriesService } from './access-log-queries.service';
import { AccessLogReportResolver } from './access-log-report.resolver';
import { AccessLogResolver } from './access-log.resolver';
import { CheckpointService } from './checkpoint.service';

/**
 * The exchange's side of the access log (the subgraphs write the records): signed
 * checkpoints, the citizen's tracker, and the auditors' counts and listings.
 */
@Module({
  imports: [KeysModule],
  providers: [CheckpointService, AccessLogQueriesService, AccessLogResolver, AccessLogReportResolver],
  exports: [CheckpointService],
})
export class AccessLogModule {}
