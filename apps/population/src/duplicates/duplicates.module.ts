import { Module } from '@nestjs/common';
import { CitizenDuplicatesService } from './citizen-duplicates.service';
import { DuplicatesResolver } from './duplicates.resolver';

/** Pairs of records that may be one person, for stewards to merge through a change request. */
@Module({ providers: [DuplicatesResolver, CitizenDuplicatesService] })
export class DuplicatesModule {}
