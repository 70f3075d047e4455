import { PageInfo } from '@app/pagination';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgencyEntity } from '@app/access';

export enum AgencyLevelValue {
  CENTRAL = 'central',
  PROVINCIAL = 'provincial',
  COMMUNE = 'commune',
  PRIVATE = 'private',
}
registerEnumType(AgencyLevelValue, { name: 'AgencyLevel' });

export enum AgencyStatusValue {
  PENDING = 'pending',
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
}
registerEnumType(AgencyStatusValue, { name: 'AgencyStatus' });

@ObjectType('Agency', { description: 'An organisation that reads shared data.' })
export class Agency {
  @Field({ description: 'Stable short code.' })
  code: string;

  @Field({ description: 'Vietnamese name, as citizens see it in their access log.' })
  nameVi: string;

  @Field(() => AgencyLevelValue)
  level: AgencyLevelValue;

  @Field(() => AgencyStatusValue)
  status: AgencyStatusValue;

  @Field(() => String, { nullable: true, description: 'Code of the parent agency, if any.' })
  parentCode: string | null;

  static fromEntity(entity: AgencyEntity): Agency {
    const agency = new Agency();
    agency.code = entity.code;
    agency.nameVi = entity.nameVi;
    agency.level = entity.level as AgencyLevelValue;
    agency.status = entity.status as AgencyStatusValue;
    agency.parentCode = entity.parent?.code ?? null;
    return agency;
  }
}

@ObjectType('AgencyConnection')
export class AgencyConnection {
  @Field(() => [Agency])
  nodes: Agency[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'All agencies, across pages.' })
  totalCount: number;
}
