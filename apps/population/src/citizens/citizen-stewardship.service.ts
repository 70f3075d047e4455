import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StewardPrincipal } from '@app/auth';
import { searchKey } from '@app/identifiers';
import { recordCitizenVersion } from './citizen-snapshot';
import { CitizenEntity } from './citizen.entity';
import {
  CitizenAlreadyRegisteredError,
  CitizenNotFoundError,
  NoChangeError,
  StaleVersionError,
} from './citizen.errors';
import type { CitizenDetailsInput } from './dto/citizen-details.input';
import type { CorrectCitizenInput } from './dto/correct-citizen.input';
import type { RegisterCitizenInput } from './dto/register-citizen.input';
import { checkPartialDate } from './partial-date';

const UNIQUE_VIOLATION = '23505';

/**
 * Stewards' changes to the population registry. Each change writes the record and its new
 * version in one transaction; an edit names the version it was based on and is refused if
 * the record has moved on, checked by the UPDATE itself so that it holds under concurrency.
 */
@Injectable()
export class CitizenStewardshipService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(steward: StewardPrincipal, input: RegisterCitizenInput): Promise<CitizenEntity> {
    checkPartialDate('birthDate', input.birthDate);
    const middleName = input.middleName ?? '';
    const values = {
      personalIdNumber: input.personalIdNumber,
      familyName: input.familyName,
      middleName,
      givenName: input.givenName,
      searchName: searchKey(`${input.familyName} ${middleName} ${input.givenName}`),
      sex: input.sex,
      birthYear: input.birthDate.year,
      birthMonth: input.birthDate.month ?? null,
      birthDay: input.birthDate.day ?? null,
      nationality: 'VN',
      ...detailColumns(input),
    };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(CitizenEntity, values);
        const citizen = await manager.findOneByOrFail(CitizenEntity, { id: identifiers[0].id as string });
        await recordCitizenVersion(manager, citizen.id, {
          kind: 'register',
          reason: input.reason,
          changedBy: steward.stewardId,
        });
        return citizen;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION)
        throw new CitizenAlreadyRegisteredError(input.personalIdNumber);
      throw error;
    }
  }

  async correct(steward: StewardPrincipal, input: CorrectCitizenInput): Promise<CitizenEntity> {
    const changes = detailColumns(input.changes);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(CitizenEntity, { personalIdNumber: input.personalIdNumber });
      if (!current) throw new CitizenNotFoundError(input.personalIdNumber);
      if (current.version !== input.expectedVersion)
        throw new StaleVersionError(input.expectedVersion, current.version);
      const changed = Object.entries(changes).filter(([key, value]) => current[key as keyof CitizenEntity] !== value);
      if (changed.length === 0) throw new NoChangeError();
      // The version check is in the UPDATE: of two edits based on the same version, the
      // second waits for the first's row lock, re-reads the row, matches nothing, and fails.
      const result = await manager
        .createQueryBuilder()
        .update(CitizenEntity)
        .set(Object.fromEntries(changed))
        .where('id = :id AND version = :version', { id: current.id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) {
        const latest = await manager.findOneByOrFail(CitizenEntity, { id: current.id });
        throw new StaleVersionError(input.expectedVersion, latest.version);
      }
      const citizen = await manager.findOneByOrFail(CitizenEntity, { id: current.id });
      await recordCitizenVersion(manager, citizen.id, {
        kind: 'correct',
        reason: input.reason,
        changedBy: steward.stewardId,
      });
      return citizen;
    });
  }
}

/** The columns a details input sets: omitted fields are left out, null ones cleared. */
function detailColumns(input: CitizenDetailsInput): Partial<CitizenEntity> {
  const columns: Partial<CitizenEntity> = {};
  const set = <K extends keyof CitizenEntity>(key: K, value: CitizenEntity[K] | undefined) => {
    if (value !== undefined) columns[key] = value;
  };
  set('placeOfBirth', input.placeOfBirth);
  set('ethnicityCode', input.ethnicityCode);
  set('religion', input.religion);
  if (input.nationality !== undefined) columns.nationality = input.nationality ?? 'VN';
  set('maritalStatus', input.maritalStatus);
  if (input.permanentResidence !== undefined) {
    columns.permanentProvinceCode = input.permanentResidence?.provinceCode ?? null;
    columns.permanentAddress = input.permanentResidence?.address ?? null;
  }
  set('phone', input.phone);
  set('email', input.email?.toLowerCase() ?? input.email);
  return columns;
}
