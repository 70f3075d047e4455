import type { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY_TABLES = ['access_records', 'log_checkpoints', 'log_subtrees'];

export class CreateAccessLog1795451693404 implements MigrationInterface {
  name = 'CreateAccessLog1795451693404';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exchange"."access_log_head" ("id" smallint NOT NULL, "size" bigint NOT NULL, "chain_hash" bytea NOT NULL, "frontier" jsonb NOT NULL, CONSTRAINT "ck_access_log_head_single_row" CHECK (id = 1), CONSTRAINT "pk_access_log_head" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."access_records" ("seq" bigint NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" character varying(16) NOT NULL, "request_id" character varying(128) NOT NULL, "recorded_by" character varying(32) NOT NULL, "caller_kind" character varying(16) NOT NULL, "caller_id" character varying(128) NOT NULL, "agency_code" character varying(32), "officer_id" character varying(64), "case_reference" character varying(64), "purpose" character varying(64), "subject_kind" character varying(16) NOT NULL, "subject_id" character varying(32) NOT NULL, "categories" text array NOT NULL, "fields" text array NOT NULL, "bases" jsonb NOT NULL, "consent_ids" text array NOT NULL DEFAULT \'{}\', "sealed_until" TIMESTAMP WITH TIME ZONE, "values_hash" character varying(64) NOT NULL, "leaf_hash" bytea NOT NULL, "chain_hash" bytea NOT NULL, CONSTRAINT "pk_access_records" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_records_agency_time" ON "exchange"."access_records"  ("agency_code", "recorded_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_records_subject_time" ON "exchange"."access_records"  ("subject_kind", "subject_id", "recorded_at", "seq") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."log_checkpoints" ("size" bigint NOT NULL, "root_hash" bytea NOT NULL, "chain_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "jws" text NOT NULL, CONSTRAINT "pk_log_checkpoints" PRIMARY KEY ("size"))',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."log_subtrees" ("level" smallint NOT NULL, "index" bigint NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "pk_log_subtrees" PRIMARY KEY ("level", "index"))',
    );
    // Append-only, enforced by the database: no UPDATE, DELETE or TRUNCATE of the log, whoever
    // asks (an owner or superuser can still disable the trigger: verify-log catches what follows).
    await queryRunner.query(`CREATE FUNCTION exchange.refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the access log is append-only: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER tr_${table}_append_only BEFORE UPDATE OR DELETE ON exchange.${table} FOR EACH ROW EXECUTE FUNCTION exchange.refuse_log_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER tr_${table}_no_truncate BEFORE TRUNCATE ON exchange.${table} FOR EACH STATEMENT EXECUTE FUNCTION exchange.refuse_log_change()`,
      );
      await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON exchange.${table} FROM PUBLIC`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(`DROP TRIGGER tr_${table}_no_truncate ON exchange.${table}`);
      await queryRunner.query(`DROP TRIGGER tr_${table}_append_only ON exchange.${table}`);
    }
    await queryRunner.query('DROP FUNCTION exchange.refuse_log_change()');
    await queryRunner.query('DROP TABLE "exchange"."log_subtrees"');
    await queryRunner.query('DROP TABLE "exchange"."log_checkpoints"');
    await queryRunner.query('DROP INDEX "exchange"."ix_access_records_subject_time"');
    await queryRunner.query('DROP INDEX "exchange"."ix_access_records_agency_time"');
    await queryRunner.query('DROP TABLE "exchange"."access_records"');
    await queryRunner.query('DROP TABLE "exchange"."access_log_head"');
  }
}
