import {
  consistencyProof,
  inclusionProof,
  PerfectSubtreeSource,
  rootFromLeafHashes,
  type SubtreeSource,
} from '../merkle';
import { STORED_SUBTREE_MIN_LEVEL } from './access-log-writer';

/** Runs one SQL statement: a DataSource's or EntityManager's `query`, or a pg client's. */
export type Query = <T = unknown>(sql: string, parameters: unknown[]) => Promise<T>;

/**
 * The Merkle tree of the stored log, for proofs: perfect subtrees of 2^8 leaves and more come
 * from access.log_subtrees (one row each), smaller ones are hashed from their leaves (at most
 * 255 rows), so a proof over tens of millions of records reads a few dozen rows.
 */
export function storedSubtreeSource(query: Query): SubtreeSource {
  return new PerfectSubtreeSource(async (start, size) => {
    const level = Math.log2(size);
    if (level >= STORED_SUBTREE_MIN_LEVEL) {
      const rows = await query<{ hash: Buffer }[]>(
        'SELECT hash FROM access.log_subtrees WHERE level = $1 AND index = $2',
        [level, String(start / size)],
      );
      if (rows.length !== 1) throw new Error(`subtree ${level}/${start / size} is missing from the log`);
      return rows[0].hash;
    }
    const leaves = await query<{ leaf_hash: Buffer }[]>(
      'SELECT leaf_hash FROM access.access_records WHERE seq >= $1 AND seq < $2 ORDER BY seq',
      [String(start), String(start + size)],
    );
    if (leaves.length !== size) throw new Error(`records ${start}..${start + size - 1} are missing from the log`);
    return rootFromLeafHashes(leaves.map((row) => row.leaf_hash));
  });
}

/** The inclusion proof of record `seq` in the tree of the first `treeSize` records, base64url. */
export async function storedInclusionProof(query: Query, seq: number, treeSize: number): Promise<string[]> {
  const proof = await inclusionProof(seq, treeSize, storedSubtreeSource(query));
  return proof.map((hash) => hash.toString('base64url'));
}

/** The consistency proof from the tree of the first `oldSize` records to that of `newSize`, base64url. */
export async function storedConsistencyProof(query: Query, oldSize: number, newSize: number): Promise<string[]> {
  const proof = await consistencyProof(oldSize, newSize, storedSubtreeSource(query));
  return proof.map((hash) => hash.toString('base64url'));
}
