import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KeysModule } from '../keys/keys.module';
import { AccessDisputeReceipts } from './access-dispute-receipts.service';
import { AccessDisputeVersionEntity } from './access-dispute-version.entity';
import { AccessDisputeEntity } from './access-dispute.entity';
import { AccessDisputesResolver } from './access-disputes.resolver';
import { AccessDisputesService } from './access-disputes.service';

/** Citizens' disputes of entries in their access log, and the auditors' answers. */
@Module({
  imports: [TypeOrmModule.forFeature([AccessDisputeEntity, AccessDisputeVersionEntity]), KeysModule],
  providers: [AccessDisputesResolver, AccessDisputesService, AccessDisputeReceipts],
})
export class AccessDisputesModule {}
