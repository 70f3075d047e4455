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
  return recordBytesTemplate(record)(record.seq, record.recordedAt);
}

/**
 * A record's leaf bytes with its place (seq) and time left open: the canonical JSON of every
 * other column is made now, so that a writer makes it before it takes the log's lock, and
 * under the lock only fills in the two. The result is byte for byte recordBytes'.
 */
export function recordBytesTemplate(input: AccessRecordInput): (seq: number, recordedAt: Date) => Buffer {
  const columns: Record<string, unknown> = {
    ...input,
    clientRequestId: input.clientRequestId ?? undefined,
    bulk: input.bulk === true ? true : undefined,
    sealedUntil: input.sealedUntil ? input.sealedUntil.toISOString() : null,
  };
  const keys = [
    ...Object.keys(columns).filter((key) => columns[key] !== undefined && !SEQUENCED.has(key)),
    ...SEQUENCED,
  ];
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = keys.map((key) => (SEQUENCED.has(key) ? key : `${JSON.stringify(key)}:${canonicalJson(columns[key])}`));
  const seqAt = parts.indexOf('seq');
  const recordedAtAt = parts.indexOf('recordedAt');
  return (seq, recordedAt) => {
    parts[seqAt] = `"seq":${JSON.stringify(String(seq))}`;
    parts[recordedAtAt] = `"recordedAt":${JSON.stringify(recordedAt.toISOString())}`;
    return Buffer.from(`{${parts.join(',')}}`);
  };
}

/** The columns a record gets from its place in the log, not from its caller. */
const SEQUENCED = new Set(['seq', 'recordedAt']);

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
