import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * verify-log's whole-log runs, one row each, written by the tool when it finishes: the
 * auditors' log page says when it last ran and what it said. Not part of the access log: no
 * hash chain, and a missing row proves nothing either way.
 */
export class CreateLogVerificationRuns1796307856991 implements MigrationInterface {
  name = 'CreateLogVerificationRuns1796307856991';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exchange"."log_verification_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL, "verdict" character varying(16) NOT NULL, "entries_checked" bigint NOT NULL, "anchor_size" bigint, "anchor_root" character varying(64), "anchored_by" character varying(256), "summary" character varying(2000) NOT NULL, "ran_by" character varying(128) NOT NULL, CONSTRAINT "ck_log_verification_runs_entries_checked" CHECK (entries_checked >= 0), CONSTRAINT "ck_log_verification_runs_verdict" CHECK (verdict IN (\'holds\', \'break\', \'could_not_check\')), CONSTRAINT "pk_log_verification_runs" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_log_verification_runs_finished_at" ON "exchange"."log_verification_runs"  ("finished_at", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "exchange"."ix_log_verification_runs_finished_at"');
    await queryRunner.query('DROP TABLE "exchange"."log_verification_runs"');
  }
}
