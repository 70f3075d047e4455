import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import type { DataQualityFindingEntity } from './data-quality-finding.entity';

@ObjectType('DataQualityFinding', { description: 'Something about a record a steward should look at.' })
export class DataQualityFinding {
  @Field(() => ID)
  id: string;

  @Field()
  personalIdNumber: string;

  @Field({ description: 'BIRTH_YEAR_MISMATCH, SEX_MISMATCH, or a kind a steward chose.' })
  kind: string;

  @Field()
  message: string;

  @Field({ description: 'open or resolved.' })
  status: string;

  @Field()
  openedBy: string;

  @Field(() => DateTimeScalar)
  openedAt: Date;

  @Field(() => String, { nullable: true })
  resolvedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  resolution: string | null;

  static fromEntity(entity: DataQualityFindingEntity, personalIdNumber: string): DataQualityFinding {
    return Object.assign(new DataQualityFinding(), {
      id: entity.id,
      personalIdNumber,
      kind: entity.kind,
      message: entity.message,
      status: entity.status,
      openedBy: entity.openedBy,
      openedAt: entity.openedAt,
      resolvedBy: entity.resolvedBy,
      resolvedAt: entity.resolvedAt,
      resolution: entity.resolution,
    });
  }
}
