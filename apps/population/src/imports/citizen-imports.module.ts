import { Module } from '@nestjs/common';
import { CitizenImportService } from './citizen-import.service';
import { CitizenImportsResolver } from './citizen-imports.resolver';

/** Citizens CSV files stewards upload in the console, imported in the background. */
@Module({ providers: [CitizenImportService, CitizenImportsResolver] })
export class CitizenImportsModule {}
