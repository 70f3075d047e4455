import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KeysModule } from '../keys/keys.module';
import { ConsentReceiptEntity } from './consent-receipt.entity';
import { ConsentRequestEntity } from './consent-request.entity';
import { ConsentEntity } from '@app/access';
import { ConsentReceiptsService } from './consent-receipts.service';
import { ConsentRequestsService } from './consent-requests.service';
import { ConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Module({
  imports: [TypeOrmModule.forFeature([ConsentRequestEntity, ConsentEntity, ConsentReceiptEntity]), KeysModule],
  providers: [ConsentsResolver, ConsentRequestsService, ConsentsService, ConsentReceiptsService],
})
export class ConsentsModule {}
