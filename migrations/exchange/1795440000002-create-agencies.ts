import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgencies1795440000002 implements MigrationInterface {
  name = 'CreateAgencies1795440000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SCHEMA IF NOT EXISTS "exchange"');
    await queryRunner.query(
      'CREATE TABLE "exchange"."agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name_vi" character varying(255) NOT NULL, "level" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "parent_id" uuid, CONSTRAINT "uq_agencies_code" UNIQUE ("code"), CONSTRAINT "ck_agencies_status" CHECK (status IN (\'pending\', \'active\', \'suspended\')), CONSTRAINT "ck_agencies_level" CHECK (level IN (\'central\', \'provincial\', \'commune\', \'private\')), CONSTRAINT "pk_agencies" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."agencies" ADD CONSTRAINT "fk_agencies_parent_id" FOREIGN KEY ("parent_id") REFERENCES "exchange"."agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "exchange"."agencies"');
    await queryRunner.query('DROP SCHEMA "exchange"');
  }
}
