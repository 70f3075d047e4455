import type { SequencedRecord } from '@app/access';

/** One row of access.access_records as read back. */
export interface StoredRecord {
  /** `seq` exactly as stored (a bigint, as text), so that no rounding hides a change. */
  seq: string;
  /** Every column but the hashes, as read back: what the leaf hash must cover. */
  record: SequencedRecord;
  leafHash: Buffer | null;
  chainHash: Buffer | null;
  /**
   * Columns holding a value the log never writes and that the record cannot carry exactly
   * (a time finer than a millisecond, a number JSON cannot hold): a change hashing could miss.
   */
  unwritable: string[];
}

/** One row of access.log_checkpoints. */
export interface StoredCheckpoint {
  size: string;
  rootHash: Buffer | null;
  chainHash: Buffer | null;
  createdAt: Date | null;
  jws: string | null;
  /** The witness's cosignature, or null while it has none. */
  cosignature: string | null;
}

/** One row of access.log_subtrees: the hash of leaves [index * 2^level, (index + 1) * 2^level). */
export interface StoredSubtree {
  level: number;
  index: string;
  hash: Buffer | null;
}

/** The row of access.access_log_head. */
export interface StoredHead {
  size: string;
  chainHash: Buffer | null;
  frontier: unknown;
}

/**
 * The stored log, as one consistent snapshot, streamed in batches so that memory stays
 * constant however long the log is.
 */
export interface LogSource {
  head(): Promise<StoredHead | null>;
  /** Records by seq (duplicates and all). */
  records(): AsyncIterable<StoredRecord[]>;
  /** Checkpoints by size. */
  checkpoints(): AsyncIterable<StoredCheckpoint[]>;
  /** Stored subtrees by the record that completes them ((index + 1) * 2^level), then level. */
  subtrees(): AsyncIterable<StoredSubtree[]>;
}
