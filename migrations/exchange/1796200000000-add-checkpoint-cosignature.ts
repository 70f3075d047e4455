import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A checkpoint carries the witness's cosignature, which arrives after the checkpoint is
 * signed and stored. The log stays append-only but for this: a cosignature may be set once,
 * on a row whose other columns stay as they are.
 */
export class AddCheckpointCosignature1796200000000 implements MigrationInterface {
  name = 'AddCheckpointCosignature1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."log_checkpoints" ADD "cosignature" text');
    await queryRunner.query(`CREATE FUNCTION exchange.refuse_checkpoint_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.cosignature IS NULL AND NEW.cosignature IS NOT NULL
           AND (NEW.size, NEW.root_hash, NEW.chain_hash, NEW.created_at, NEW.jws)
               IS NOT DISTINCT FROM (OLD.size, OLD.root_hash, OLD.chain_hash, OLD.created_at, OLD.jws) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the access log is append-only: % on %.% refused (only a missing cosignature may be set)',
          TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query('DROP TRIGGER tr_log_checkpoints_append_only ON exchange.log_checkpoints');
    await queryRunner.query(
      'CREATE TRIGGER tr_log_checkpoints_append_only BEFORE UPDATE OR DELETE ON exchange.log_checkpoints FOR EACH ROW EXECUTE FUNCTION exchange.refuse_checkpoint_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER tr_log_checkpoints_append_only ON exchange.log_checkpoints');
    await queryRunner.query(
      'CREATE TRIGGER tr_log_checkpoints_append_only BEFORE UPDATE OR DELETE ON exchange.log_checkpoints FOR EACH ROW EXECUTE FUNCTION exchange.refuse_log_change()',
    );
    await queryRunner.query('DROP FUNCTION exchange.refuse_checkpoint_change()');
    await queryRunner.query('ALTER TABLE "exchange"."log_checkpoints" DROP COLUMN "cosignature"');
  }
}
