import { DataField, DataSubject } from '@app/access';
import { Directive, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { ETHNIC_GROUPS } from '@app/identifiers';
import type { CitizenEntity } from './citizen.entity';

export enum SexValue {
  MALE = 'male',
  FEMALE = 'female',
}
registerEnumType(SexValue, { name: 'Sex' });

export enum MaritalStatusValue {
  SINGLE = 'single',
  MARRIED = 'married',
  DIVORCED = 'divorced',
  WIDOWED = 'widowed',
}
registerEnumType(MaritalStatusValue, { name: 'MaritalStatus' });

export enum VitalStatusValue {
  ALIVE = 'alive',
  DECEASED = 'deceased',
  MISSING = 'missing',
}
registerEnumType(VitalStatusValue, { name: 'VitalStatus' });

@ObjectType('PartialDate', { description: 'A date known to the year, the month, or the day.' })
export class PartialDate {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true })
  month: number | null;

  @Field(() => Int, { nullable: true })
  day: number | null;
}

@ObjectType('Ethnicity', { description: 'One of the 54 ethnic groups.' })
export class Ethnicity {
  @Field({ description: 'Statistical code, 01–54.' })
  code: string;

  @Field()
  name: string;
}

export enum FamilyRelationValue {
  FATHER = 'father',
  MOTHER = 'mother',
  SPOUSE = 'spouse',
  CHILD = 'child',
  LEGAL_REPRESENTATIVE = 'legal_representative',
}
registerEnumType(FamilyRelationValue, { name: 'FamilyRelation' });

@ObjectType('IdentityCard')
export class IdentityCard {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  issueDate: string | null;

  @Field(() => String, { nullable: true })
  issuePlace: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  expiryDate: string | null;
}

@ObjectType('Household')
export class Household {
  @Field(() => String, { nullable: true, description: 'Residence file (household) number.' })
  number: string | null;

  @Field(() => String, { nullable: true, description: 'Relationship to the head of household.' })
  relationshipToHead: string | null;
}

@ObjectType('FamilyLink', { description: 'A relative: a citizen of the registry, or a person known by name.' })
export class FamilyLink {
  @Field(() => FamilyRelationValue)
  relation: FamilyRelationValue;

  @Field(() => String, { nullable: true, description: 'Set when the relative is in the registry.' })
  personalIdNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Set when the relative is not in the registry.' })
  name: string | null;

  @Field(() => String, { nullable: true })
  nationality: string | null;
}

@ObjectType('Residence')
export class Residence {
  @Field(() => String, {
    nullable: true,
    description: 'Province code as captured (3-digit before 1 Jul 2025, 2-digit since).',
  })
  provinceCode: string | null;

  @Field(() => String, { nullable: true, description: 'Commune and street address.' })
  address: string | null;
}

function residence(provinceCode: string | null, address: string | null): Residence | null {
  return provinceCode || address ? { provinceCode, address } : null;
}

const ETHNICITY_BY_CODE = new Map(ETHNIC_GROUPS.map((group) => [group.code, group]));

// Every field but the key is nullable: a field the caller may not see, or a registry that
// cannot answer, becomes null with an error at its path, and the rest of the answer stands.
@ObjectType('Citizen', { description: 'A person in the national population database.' })
@DataSubject('Citizen', 'citizen', 'personalIdNumber')
@Directive('@key(fields: "personalIdNumber")')
export class Citizen {
  @Field({ description: 'Personal ID number (số định danh cá nhân), 12 digits.' })
  personalIdNumber: string;

  @DataField('population.identity', () => String, { description: 'Family name (họ).' })
  familyName: string;

  @DataField('population.identity', () => String, {
    description: 'Middle name (chữ đệm); empty when the person has none.',
  })
  middleName: string;

  @DataField('population.identity', () => String, { description: 'Given name (tên).' })
  givenName: string;

  @DataField('population.identity', () => String, {
    description: 'Full name in Vietnamese order: family, middle, given.',
  })
  fullName: string;

  @DataField('population.identity', () => SexValue)
  sex: SexValue;

  @DataField('population.identity', () => PartialDate)
  birthDate: PartialDate | null;

  @DataField('population.identity', () => String)
  placeOfBirth: string | null;

  @DataField('population.identity', () => String, { description: 'Where the birth was registered.' })
  birthRegistrationPlace: string | null;

  @DataField('population.identity', () => String, { description: 'Place of origin (quê quán).' })
  placeOfOrigin: string | null;

  @DataField('population.health', () => String, { description: 'ABO and Rh, e.g. O+.' })
  bloodGroup: string | null;

  @DataField('population.identity', () => Ethnicity)
  ethnicity: Ethnicity | null;

  @DataField('population.identity', () => String)
  religion: string | null;

  @DataField('population.identity', () => String, { description: 'ISO 3166-1 alpha-2.' })
  nationality: string;

  @DataField('population.family', () => MaritalStatusValue)
  maritalStatus: MaritalStatusValue | null;

  @DataField('population.residence', () => Residence)
  permanentResidence: Residence | null;

  @DataField('population.identity', () => [String])
  otherNames: string[];

  @DataField('population.identity', () => IdentityCard)
  identityCard: IdentityCard | null;

  @DataField('population.residence', () => Residence)
  temporaryResidence: Residence | null;

  @DataField('population.residence', () => Residence)
  currentResidence: Residence | null;

  @DataField('population.residence', () => Household)
  household: Household | null;

  @DataField('population.family', () => [FamilyLink])
  familyLinks: FamilyLink[];

  @DataField('population.vital', () => VitalStatusValue)
  vitalStatus: VitalStatusValue;

  @DataField('population.contact', () => String)
  phone: string | null;

  @DataField('population.contact', () => String)
  email: string | null;

  @DataField('population.record', () => Int, { description: 'The record version; name it when correcting the record.' })
  version: number;

  @DataField('population.record', () => DateTimeScalar, { description: 'When this version was recorded.' })
  updatedAt: Date;

  @DataField('population.vital', () => String, {
    description: 'Date of death or of being declared missing (YYYY-MM-DD).',
  })
  vitalStatusDate: string | null;

  @DataField('population.identity', () => String, { description: 'The old 9-digit identity card number.' })
  oldIdNumber: string | null;

  @DataField('population.record', () => String, {
    description: 'Set when the number asked for belonged to a duplicate merged into this record.',
  })
  mergedFrom: string | null;

  /** The one mapping point from the stored record (or a stored version of it) to the contract. */
  static fromEntity(entity: CitizenEntity): Citizen {
    const citizen = new Citizen();
    citizen.personalIdNumber = entity.personalIdNumber;
    citizen.familyName = entity.familyName;
    citizen.middleName = entity.middleName;
    citizen.givenName = entity.givenName;
    citizen.fullName = [entity.familyName, entity.middleName, entity.givenName].filter(Boolean).join(' ');
    citizen.sex = entity.sex as SexValue;
    citizen.birthDate = entity.birthYear
      ? { year: entity.birthYear, month: entity.birthMonth, day: entity.birthDay }
      : null;
    citizen.placeOfBirth = entity.placeOfBirth;
    citizen.birthRegistrationPlace = entity.birthRegistrationPlace;
    citizen.placeOfOrigin = entity.placeOfOrigin;
    citizen.bloodGroup = entity.bloodGroup;
    const ethnicity = entity.ethnicityCode ? ETHNICITY_BY_CODE.get(entity.ethnicityCode) : undefined;
    citizen.ethnicity = ethnicity ? { code: ethnicity.code, name: ethnicity.name } : null;
    citizen.religion = entity.religion;
    citizen.nationality = entity.nationality;
    citizen.maritalStatus = entity.maritalStatus as MaritalStatusValue | null;
    citizen.permanentResidence = residence(entity.permanentProvinceCode, entity.permanentAddress);
    citizen.otherNames = entity.otherNames ?? [];
    citizen.identityCard =
      entity.idCardIssueDate || entity.idCardIssuePlace || entity.idCardExpiryDate
        ? {
            issueDate: entity.idCardIssueDate,
            issuePlace: entity.idCardIssuePlace,
            expiryDate: entity.idCardExpiryDate,
          }
        : null;
    citizen.temporaryResidence = residence(entity.temporaryProvinceCode, entity.temporaryAddress);
    citizen.currentResidence = residence(entity.currentProvinceCode, entity.currentAddress);
    citizen.household =
      entity.householdNumber || entity.relationshipToHead
        ? { number: entity.householdNumber, relationshipToHead: entity.relationshipToHead }
        : null;
    citizen.familyLinks = (entity.familyLinks ?? []).map((link) => ({
      ...link,
      relation: link.relation as FamilyRelationValue,
    }));
    citizen.vitalStatus = entity.vitalStatus as VitalStatusValue;
    citizen.phone = entity.phone;
    citizen.email = entity.email;
    citizen.version = entity.version;
    citizen.updatedAt = new Date(entity.updatedAt);
    citizen.vitalStatusDate = entity.vitalStatusDate;
    citizen.oldIdNumber = entity.oldIdNumber;
    citizen.mergedFrom = null;
    return citizen;
  }
}

@ObjectType('CitizenVersion', { description: 'One version of a citizen record: what changed it, who, and why.' })
export class CitizenVersion {
  @Field(() => Int)
  version: number;

  @Field({ description: 'register or correct.' })
  changeKind: string;

  @Field()
  reason: string;

  @Field({ description: 'The steward who made the change.' })
  changedBy: string;

  @Field(() => DateTimeScalar)
  recordedAt: Date;

  @Field(() => Citizen, { description: 'The record as it stood at this version.' })
  record: Citizen;
}
