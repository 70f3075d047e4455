import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccessDisputes1796221945182 implements MigrationInterface {
  name = 'CreateAccessDisputes1796221945182';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exchange"."access_disputes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_seq" bigint NOT NULL, "personal_id_number" character varying(12) NOT NULL, "text" character varying(2000) NOT NULL, "status" character varying(16) NOT NULL, "answer" character varying(2000), "reviewed_by" character varying(128), "decided_by" character varying(128), "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, CONSTRAINT "ck_access_disputes_version" CHECK (version >= 1), CONSTRAINT "ck_access_disputes_status" CHECK (status IN (\'open\', \'under_review\', \'answered\', \'upheld\', \'rejected\')), CONSTRAINT "pk_access_disputes" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_disputes_status_opened_at" ON "exchange"."access_disputes"  ("status", "opened_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_disputes_personal_id_number_opened_at" ON "exchange"."access_disputes"  ("personal_id_number", "opened_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_access_disputes_open_entry" ON "exchange"."access_disputes"  ("entry_seq") WHERE status IN (\'open\', \'under_review\')',
    );
    await queryRunner.query(
      'CREATE TABLE "exchange"."access_dispute_versions" ("dispute_id" uuid NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL, "text" character varying(2000) NOT NULL, "answer" character varying(2000), "changed_by_kind" character varying(16) NOT NULL, "changed_by" character varying(128) NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "request_id" character varying(64), "receipt" text NOT NULL, CONSTRAINT "ck_access_dispute_versions_changed_by_kind" CHECK (changed_by_kind IN (\'citizen\', \'auditor\')), CONSTRAINT "ck_access_dispute_versions_status" CHECK (status IN (\'open\', \'under_review\', \'answered\', \'upheld\', \'rejected\')), CONSTRAINT "pk_access_dispute_versions" PRIMARY KEY ("dispute_id", "version"))',
    );
    await queryRunner.query(
      'ALTER TABLE "exchange"."access_dispute_versions" ADD CONSTRAINT "fk_access_dispute_versions_dispute_id" FOREIGN KEY ("dispute_id") REFERENCES "exchange"."access_disputes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "exchange"."access_dispute_versions" DROP CONSTRAINT "fk_access_dispute_versions_dispute_id"',
    );
    await queryRunner.query('DROP TABLE "exchange"."access_dispute_versions"');
    await queryRunner.query('DROP INDEX "exchange"."uq_access_disputes_open_entry"');
    await queryRunner.query('DROP INDEX "exchange"."ix_access_disputes_personal_id_number_opened_at"');
    await queryRunner.query('DROP INDEX "exchange"."ix_access_disputes_status_opened_at"');
    await queryRunner.query('DROP TABLE "exchange"."access_disputes"');
  }
}
