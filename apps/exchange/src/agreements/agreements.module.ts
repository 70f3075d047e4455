import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementChangesService } from './agreement-changes.service';
import { AgreementEntity } from '@app/access';
import { AgreementsResolver } from './agreements.resolver';
import { AgreementsService } from './agreements.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgreementEntity])],
  providers: [AgreementsResolver, AgreementsService, AgreementChangesService],
})
export class AgreementsModule {}
