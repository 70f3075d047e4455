import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecordsModule } from '../records';
import { ChangeRequestEntity } from './change-request.entity';
import { ChangeRequestsResolver } from './change-requests.resolver';
import { ChangeRequestsService } from './change-requests.service';

/** Sensitive changes a second steward approves: identity corrections, vital status, merges. */
@Module({
  imports: [RecordsModule, TypeOrmModule.forFeature([ChangeRequestEntity])],
  providers: [ChangeRequestsResolver, ChangeRequestsService],
})
export class ChangeRequestsModule {}
