import { Directive, Field, ObjectType, registerEnumType } from '@nestjs/graphql';
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

@ObjectType('LegalRepresentative')
export class LegalRepresentative {
  @Field({ description: 'Title in the registration, e.g. Giám đốc.' })
  title: string;

  @Field(() => CitizenReference, { nullable: true, description: 'The person, resolved by the population registry.' })
  citizen: CitizenReference;
}

// Nullable but for the key, for the same reason as Citizen's fields.
@ObjectType('Enterprise', { description: 'An enterprise in the national business registration database.' })
@Directive('@key(fields: "enterpriseCode")')
export class Enterprise {
  @Field({ description: 'Enterprise code (mã số doanh nghiệp), 10 digits; also its tax code.' })
  enterpriseCode: string;

  @Field(() => String, { nullable: true, description: 'Vietnamese name.' })
  name: string;

  @Field(() => EnterpriseStatusValue, { nullable: true })
  status: EnterpriseStatusValue;

  @Field(() => [LegalRepresentative], { nullable: true })
  legalRepresentatives: LegalRepresentative[];

  /** The one mapping point; expects legalRepresentatives loaded. */
  static fromEntity(entity: EnterpriseEntity): Enterprise {
    const enterprise = new Enterprise();
    enterprise.enterpriseCode = entity.enterpriseCode;
    enterprise.name = entity.name;
    enterprise.status = entity.status as EnterpriseStatusValue;
    enterprise.legalRepresentatives = [...entity.legalRepresentatives]
      .sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.personalIdNumber.localeCompare(b.personalIdNumber),
      )
      .map((representative) => ({
        title: representative.title,
        citizen: { personalIdNumber: representative.personalIdNumber },
      }));
    return enterprise;
  }
}
