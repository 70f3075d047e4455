import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rest of the Art. 9 record (other names, ID card, residences, household, family) and data-quality findings. */
export class AddFamilyResidencesAndFindings1795443982263 implements MigrationInterface {
  name = 'AddFamilyResidencesAndFindings1795443982263';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "population"."data_quality_findings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "message" character varying(500) NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'open\', "opened_by" character varying(64) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "resolved_by" character varying(64), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" character varying(500), CONSTRAINT "ck_data_quality_findings_status" CHECK (status IN (\'open\', \'resolved\')), CONSTRAINT "pk_data_quality_findings" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_data_quality_findings_citizen_id" ON "population"."data_quality_findings"  ("citizen_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_data_quality_findings_status_opened_at" ON "population"."data_quality_findings"  ("status", "opened_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD "other_names" jsonb NOT NULL DEFAULT \'[]\'::jsonb',
    );
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "id_card_issue_date" date');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "id_card_issue_place" character varying(255)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "id_card_expiry_date" date');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "temporary_province_code" character varying(3)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "temporary_address" character varying(255)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "current_province_code" character varying(3)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "current_address" character varying(255)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "household_number" character varying(20)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "relationship_to_head" character varying(50)');
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD "family_links" jsonb NOT NULL DEFAULT \'[]\'::jsonb',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "family_links"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "relationship_to_head"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "household_number"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "current_address"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "current_province_code"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "temporary_address"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "temporary_province_code"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "id_card_expiry_date"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "id_card_issue_place"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "id_card_issue_date"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "other_names"');
    await queryRunner.query('DROP INDEX "population"."ix_data_quality_findings_status_opened_at"');
    await queryRunner.query('DROP INDEX "population"."ix_data_quality_findings_citizen_id"');
    await queryRunner.query('DROP TABLE "population"."data_quality_findings"');
  }
}
