import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Change requests under the four-eyes rule; vital status date, old ID number, merge redirects. */
export class AddSensitiveChangesAndMerges1795443334079 implements MigrationInterface {
  name = 'AddSensitiveChangesAndMerges1795443334079';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "population"."change_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "citizen_id" uuid NOT NULL, "base_version" integer NOT NULL, "changes" jsonb NOT NULL, "reason" character varying(500) NOT NULL, "requested_by" character varying(64) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "status" character varying(16) NOT NULL DEFAULT \'pending\', "decided_by" character varying(64), "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" character varying(500), CONSTRAINT "ck_change_requests_status" CHECK (status IN (\'pending\', \'approved\', \'rejected\', \'superseded\')), CONSTRAINT "ck_change_requests_kind" CHECK (kind IN (\'identity\', \'vital_status\', \'merge\')), CONSTRAINT "pk_change_requests" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_change_requests_citizen_id" ON "population"."change_requests"  ("citizen_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_change_requests_status_requested_at" ON "population"."change_requests"  ("status", "requested_at") ',
    );
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "vital_status_date" date');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "old_id_number" character(9)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "merged_into_id" uuid');
    await queryRunner.query('CREATE INDEX "ix_citizens_old_id_number" ON "population"."citizens"  ("old_id_number") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "population"."ix_citizens_old_id_number"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "merged_into_id"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "old_id_number"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "vital_status_date"');
    await queryRunner.query('DROP INDEX "population"."ix_change_requests_status_requested_at"');
    await queryRunner.query('DROP INDEX "population"."ix_change_requests_citizen_id"');
    await queryRunner.query('DROP TABLE "population"."change_requests"');
  }
}
