import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { PageInfo } from '@app/pagination';
import type { AgreementEntity } from '@app/access';

export enum AgreementStatusValue {
  PROPOSED = 'proposed',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  SUPERSEDED = 'superseded',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(AgreementStatusValue, {
  name: 'AgreementStatus',
  description: 'APPROVED: in force (within its window). A WITHDRAWN version records who ended the agreement, and why.',
});

@ObjectType('LegalBasis', { description: 'The provision that allows the sharing.' })
export class LegalBasis {
  @Field({ description: "e.g. 'Nghị định 70/2024/NĐ-CP'." })
  instrument: string;

  @Field({ description: "e.g. 'Điều 15'." })
  article: string;

  @Field(() => String, { nullable: true })
  clause: string | null;

  @Field({ description: 'What citizens read as the reason their data was shared.' })
  textVi: string;
}

@ObjectType('Agreement', { description: 'One version of a data-sharing agreement.' })
export class Agreement {
  @Field(() => ID, { description: 'Of this version.' })
  id: string;

  @Field({ description: 'Stable across versions, e.g. DSA-2026-0001.' })
  agreementNumber: string;

  @Field(() => Int)
  version: number;

  @Field()
  agencyCode: string;

  @Field(() => [String], { description: 'Data categories the agency may read.' })
  categories: string[];

  @Field(() => [String], { description: 'Purposes it may read them for.' })
  purposes: string[];

  @Field(() => LegalBasis)
  legalBasis: LegalBasis;

  @Field(() => DateTimeScalar)
  validFrom: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'null: until withdrawn.' })
  validTo: Date | null;

  @Field(() => Int, { nullable: true, description: 'null: no limit.' })
  requestsPerMinute: number | null;

  @Field(() => Int, { nullable: true, description: 'null: no limit.' })
  recordsPerDay: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Days a read under this agreement stays sealed in the citizen's access log; null: disclosed at once.",
  })
  sealedDisclosureDays: number | null;

  @Field(() => AgreementStatusValue)
  status: AgreementStatusValue;

  @Field()
  proposedBy: string;

  @Field(() => DateTimeScalar)
  proposedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who approved, rejected or withdrew this version.' })
  decidedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The version this one replaces, or would replace.' })
  supersedesId: string | null;

  @Field()
  changeNote: string;

  static fromEntity(entity: AgreementEntity): Agreement {
    return {
      id: entity.id,
      agreementNumber: entity.agreementNumber,
      version: entity.version,
      agencyCode: entity.agencyCode,
      categories: entity.categories,
      purposes: entity.purposes,
      legalBasis: {
        instrument: entity.legalInstrument,
        article: entity.legalArticle,
        clause: entity.legalClause,
        textVi: entity.legalTextVi,
      },
      validFrom: entity.validFrom,
      validTo: entity.validTo,
      requestsPerMinute: entity.requestsPerMinute,
      recordsPerDay: entity.recordsPerDay,
      sealedDisclosureDays: entity.sealedDisclosureDays,
      status: entity.status as AgreementStatusValue,
      proposedBy: entity.proposedBy,
      proposedAt: entity.proposedAt,
      decidedBy: entity.decidedBy,
      decidedAt: entity.decidedAt,
      supersedesId: entity.supersedesId,
      changeNote: entity.changeNote,
    };
  }
}

@ObjectType('AgreementConnection')
export class AgreementConnection {
  @Field(() => [Agreement])
  nodes: Agreement[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Versions matching the filter, across pages.' })
  totalCount: number;
}

@ObjectType('AgreementAmendment', { description: 'An amendment: in force at once if it only narrows.' })
export class AgreementAmendment {
  @Field(() => Agreement, { description: 'The new version: APPROVED if it narrows, PROPOSED otherwise.' })
  agreement: Agreement;

  @Field(() => [String], {
    description: 'Terms that changed: categories, purposes, validity, limits, sealedDisclosureDays, legalBasis.',
  })
  changedTerms: string[];

  @Field(() => [String], {
    description: 'Terms that widen (or change the legal basis): a second administrator must approve.',
  })
  termsNeedingApproval: string[];
}
