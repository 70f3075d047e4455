import { PageInfo } from '@app/pagination';
import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';

// The exchange (a citizen's own log) and the business registry (an enterprise's log, for its
// legal representatives) answer with these types, hence @shareable.

@ObjectType('AccessLogCitation', { description: 'The legal provision an agreement rests on, as it stood at the read.' })
@Directive('@shareable')
export class AccessLogCitation {
  @Field({ description: "e.g. 'Nghị định 70/2024/NĐ-CP'." })
  instrument: string;

  @Field({ description: "e.g. 'Điều 15'." })
  article: string;

  @Field(() => String, { nullable: true })
  clause: string | null;

  @Field({ description: 'What the provision allows, in Vietnamese.' })
  textVi: string;
}

@ObjectType('AccessLogBasis', { description: 'What allowed one data category of a read.' })
@Directive('@shareable')
export class AccessLogBasis {
  @Field({ description: 'The data category, e.g. population.residence.' })
  category: string;

  @Field(() => String, { nullable: true, description: 'What the category holds, in Vietnamese.' })
  categoryTextVi: string | null;

  @Field({
    description:
      'AGREEMENT (a law), CONSENT (yours), SELF (you read it), STEWARD (the registry office), DISPUTE (an auditor answering your dispute); REFUSED in auditors’ listings.',
  })
  kind: string;

  @Field(() => String, { nullable: true, description: 'The agreement, e.g. DSA-2026-0001.' })
  agreementNumber: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the agreement in force at the read.' })
  agreementVersion: number | null;

  @Field(() => AccessLogCitation, { nullable: true })
  citation: AccessLogCitation | null;

  @Field(() => String, { nullable: true, description: 'The consent that allowed it.' })
  consentId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withheld (refusals, for auditors).' })
  reason: string | null;
}

@ObjectType('LogCheckpoint', {
  description:
    "A signed statement of the access log's size and Merkle root: the JWS verifies with /.well-known/jwks.json.",
})
@Directive('@shareable')
export class LogCheckpoint {
  @Field({ description: 'Records 0 to size-1 are covered (a decimal integer).' })
  size: string;

  @Field({ description: 'RFC 6962 Merkle tree head over their leaf hashes, base64url.' })
  rootHash: string;

  @Field({ description: 'The chain hash of record size-1, base64url.' })
  chainHash: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field({ description: 'Compact JWS (typ log-checkpoint+jwt) over size, root, chainHash, iat.' })
  jws: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The witness's cosignature: compact JWS (typ log-cosignature+jwt) over the same size and root, verifying with the witness's key set; null until the witness has accepted the checkpoint.",
  })
  cosignature: string | null;
}

@ObjectType('AccessLogEntry', {
  description:
    'One read of your data (or of your enterprise’s). A sealed entry (a lawful covert read) shows only that it exists, when it happened and when it opens.',
})
@Directive('@shareable')
export class AccessLogEntry {
  @Field(() => DateTimeScalar, { description: 'When the read was recorded.' })
  time: Date;

  @Field({ description: 'A covert read whose content is disclosed at sealedUntil.' })
  sealed: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a sealed entry opens by itself.' })
  sealedUntil: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'AGENCY, STEWARD (the registry office), SELF (you) or AUDITOR (reading your dispute of an entry).',
  })
  readerKind: string | null;

  @Field(() => String, { nullable: true, description: 'The agency that read, e.g. BHXH.' })
  agencyCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who read, in Vietnamese: the agency, the registry office, Bạn.',
  })
  agencyName: string | null;

  @Field(() => String, { nullable: true, description: 'The officer (X-Officer-Id), or the steward.' })
  officerId: string | null;

  @Field(() => String, { nullable: true, description: 'The case the agency read for (X-Case-Reference).' })
  caseReference: string | null;

  @Field(() => String, { nullable: true, description: 'The purpose code, e.g. TAX_ADMINISTRATION.' })
  purpose: string | null;

  @Field(() => String, { nullable: true, description: 'The purpose, in Vietnamese.' })
  purposeText: string | null;

  @Field(() => [AccessLogBasis], { nullable: true, description: 'What allowed each category.' })
  bases: AccessLogBasis[] | null;

  @Field(() => [String], { nullable: true, description: 'Consents used.' })
  consentIds: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Data categories released.' })
  categories: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Fields released, as Type.field.' })
  fields: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The read was a bulk lookup: the reader asked for many people at once (citizens(personalIdNumbers:)); null on a sealed entry.',
  })
  bulk: boolean | null;

  @Field(() => String, { nullable: true, description: 'withProofs: the record’s leaf index in the log.' })
  seq: string | null;

  @Field(() => String, { nullable: true, description: 'withProofs: its RFC 6962 leaf hash, base64url.' })
  leafHash: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'withProofs: the inclusion proof (base64url hashes) against checkpoint; null while pending.',
  })
  inclusionProof: string[] | null;

  @Field(() => LogCheckpoint, {
    nullable: true,
    description: 'withProofs: the newest checkpoint the witness has cosigned, which covers it.',
  })
  checkpoint: LogCheckpoint | null;

  @Field(() => Boolean, { nullable: true, description: 'withProofs: no cosigned checkpoint covers it yet.' })
  pendingCheckpoint: boolean | null;
}

@ObjectType('AccessLogConnection', { description: 'Reads, newest first.' })
@Directive('@shareable')
export class AccessLogConnection {
  @Field(() => [AccessLogEntry])
  nodes: AccessLogEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
