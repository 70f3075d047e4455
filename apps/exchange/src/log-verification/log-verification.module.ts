import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LogVerificationRunEntity } from './log-verification-run.entity';
import { LogVerificationRunsResolver } from './log-verification-runs.resolver';
import { LogVerificationRunsService } from './log-verification-runs.service';

/** verify-log's runs, as the tool recorded them, for the auditors' log page. */
@Module({
  imports: [TypeOrmModule.forFeature([LogVerificationRunEntity])],
  providers: [LogVerificationRunsResolver, LogVerificationRunsService],
})
export class LogVerificationModule {}
