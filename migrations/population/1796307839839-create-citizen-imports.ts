import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Citizens CSV files stewards upload in the console, with their progress and refused rows. */
export class CreateCitizenImports1796307839839 implements MigrationInterface {
  name = 'CreateCitizenImports1796307839839';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "population"."citizen_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" character varying(200) NOT NULL, "file_sha256" character(64) NOT NULL, "file_bytes" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'running\', "rows_read" integer NOT NULL DEFAULT \'0\', "accepted" integer NOT NULL DEFAULT \'0\', "already_registered" integer NOT NULL DEFAULT \'0\', "refused" integer NOT NULL DEFAULT \'0\', "id_mismatches" integer NOT NULL DEFAULT \'0\', "started_by" character varying(64) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "finished_at" TIMESTAMP WITH TIME ZONE, "failure" character varying(500), "rejects_csv" text, CONSTRAINT "ck_citizen_imports_status" CHECK (status IN (\'running\', \'finished\', \'failed\', \'interrupted\')), CONSTRAINT "pk_citizen_imports" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_citizen_imports_file_sha256" ON "population"."citizen_imports"  ("file_sha256") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_citizen_imports_started_at" ON "population"."citizen_imports"  ("started_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_citizen_imports_one_running" ON "population"."citizen_imports"  ("status") WHERE status = \'running\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "population"."uq_citizen_imports_one_running"');
    await queryRunner.query('DROP INDEX "population"."ix_citizen_imports_started_at"');
    await queryRunner.query('DROP INDEX "population"."ix_citizen_imports_file_sha256"');
    await queryRunner.query('DROP TABLE "population"."citizen_imports"');
  }
}
