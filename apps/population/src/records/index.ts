/**
 * What the other features of the population subgraph (change requests, duplicates, search, data
 * quality, imports) may use of the records: lint holds them to this file.
 */
export { recordCitizenVersion } from './citizen-snapshot';
export { CitizenVersionEntity } from './citizen-version.entity';
export { applyCitizenChange } from './citizen-writer';
export { CitizenEntity } from './citizen.entity';
export { CitizenNotFoundError, InvalidDateError } from './citizen.errors';
export { Citizen, SexValue, VitalStatusValue } from './citizen.model';
export { PartialDateInput } from './dto/partial-date.input';
export { RegisterCitizenInput } from './dto/register-citizen.input';
export { identityColumns } from './identity-columns';
export { checkPartialDate } from './partial-date';
export { RecordsModule } from './records.module';
export { RegistrationChecks, type RegistrationCheck } from './registration-checks';
