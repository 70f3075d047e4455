import { Module } from '@nestjs/common';
import { DataQualityResolver } from './data-quality.resolver';
import { DataQualityService } from './data-quality.service';

@Module({ providers: [DataQualityResolver, DataQualityService] })
export class DataQualityModule {}
