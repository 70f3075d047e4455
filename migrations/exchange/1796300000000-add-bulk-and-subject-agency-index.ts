import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A record says whether it came from a lookup of many subjects at once (a citizen's tracker
 * marks bulk reads). Records written before it are false, and their leaf hashes leave the
 * field out, as before. A citizen's tracker narrowed to one agency pages through its own
 * index, (subject, agency, time, seq), however many other agencies read the same subject.
 */
export class AddBulkAndSubjectAgencyIndex1796300000000 implements MigrationInterface {
  name = 'AddBulkAndSubjectAgencyIndex1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."access_records" ADD "bulk" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'CREATE INDEX "ix_access_records_subject_agency_time" ON "exchange"."access_records"  ("subject_kind", "subject_id", "agency_code", "recorded_at", "seq") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "exchange"."ix_access_records_subject_agency_time"');
    await queryRunner.query('ALTER TABLE "exchange"."access_records" DROP COLUMN "bulk"');
  }
}
