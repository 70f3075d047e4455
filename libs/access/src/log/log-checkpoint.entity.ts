import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A signed statement of the log's size and Merkle root (and chain hash) at a moment: the JWS
 * verifies with the registry's key at /.well-known/jwks.json.
 */
@Entity({ name: 'log_checkpoints', schema: 'access' })
export class LogCheckpointEntity {
  @PrimaryColumn({ type: 'bigint' })
  size: string;

  @Column({ type: 'bytea' })
  rootHash: Buffer;

  @Column({ type: 'bytea' })
  chainHash: Buffer;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** Compact JWS over { size, root, chainHash, createdAt } by the registry's signing key. */
  @Column({ type: 'text' })
  jws: string;

  /**
   * The witness's cosignature (typ log-cosignature+jwt) over the same size and root; null until
   * the witness has accepted the checkpoint. Set once: the only change the log allows itself.
   */
  @Column({ type: 'text', nullable: true })
  cosignature: string | null;
}
