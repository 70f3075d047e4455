import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesResolver } from './agencies.resolver';
import { AgenciesService } from './agencies.service';
import { AgencyEntity } from '@app/access';

@Module({
  imports: [TypeOrmModule.forFeature([AgencyEntity])],
  providers: [AgenciesResolver, AgenciesService],
})
export class AgenciesModule {}
