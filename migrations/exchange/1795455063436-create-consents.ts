import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsents1795455063436 implements MigrationInterface {
  name = 'CreateConsents1795455063436';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exchange"."consent_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_code" character varying(32) NOT NULL, "client_id" character varying(128) NOT NULL, "personal_id_number" character varying(12) NOT NULL, "purpose" character varying(64) NOT NULL, "categories" text array NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "fetch_type" character varying(16) NOT NULL, "max_reads_per_day" integer, "data_life_days" integer NOT NULL, "status" character varying(16) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_consent_requests_data_life_days" CHECK (data_life_days >= 1), CONSTRAINT "ck_consent_requests_max_reads_per_day" CHECK ((fetch_type = \'periodic\' AND max_reads_per_day >= 1) OR (fetch_type = \'one_time\' AND max_reads_per_day IS NULL)), CONSTRAINT "ck_consent_requests_categories" CHECK (cardinality(categories) > 0), CONSTRAINT "ck_consent_requests_window" CHECK (valid_to > valid_from), CONSTRAINT "ck_consent_requests_fetch_type" CHECK (fetch_type IN (\'one_time\', \'periodic\')), CONSTRAINT "ck_consent_requests_status" CHECK (status IN (\'pending\', \'granted\', \'refused\', \'expired\', \'withdrawn\')), CONSTRAINT "pk_consent_requests" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_requests_agency_code_status" ON "exchange"."consent_requests"  ("agency_code", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_requests_personal_id_number_status" ON "exchange"."consent_requests"  ("personal_id_number", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "agency_code" character varying(32) NOT NULL, "personal_id_number" character varying(12) NOT NULL, "purpose" character varying(64) NOT NULL, "categories" text array NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "fetch_type" character varying(16) NOT NULL, "max_reads_per_day" integer, "data_life_days" integer NOT NULL, "status" character varying(16) NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "use_count" integer NOT NULL DEFAULT \'0\', "last_used_at" TIMESTAMP WITH TIME ZONE, "uses_today" integer NOT NULL DEFAULT \'0\', "uses_day" date, CONSTRAINT "ck_consents_use_count" CHECK (use_count >= 0 AND uses_today >= 0), CONSTRAINT "ck_consents_categories" CHECK (cardinality(categories) > 0), CONSTRAINT "ck_consents_window" CHECK (valid_to > valid_from), CONSTRAINT "ck_consents_fetch_type" CHECK (fetch_type IN (\'one_time\', \'periodic\')), CONSTRAINT "ck_consents_status" CHECK (status IN (\'active\', \'paused\', \'revoked\', \'spent\')), CONSTRAINT "pk_consents" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_consents_request_id" ON "exchange"."consents"  ("request_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_consents_agency_code_purpose_personal_id_number_status" ON "exchange"."consents"  ("agency_code", "purpose", "personal_id_number", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."consent_receipts" ("id" uuid NOT NULL, "consent_id" uuid NOT NULL, "event" character varying(16) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "jws" text NOT NULL, CONSTRAINT "ck_consent_receipts_event" CHECK (event IN (\'granted\', \'paused\', \'resumed\', \'revoked\')), CONSTRAINT "pk_consent_receipts" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_consent_receipts_consent_id" ON "exchange"."consent_receipts"  ("consent_id", "issued_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."consents" ADD CONSTRAINT "fk_consents_request_id" FOREIGN KEY ("request_id") REFERENCES "exchange"."consent_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."consent_receipts" ADD CONSTRAINT "fk_consent_receipts_consent_id" FOREIGN KEY ("consent_id") REFERENCES "exchange"."consents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "exchange"."consent_receipts" DROP CONSTRAINT "fk_consent_receipts_consent_id"',
    );
    await queryRunner.query('ALTER TABLE "exchange"."consents" DROP CONSTRAINT "fk_consents_request_id"');
    await queryRunner.query('DROP INDEX "exchange"."ix_consent_receipts_consent_id"');
    await queryRunner.query('DROP TABLE "exchange"."consent_receipts"');
    await queryRunner.query('DROP INDEX "exchange"."ix_consents_agency_code_purpose_personal_id_number_status"');
    await queryRunner.query('DROP INDEX "exchange"."uq_consents_request_id"');
    await queryRunner.query('DROP TABLE "exchange"."consents"');
    await queryRunner.query('DROP INDEX "exchange"."ix_consent_requests_personal_id_number_status"');
    await queryRunner.query('DROP INDEX "exchange"."ix_consent_requests_agency_code_status"');
    await queryRunner.query('DROP TABLE "exchange"."consent_requests"');
  }
}
