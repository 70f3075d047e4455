import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizenEntity } from './citizen.entity';
import { CitizensResolver } from './citizens.resolver';
import { CitizensService } from './citizens.service';

@Module({
  imports: [TypeOrmModule.forFeature([CitizenEntity])],
  providers: [CitizensResolver, CitizensService],
})
export class CitizensModule {}
