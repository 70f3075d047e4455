import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** What a subgraph hands the log about one subject of one response. */
export interface AccessRecordInput {
  outcome: 'released' | 'refused';
  requestId: string;
  /** The caller's own X-Request-Id; absent or null when it sent none (and in records older than the field). */
  clientRequestId?: string | null;
  recordedBy: string;
  callerKind: string;
  callerId: string;
  agencyCode: string | null;
  officerId: string | null;
  caseReference: string | null;
  purpose: string | null;
  subjectKind: string;
  subjectId: string;
  categories: string[];
  fields: string[];
  bases: Record<string, unknown>;
  consentIds: string[];
  sealedUntil: Date | null;
  valuesHash: string;
  /** Released (or refused) by a lookup of many subjects at once; absent or false otherwise (and in records older than the field). */
  bulk?: boolean;
}

/** A record with its place in the log: what the leaf hash covers. */
export interface SequencedRecord extends AccessRecordInput {
  seq: number;
  recordedAt: Date;
}

/**
 * The bytes a record's leaf hash is taken over: every column but the hashes, canonical JSON.
 * verify-log recomputes them from a row, so any changed column changes the leaf. A record with
 * no client request id leaves the key out, and one not read in bulk the bulk flag, so records
 * written before either existed hash as they did.
 */
export function recordBytes(record: SequencedRecord): Buffer {
  return Buffer.from(
    canonicalJson({
      ...record,
      clientRequestId: record.clientRequestId ?? undefined,
      bulk: record.bulk === true ? true : undefined,
      seq: String(record.seq),
      recordedAt: record.recordedAt.toISOString(),
      sealedUntil: record.sealedUntil ? record.sealedUntil.toISOString() : null,
    }),
  );
}

/** The chain link: SHA-256(previous chain hash || leaf hash). */
export function chainHash(previous: Buffer, leafHash: Buffer): Buffer {
  return createHash('sha256').update(previous).update(leafHash).digest();
}

/** Where the chain starts. */
export const GENESIS_CHAIN_HASH = Buffer.alloc(32);

/** SHA-256 of what was released (canonical JSON of field → value), hex. */
export function valuesHash(values: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(values)).digest('hex');
}
