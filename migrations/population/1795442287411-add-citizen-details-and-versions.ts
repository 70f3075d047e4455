import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The record of the Law on Identification 2023 (first part), its versions, and accent-free search. */
export class AddCitizenDetailsAndVersions1795442287411 implements MigrationInterface {
  name = 'AddCitizenDetailsAndVersions1795442287411';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "population"."citizen_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "citizen_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "change_kind" character varying(16) NOT NULL, "reason" character varying(500) NOT NULL, "changed_by" character varying(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "uq_citizen_versions_citizen_id_version" UNIQUE ("citizen_id", "version"), CONSTRAINT "pk_citizen_versions" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_citizen_versions_citizen_id_recorded_at" ON "population"."citizen_versions"  ("citizen_id", "recorded_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD "search_name" character varying(310) NOT NULL DEFAULT \'\'',
    );
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "birth_year" smallint');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "birth_month" smallint');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "birth_day" smallint');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "place_of_birth" character varying(255)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "ethnicity_code" character(2)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "religion" character varying(100)');
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD "nationality" character(2) NOT NULL DEFAULT \'VN\'',
    );
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "marital_status" character varying(16)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "permanent_province_code" character varying(3)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "permanent_address" character varying(255)');
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD "vital_status" character varying(16) NOT NULL DEFAULT \'alive\'',
    );
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "phone" character varying(20)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "email" character varying(254)');
    // Records from before this migration: their search key (translate folds accented letters,
    // capitals too, as lower() in the C locale would not), and a first version to start the history.
    await queryRunner.query(
      `UPDATE "population"."citizens" SET "search_name" = regexp_replace(btrim(lower(translate(family_name || ' ' || middle_name || ' ' || given_name, 'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'))), '\\s+', ' ', 'g')`,
    );
    await queryRunner.query(
      `INSERT INTO "population"."citizen_versions" (citizen_id, version, snapshot, change_kind, reason, changed_by) SELECT c.id, c.version, to_jsonb(c), 'register', 'recorded before versioning', 'migration' FROM "population"."citizens" c`,
    );
    await queryRunner.query('CREATE INDEX "ix_citizens_search_name" ON "population"."citizens"  ("search_name") ');
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD CONSTRAINT "ck_citizens_birth_date" CHECK ((birth_month IS NULL AND birth_day IS NULL) OR (birth_month BETWEEN 1 AND 12 AND (birth_day IS NULL OR birth_day BETWEEN 1 AND 31)))',
    );
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD CONSTRAINT "ck_citizens_vital_status" CHECK (vital_status IN (\'alive\', \'deceased\', \'missing\'))',
    );
    await queryRunner.query(
      "ALTER TABLE \"population\".\"citizens\" ADD CONSTRAINT \"ck_citizens_marital_status\" CHECK (marital_status IS NULL OR marital_status IN ('single', 'married', 'divorced', 'widowed'))",
    );
    await queryRunner.query(
      'ALTER TABLE "population"."citizen_versions" ADD CONSTRAINT "fk_citizen_versions_citizen_id" FOREIGN KEY ("citizen_id") REFERENCES "population"."citizens"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "population"."citizen_versions" DROP CONSTRAINT "fk_citizen_versions_citizen_id"',
    );
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP CONSTRAINT "ck_citizens_marital_status"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP CONSTRAINT "ck_citizens_vital_status"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP CONSTRAINT "ck_citizens_birth_date"');
    await queryRunner.query('DROP INDEX "population"."ix_citizens_search_name"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "email"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "phone"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "vital_status"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "permanent_address"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "permanent_province_code"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "marital_status"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "nationality"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "religion"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "ethnicity_code"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "place_of_birth"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "birth_day"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "birth_month"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "birth_year"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "search_name"');
    await queryRunner.query('DROP INDEX "population"."ix_citizen_versions_citizen_id_recorded_at"');
    await queryRunner.query('DROP TABLE "population"."citizen_versions"');
  }
}
