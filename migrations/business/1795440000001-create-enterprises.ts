import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEnterprises1795440000001 implements MigrationInterface {
  name = 'CreateEnterprises1795440000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SCHEMA IF NOT EXISTS "business"');
    await queryRunner.query(
      'CREATE TABLE "business"."enterprises" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_code" character(10) NOT NULL, "name" character varying(255) NOT NULL, "status" character varying(32) NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_enterprises_enterprise_code" UNIQUE ("enterprise_code"), CONSTRAINT "ck_enterprises_status" CHECK (status IN (\'active\', \'suspended\', \'dissolving\', \'dissolved\', \'bankrupt\', \'registration_revoked\')), CONSTRAINT "pk_enterprises" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "business"."legal_representatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "personal_id_number" character(12) NOT NULL, "title" character varying(150) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "enterprise_id" uuid NOT NULL, CONSTRAINT "uq_legal_representatives_enterprise_id_personal_id_number" UNIQUE ("enterprise_id", "personal_id_number"), CONSTRAINT "pk_legal_representatives" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "business"."legal_representatives" ADD CONSTRAINT "fk_legal_representatives_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "business"."enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "business"."legal_representatives"');
    await queryRunner.query('DROP TABLE "business"."enterprises"');
    await queryRunner.query('DROP SCHEMA "business"');
  }
}
