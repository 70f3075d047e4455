import { DataField, DataSubject } from '@app/access';
import { Directive, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { CitizenReference } from './citizen-reference.model';
import type { EnterpriseEntity } from './enterprise.entity';

export enum EnterpriseStatusValue {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  DISSOLVING = 'dissolving',
  DISSOLVED = 'dissolved',
  BANKRUPT = 'bankrupt',
  REGISTRATION_REVOKED = 'registration_revoked',
}
registerEnumType(EnterpriseStatusValue, { name: 'EnterpriseStatus' });

export enum EnterpriseTypeValue {
  PRIVATE_ENTERPRISE = 'private_enterprise',
  PARTNERSHIP = 'partnership',
  SINGLE_MEMBER_LLC = 'single_member_llc',
  MULTI_MEMBER_LLC = 'multi_member_llc',
  JOINT_STOCK_COMPANY = 'joint_stock_company',
  COOPERATIVE = 'cooperative',
  HOUSEHOLD_BUSINESS = 'household_business',
}
registerEnumType(EnterpriseTypeValue, { name: 'EnterpriseType' });

@ObjectType('LegalRepresentative')
export class LegalRepresentative {
  @Field({ description: 'Title in the registration, e.g. Giám đốc.' })
  title: string;

  @Field(() => CitizenReference, { nullable: true, description: 'The person, resolved by the population registry.' })
  citizen: CitizenReference;
}

@ObjectType('BusinessLine')
export class BusinessLine {
  @Field({ description: 'VSIC2018 or VSIC2025.' })
  vsicVersion: string;

  @Field({ description: 'VSIC code: a section letter or 2–5 digits.' })
  code: string;

  @Field()
  isMain: boolean;
}

@ObjectType('Owner', { description: 'An owner or member and their capital contribution.' })
export class Owner {
  @Field(() => CitizenReference, { nullable: true, description: 'When the owner is a citizen.' })
  citizen: CitizenReference | null;

  @Field(() => String, { nullable: true, description: 'When the owner is an enterprise: its code.' })
  enterpriseCode: string | null;

  @Field(() => String, { nullable: true, description: 'When the owner is known only by name.' })
  name: string | null;

  @Field({ description: 'VND, an exact integer written in decimal digits.' })
  capitalContribution: string;
}

@ObjectType('Branch', { description: 'A branch or representative office.' })
export class Branch {
  @Field({ description: 'NNNNNNNNNN-NNN: the parent enterprise code and a suffix 001–999.' })
  branchCode: string;

  @Field({ description: 'branch or representative_office.' })
  kind: string;

  @Field()
  name: string;

  @Field()
  provinceCode: string;

  @Field()
  address: string;
}

@ObjectType('EnterpriseStatusChange')
export class EnterpriseStatusChange {
  @Field(() => EnterpriseStatusValue)
  status: EnterpriseStatusValue;

  @Field(() => DateTimeScalar)
  since: Date;

  @Field()
  reason: string;
}

// Nullable but for the key, for the same reason as Citizen's fields.
@ObjectType('Enterprise', { description: 'An enterprise in the national business registration database.' })
@DataSubject('Enterprise', 'enterprise', 'enterpriseCode')
@Directive('@key(fields: "enterpriseCode")')
export class Enterprise {
  @Field({ description: 'Enterprise code (mã số doanh nghiệp), 10 digits; also its tax code.' })
  enterpriseCode: string;

  @DataField('business.profile', () => String, { description: 'Vietnamese name.' })
  name: string;

  @DataField('business.profile', () => String)
  foreignName: string | null;

  @DataField('business.profile', () => String)
  abbreviation: string | null;

  @DataField('business.profile', () => EnterpriseTypeValue)
  type: EnterpriseTypeValue | null;

  @DataField('business.profile', () => EnterpriseStatusValue)
  status: EnterpriseStatusValue;

  @DataField('business.profile', () => String, { description: 'YYYY-MM-DD.' })
  establishmentDate: string | null;

  @DataField('business.profile', () => String, { description: 'Province code as captured.' })
  headOfficeProvinceCode: string | null;

  @DataField('business.profile', () => String)
  headOfficeAddress: string | null;

  @DataField('business.profile', () => String, { description: 'VND, an exact integer written in decimal digits.' })
  charterCapital: string | null;

  @DataField('business.representatives', () => [LegalRepresentative])
  legalRepresentatives: LegalRepresentative[];

  @DataField('business.profile', () => [BusinessLine])
  businessLines: BusinessLine[];

  @DataField('business.owners', () => [Owner])
  owners: Owner[];

  @DataField('business.profile', () => [Branch])
  branches: Branch[];

  @DataField('business.record', () => Int, { description: 'The record version; name it when amending.' })
  version: number;

  /** The one mapping point; expects the collections loaded. */
  static fromEntity(entity: EnterpriseEntity): Enterprise {
    const enterprise = new Enterprise();
    enterprise.enterpriseCode = entity.enterpriseCode;
    enterprise.name = entity.name;
    enterprise.foreignName = entity.foreignName;
    enterprise.abbreviation = entity.abbreviation;
    enterprise.type = entity.type as EnterpriseTypeValue | null;
    enterprise.status = entity.status as EnterpriseStatusValue;
    enterprise.establishmentDate = entity.establishmentDate;
    enterprise.headOfficeProvinceCode = entity.headOfficeProvinceCode;
    enterprise.headOfficeAddress = entity.headOfficeAddress;
    enterprise.charterCapital = entity.charterCapital;
    enterprise.legalRepresentatives = [...(entity.legalRepresentatives ?? [])]
      .sort(
        (a, b) =>
          new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() ||
          a.personalIdNumber.localeCompare(b.personalIdNumber),
      )
      .map((representative) => ({
        title: representative.title,
        citizen: { personalIdNumber: representative.personalIdNumber },
      }));
    enterprise.businessLines = [...(entity.businessLines ?? [])]
      .sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.code.localeCompare(b.code))
      .map(({ vsicVersion, code, isMain }) => ({ vsicVersion, code, isMain }));
    enterprise.owners = (entity.owners ?? []).map((owner) => ({
      citizen: owner.personalIdNumber ? { personalIdNumber: owner.personalIdNumber } : null,
      enterpriseCode: owner.enterpriseCode,
      name: owner.name,
      capitalContribution: owner.capitalContribution,
    }));
    enterprise.branches = [...(entity.branches ?? [])]
      .sort((a, b) => a.branchCode.localeCompare(b.branchCode))
      .map(({ branchCode, kind, name, provinceCode, address }) => ({ branchCode, kind, name, provinceCode, address }));
    enterprise.version = entity.version;
    return enterprise;
  }
}

@ObjectType('EnterpriseVersion', { description: 'One amendment of an enterprise: what, who, why.' })
export class EnterpriseVersion {
  @Field(() => Int)
  version: number;

  @Field()
  changeKind: string;

  @Field()
  reason: string;

  @Field()
  changedBy: string;

  @Field(() => DateTimeScalar)
  recordedAt: Date;

  @Field(() => Enterprise, { description: 'The enterprise as it stood at this version.' })
  record: Enterprise;
}
