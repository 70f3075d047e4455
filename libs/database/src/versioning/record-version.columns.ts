import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What every version of a registry record holds, in both registries' `*_versions` tables: the
 * record as stored at that version (a snapshot the database builds), why it changed, who changed
 * it and when the registry knew it from. Each registry's entity extends it with its record's
 * key and its own kinds of change.
 */
export abstract class RecordVersionColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  version: number;

  /** The whole record at this version, as stored (the row, and in the business registry its lists). */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** The steward who made the change. */
  @Column({ type: 'varchar', length: 64 })
  changedBy: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
