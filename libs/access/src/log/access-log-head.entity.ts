import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The end of the log, one row: how many records, the last chain hash, and the Merkle frontier
 * (right-edge subtree roots) from which the root of everything so far follows. Every writer
 * locks it (FOR UPDATE) for its batch, so the chain stays one chain with many writers.
 */
@Entity({ name: 'access_log_head', schema: 'access' })
@Check('ck_access_log_head_single_row', 'id = 1')
export class AccessLogHeadEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'bigint' })
  size: string;

  @Column({ type: 'bytea' })
  chainHash: Buffer;

  /** MerkleFrontier.toJSON(). */
  @Column({ type: 'jsonb' })
  frontier: Record<string, unknown>;
}
