import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCitizens1795440000000 implements MigrationInterface {
  name = 'CreateCitizens1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SCHEMA IF NOT EXISTS "population"');
    await queryRunner.query(
      'CREATE TABLE "population"."citizens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "personal_id_number" character(12) NOT NULL, "family_name" character varying(100) NOT NULL, "middle_name" character varying(100) NOT NULL DEFAULT \'\', "given_name" character varying(100) NOT NULL, "sex" character varying(6) NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_citizens_personal_id_number" UNIQUE ("personal_id_number"), CONSTRAINT "ck_citizens_sex" CHECK (sex IN (\'male\', \'female\')), CONSTRAINT "pk_citizens" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "population"."citizens"');
    await queryRunner.query('DROP SCHEMA "population"');
  }
}
