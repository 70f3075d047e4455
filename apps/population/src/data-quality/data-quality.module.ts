import { Module } from '@nestjs/common';
import { RecordsModule } from '../records';
import { DataQualityResolver } from './data-quality.resolver';
import { DataQualityService } from './data-quality.service';

/** Data-quality findings: the registry's own (at registration) and stewards'. */
@Module({ imports: [RecordsModule], providers: [DataQualityResolver, DataQualityService] })
export class DataQualityModule {}
