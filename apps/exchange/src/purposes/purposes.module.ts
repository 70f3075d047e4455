import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PurposeEntity } from '@app/access';
import { PurposesResolver } from './purposes.resolver';
import { PurposesService } from './purposes.service';

@Module({
  imports: [TypeOrmModule.forFeature([PurposeEntity])],
  providers: [PurposesResolver, PurposesService],
})
export class PurposesModule {}
