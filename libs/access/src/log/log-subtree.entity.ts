import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Roots of complete, aligned subtrees of the Merkle tree (2^level leaves from index * 2^level),
 * kept from level 8 up as the log grows, so that a proof over millions of records reads a
 * few hundred hashes, not every leaf.
 */
@Entity({ name: 'log_subtrees', schema: 'access' })
export class LogSubtreeEntity {
  @PrimaryColumn({ type: 'smallint' })
  level: number;

  @PrimaryColumn({ type: 'bigint' })
  index: string;

  @Column({ type: 'bytea' })
  hash: Buffer;
}
