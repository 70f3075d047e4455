import { Module } from '@nestjs/common';
import { RecordsModule } from '../records';
import { CitizenSearchResolver } from './citizen-search.resolver';
import { CitizenSearchService } from './citizen-search.service';

/** Stewards' name search. */
@Module({ imports: [RecordsModule], providers: [CitizenSearchResolver, CitizenSearchService] })
export class SearchModule {}
