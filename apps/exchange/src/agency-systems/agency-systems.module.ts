import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencySystemEntity } from '@app/access';
import { AgencySystemsResolver } from './agency-systems.resolver';
import { AgencySystemsService } from './agency-systems.service';
import { SystemKeyEntity } from './system-key.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AgencySystemEntity, SystemKeyEntity])],
  providers: [AgencySystemsResolver, AgencySystemsService],
})
export class AgencySystemsModule {}
