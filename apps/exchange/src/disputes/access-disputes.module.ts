import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessDisputeVersionEntity } from './access-dispute-version.entity';
import { AccessDisputeEntity } from './access-dispute.entity';
import { AccessDisputesResolver } from './access-disputes.resolver';
import { AccessDisputesService } from './access-disputes.service';

/** Citizens' disputes of entries in their access log, and the auditors' answers. */
@Module({
  imports: [TypeOrmModule.forFeature([AccessDisputeEntity, AccessDisputeVersionEntity])],
  providers: [AccessDisputesResolver, AccessDisputesService],
})
export class AccessDisputesModule {}
