import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StewardPrincipal } from '@app/auth';
import { InvalidInputError } from '@app/errors';
import { checkCalendarDate } from '@app/validation';
import { recordCitizenVersion } from './citizen-snapshot';
import { CitizenEntity } from './citizen.entity';
import { CitizenAlreadyRegisteredError, CitizenNotFoundError } from './citizen.errors';
import { applyCitizenChange } from './citizen-writer';
import { identityColumns } from './identity-columns';
import type { CitizenDetailsInput } from './dto/citizen-details.input';
import type { CorrectCitizenInput } from './dto/correct-citizen.input';
import type { RegisterCitizenInput } from './dto/register-citizen.input';
import { checkPartialDate } from './partial-date';
import { RegistrationChecks } from './registration-checks';

const UNIQUE_VIOLATION = '23505';

/**
 * Stewards' changes to the population registry that take effect at once: registration and
 * corrections of details. Each writes the record and its new version in one transaction.
 * Sensitive changes go through ChangeRequestsService instead.
 */
@Injectable()
export class CitizenStewardshipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registrationChecks: RegistrationChecks,
  ) {}

  async register(steward: StewardPrincipal, input: RegisterCitizenInput): Promise<CitizenEntity> {
    checkPartialDate('birthDate', input.birthDate);
    checkDetails(input, input.personalIdNumber);
    const values = {
      ...identityColumns(input),
      nationality: 'VN',
      oldIdNumber: input.oldIdNumber ?? null,
      ...detailColumns(input),
    };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(CitizenEntity, values);
        const citizen = await manager.findOneByOrFail(CitizenEntity, { id: identifiers[0].id as string });
        await this.registrationChecks.run(manager, citizen);
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
    checkDetails(input.changes, input.personalIdNumber);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(CitizenEntity, { personalIdNumber: input.personalIdNumber });
      if (!current || current.mergedIntoId) throw new CitizenNotFoundError(input.personalIdNumber);
      return applyCitizenChange(manager, current, input.expectedVersion, detailColumns(input.changes), {
        kind: 'correct',
        reason: input.reason,
        changedBy: steward.stewardId,
      });
    });
  }
}

/** Rules across fields of a details input, checked before anything is written. */
export function checkDetails(input: CitizenDetailsInput, personalIdNumber: string): void {
  if (input.identityCard) {
    checkCalendarDate('identityCard.issueDate', input.identityCard.issueDate);
    if (input.identityCard.expiryDate) {
      checkCalendarDate('identityCard.expiryDate', input.identityCard.expiryDate, new Date('9999-12-31'));
      if (input.identityCard.expiryDate <= input.identityCard.issueDate) {
        throw new InvalidInputError('identityCard.expiryDate', 'must be after the issue date', 'INVALID_DATE');
      }
    }
  }
  const counts = new Map<string, number>();
  (input.familyLinks ?? []).forEach((link, i) => {
    if ((link.personalIdNumber ? 1 : 0) + (link.name ? 1 : 0) !== 1) {
      throw new InvalidInputError(
        `familyLinks.${i}`,
        'must name the relative by personalIdNumber or by name, not both',
      );
    }
    if (link.personalIdNumber === personalIdNumber)
      throw new InvalidInputError(`familyLinks.${i}`, 'cannot link a person to themselves');
    counts.set(link.relation, (counts.get(link.relation) ?? 0) + 1);
  });
  for (const relation of ['father', 'mother', 'spouse', 'legal_representative']) {
    if ((counts.get(relation) ?? 0) > 1) throw new InvalidInputError('familyLinks', `lists more than one ${relation}`);
  }
}

/** The columns a details input sets: omitted fields are left out, null ones cleared. */
function detailColumns(input: CitizenDetailsInput): Partial<CitizenEntity> {
  const columns: Partial<CitizenEntity> = {};
  const set = <K extends keyof CitizenEntity>(key: K, value: CitizenEntity[K] | undefined) => {
    if (value !== undefined) columns[key] = value;
  };
  set('placeOfBirth', input.placeOfBirth);
  set('birthRegistrationPlace', input.birthRegistrationPlace);
  set('placeOfOrigin', input.placeOfOrigin);
  set('bloodGroup', input.bloodGroup);
  set('ethnicityCode', input.ethnicityCode);
  set('religion', input.religion);
  if (input.nationality !== undefined) columns.nationality = input.nationality ?? 'VN';
  set('maritalStatus', input.maritalStatus);
  if (input.permanentResidence !== undefined) {
    columns.permanentProvinceCode = input.permanentResidence?.provinceCode ?? null;
    columns.permanentAddress = input.permanentResidence?.address ?? null;
  }
  set('otherNames', input.otherNames === null ? [] : input.otherNames);
  if (input.identityCard !== undefined) {
    columns.idCardIssueDate = input.identityCard?.issueDate ?? null;
    columns.idCardIssuePlace = input.identityCard?.issuePlace ?? null;
    columns.idCardExpiryDate = input.identityCard?.expiryDate ?? null;
  }
  if (input.temporaryResidence !== undefined) {
    columns.temporaryProvinceCode = input.temporaryResidence?.provinceCode ?? null;
    columns.temporaryAddress = input.temporaryResidence?.address ?? null;
  }
  if (input.currentResidence !== undefined) {
    columns.currentProvinceCode = input.currentResidence?.provinceCode ?? null;
    columns.currentAddress = input.currentResidence?.address ?? null;
  }
  if (input.household !== undefined) {
    columns.householdNumber = input.household?.number ?? null;
    columns.relationshipToHead = input.household?.relationshipToHead ?? null;
  }
  if (input.familyLinks !== undefined) {
    columns.familyLinks = (input.familyLinks ?? []).map((link) => ({
      relation: link.relation,
      personalIdNumber: link.personalIdNumber ?? null,
      name: link.name ?? null,
      nationality: link.nationality ?? null,
    }));
  }
  set('phone', input.phone);
  set('email', input.email?.toLowerCase() ?? input.email);
  return columns;
}
