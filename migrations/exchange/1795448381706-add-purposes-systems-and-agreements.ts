import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPurposesSystemsAndAgreements1795448381706 implements MigrationInterface {
  name = 'AddPurposesSystemsAndAgreements1795448381706';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exchange"."system_keys" ("client_id" character varying(128) NOT NULL, "kid" character varying(128) NOT NULL, "public_jwk" jsonb NOT NULL, "status" character varying(16) NOT NULL, "added_by" character varying(128) NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_by" character varying(128), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_system_keys_revocation" CHECK ((status = \'revoked\') = (revoked_at IS NOT NULL)), CONSTRAINT "ck_system_keys_status" CHECK (status IN (\'active\', \'revoked\')), CONSTRAINT "pk_system_keys" PRIMARY KEY ("client_id", "kid"))',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."agency_systems" ("client_id" character varying(128) NOT NULL, "agency_code" character varying(32) NOT NULL, "name" character varying(255) NOT NULL, "status" character varying(16) NOT NULL, "registered_by" character varying(128) NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "approved_by" character varying(128), "approved_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_agency_systems_client_id" CHECK (client_id ~ \'^[a-z0-9][a-z0-9._-]{2,127}$\'), CONSTRAINT "ck_agency_systems_status" CHECK (status IN (\'pending\', \'active\', \'suspended\', \'revoked\')), CONSTRAINT "pk_agency_systems" PRIMARY KEY ("client_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_agency_systems_agency_code" ON "exchange"."agency_systems"  ("agency_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_number" character varying(32) NOT NULL, "version" integer NOT NULL, "agency_code" character varying(32) NOT NULL, "categories" text array NOT NULL, "purposes" text array NOT NULL, "legal_instrument" character varying(255) NOT NULL, "legal_article" character varying(64) NOT NULL, "legal_clause" character varying(64), "legal_text_vi" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE, "requests_per_minute" integer, "records_per_day" integer, "status" character varying(16) NOT NULL, "proposed_by" character varying(128) NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" character varying(128), "decided_at" TIMESTAMP WITH TIME ZONE, "supersedes_id" uuid, "change_note" text NOT NULL, CONSTRAINT "uq_agreements_agreement_number_version" UNIQUE ("agreement_number", "version"), CONSTRAINT "ck_agreements_scope" CHECK (cardinality(categories) > 0 AND cardinality(purposes) > 0), CONSTRAINT "ck_agreements_limits" CHECK (requests_per_minute >= 1 AND records_per_day >= 1), CONSTRAINT "ck_agreements_window" CHECK (valid_to IS NULL OR valid_to > valid_from), CONSTRAINT "ck_agreements_version" CHECK (version >= 1), CONSTRAINT "ck_agreements_status" CHECK (status IN (\'proposed\', \'approved\', \'rejected\', \'superseded\', \'withdrawn\')), CONSTRAINT "pk_agreements" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_agreements_open_proposal" ON "exchange"."agreements"  ("agreement_number") WHERE status = \'proposed\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_agreements_in_force" ON "exchange"."agreements"  ("agreement_number") WHERE status = \'approved\'',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_agreements_agency_code_status" ON "exchange"."agreements"  ("agency_code", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."purposes" ("code" character varying(64) NOT NULL, "text_vi" text NOT NULL, "text_en" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_purposes_code" CHECK (code ~ \'^[A-Z][A-Z0-9_]{1,63}$\'), CONSTRAINT "pk_purposes" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."system_keys" ADD CONSTRAINT "fk_system_keys_client_id" FOREIGN KEY ("client_id") REFERENCES "exchange"."agency_systems"("client_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."agency_systems" ADD CONSTRAINT "fk_agency_systems_agency_code" FOREIGN KEY ("agency_code") REFERENCES "exchange"."agencies"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."agreements" ADD CONSTRAINT "fk_agreements_agency_code" FOREIGN KEY ("agency_code") REFERENCES "exchange"."agencies"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."agreements" ADD CONSTRAINT "fk_agreements_supersedes_id" FOREIGN KEY ("supersedes_id") REFERENCES "exchange"."agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."agreements" DROP CONSTRAINT "fk_agreements_supersedes_id"');
    await queryRunner.query('ALTER TABLE "exchange"."agreements" DROP CONSTRAINT "fk_agreements_agency_code"');
    await queryRunner.query('ALTER TABLE "exchange"."agency_systems" DROP CONSTRAINT "fk_agency_systems_agency_code"');
    await queryRunner.query('ALTER TABLE "exchange"."system_keys" DROP CONSTRAINT "fk_system_keys_client_id"');
    await queryRunner.query('DROP TABLE "exchange"."purposes"');
    await queryRunner.query('DROP INDEX "exchange"."ix_agreements_agency_code_status"');
    await queryRunner.query('DROP INDEX "exchange"."uq_agreements_in_force"');
    await queryRunner.query('DROP INDEX "exchange"."uq_agreements_open_proposal"');
    await queryRunner.query('DROP TABLE "exchange"."agreements"');
    await queryRunner.query('DROP INDEX "exchange"."ix_agency_systems_agency_code"');
    await queryRunner.query('DROP TABLE "exchange"."agency_systems"');
    await queryRunner.query('DROP TABLE "exchange"."system_keys"');
  }
}
