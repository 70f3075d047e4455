import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One line of the access log: what one response released of one subject (or refused), to
 * whom, for what and on what basis. Append-only (a trigger refuses UPDATE and DELETE); `seq`
 * is the record's position in the log and its leaf index in the Merkle tree; `chainHash`
 * links it to every record before it.
 */
@Entity({ name: 'access_records', schema: 'access' })
@Index('ix_access_records_subject_time', ['subjectKind', 'subjectId', 'recordedAt', 'seq'])
@Index('ix_access_records_agency_time', ['agencyCode', 'recordedAt'])
@Index('ix_access_records_subject_agency_time', ['subjectKind', 'subjectId', 'agencyCode', 'recordedAt', 'seq'])
export class AccessRecordEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  /** released | refused */
  @Column({ type: 'varchar', length: 16 })
  outcome: string;

  /** Made by the registry for the request (the gateway's, or the subgraph's own). */
  @Column({ type: 'varchar', length: 128 })
  requestId: string;

  /** What the caller sent as X-Request-Id, if anything well-formed; null before it was recorded. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  clientRequestId: string | null;

  /** The app that wrote it: population, business-registry. */
  @Column({ type: 'varchar', length: 32 })
  recordedBy: string;

  /** agency | citizen | steward | admin | auditor | anonymous */
  @Column({ type: 'varchar', length: 16 })
  callerKind: string;

  /** The agency's system, the citizen's number, the steward's or operator's id. */
  @Column({ type: 'varchar', length: 128 })
  callerId: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  agencyCode: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  officerId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  caseReference: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  purpose: string | null;

  /** citizen | enterprise */
  @Column({ type: 'varchar', length: 16 })
  subjectKind: string;

  @Column({ type: 'varchar', length: 32 })
  subjectId: string;

  @Column({ type: 'text', array: true })
  categories: string[];

  /** Type.field released (or withheld, for a refusal). */
  @Column({ type: 'text', array: true })
  fields: string[];

  /** Per category, what allowed it (agreement with its citation, consent, self, steward) or why it was refused. */
  @Column({ type: 'jsonb' })
  bases: Record<string, unknown>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  consentIds: string[];

  /** Covert reads: the citizen sees that an entry exists and when it opens, not what it holds. */
  @Column({ type: 'timestamptz', nullable: true })
  sealedUntil: Date | null;

  /** SHA-256 of the released values (canonical JSON), hex: proves what was sent without keeping it. */
  @Column({ type: 'varchar', length: 64 })
  valuesHash: string;

  /** Released by a lookup of many subjects at once (citizens(personalIdNumbers:)); hashed only when true. */
  @Column({ type: 'boolean', default: false })
  bulk: boolean;

  /** RFC 6962 leaf hash of the record's canonical bytes. */
  @Column({ type: 'bytea' })
  leafHash: Buffer;

  /** SHA-256(previous chainHash || leafHash); the first record's previous is 32 zero bytes. */
  @Column({ type: 'bytea' })
  chainHash: Buffer;
}
