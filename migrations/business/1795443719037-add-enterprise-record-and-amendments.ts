import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The enterprise record (type, dates, head office, capital), business lines, owners, and amendments. */
export class AddEnterpriseRecordAndAmendments1795443719037 implements MigrationInterface {
  name = 'AddEnterpriseRecordAndAmendments1795443719037';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "business"."owners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "personal_id_number" character(12), "enterprise_code" character(10), "name" character varying(255), "capital_contribution" numeric(20,0) NOT NULL, "enterprise_id" uuid NOT NULL, CONSTRAINT "ck_owners_contribution" CHECK (capital_contribution >= 0), CONSTRAINT "ck_owners_party" CHECK (num_nonnulls(personal_id_number, enterprise_code, name) = 1), CONSTRAINT "pk_owners" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "business"."business_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vsic_version" character varying(8) NOT NULL, "code" character varying(5) NOT NULL, "is_main" boolean NOT NULL DEFAULT false, "enterprise_id" uuid NOT NULL, CONSTRAINT "uq_business_lines_enterprise_id_vsic_version_code" UNIQUE ("enterprise_id", "vsic_version", "code"), CONSTRAINT "pk_business_lines" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "ux_business_lines_main" ON "business"."business_lines"  ("enterprise_id") WHERE is_main',
    );
    await queryRunner.query(
      'CREATE TABLE "business"."enterprise_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enterprise_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "change_kind" character varying(32) NOT NULL, "reason" character varying(500) NOT NULL, "changed_by" character varying(64) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "uq_enterprise_versions_enterprise_id_version" UNIQUE ("enterprise_id", "version"), CONSTRAINT "pk_enterprise_versions" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_enterprise_versions_enterprise_id_recorded_at" ON "business"."enterprise_versions"  ("enterprise_id", "recorded_at") ',
    );
    await queryRunner.query('ALTER TABLE "business"."enterprises" ADD "foreign_name" character varying(255)');
    await queryRunner.query('ALTER TABLE "business"."enterprises" ADD "abbreviation" character varying(100)');
    await queryRunner.query('ALTER TABLE "business"."enterprises" ADD "type" character varying(32)');
    await queryRunner.query('ALTER TABLE "business"."enterprises" ADD "establishment_date" date');
    await queryRunner.query(
      'ALTER TABLE "business"."enterprises" ADD "head_office_province_code" character varying(3)',
    );
    await queryRunner.query('ALTER TABLE "business"."enterprises" ADD "head_office_address" character varying(255)');
    await queryRunner.query('ALTER TABLE "business"."enterprises" ADD "charter_capital" numeric(20,0)');
    await queryRunner.query(
      'ALTER TABLE "business"."enterprises" ADD CONSTRAINT "ck_enterprises_charter_capital" CHECK (charter_capital IS NULL OR charter_capital >= 0)',
    );
    await queryRunner.query(
      "ALTER TABLE \"business\".\"enterprises\" ADD CONSTRAINT \"ck_enterprises_type\" CHECK (type IS NULL OR type IN ('private_enterprise', 'partnership', 'single_member_llc', 'multi_member_llc', 'joint_stock_company', 'cooperative', 'household_business'))",
    );
    // Enterprises from before this migration start their amendment history here.
    await queryRunner.query(
      `INSERT INTO "business"."enterprise_versions" (enterprise_id, version, snapshot, change_kind, reason, changed_by)
       SELECT e.id, e.version,
              to_jsonb(e) || jsonb_build_object(
                'legal_representatives', COALESCE((SELECT jsonb_agg(to_jsonb(r) ORDER BY r.created_at, r.personal_id_number)
                                                   FROM "business"."legal_representatives" r WHERE r.enterprise_id = e.id), '[]'::jsonb),
                'business_lines', '[]'::jsonb, 'owners', '[]'::jsonb),
              'register', 'recorded before amendments were kept', 'migration'
         FROM "business"."enterprises" e`,
    );
    await queryRunner.query(
      'ALTER TABLE "business"."owners" ADD CONSTRAINT "fk_owners_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "business"."enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "business"."business_lines" ADD CONSTRAINT "fk_business_lines_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "business"."enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "business"."enterprise_versions" ADD CONSTRAINT "fk_enterprise_versions_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "business"."enterprises"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "business"."enterprise_versions" DROP CONSTRAINT "fk_enterprise_versions_enterprise_id"',
    );
    await queryRunner.query(
      'ALTER TABLE "business"."business_lines" DROP CONSTRAINT "fk_business_lines_enterprise_id"',
    );
    await queryRunner.query('ALTER TABLE "business"."owners" DROP CONSTRAINT "fk_owners_enterprise_id"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP CONSTRAINT "ck_enterprises_type"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP CONSTRAINT "ck_enterprises_charter_capital"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP COLUMN "charter_capital"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP COLUMN "head_office_address"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP COLUMN "head_office_province_code"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP COLUMN "establishment_date"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP COLUMN "type"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP COLUMN "abbreviation"');
    await queryRunner.query('ALTER TABLE "business"."enterprises" DROP COLUMN "foreign_name"');
    await queryRunner.query('DROP INDEX "business"."ix_enterprise_versions_enterprise_id_recorded_at"');
    await queryRunner.query('DROP TABLE "business"."enterprise_versions"');
    await queryRunner.query('DROP INDEX "business"."ux_business_lines_main"');
    await queryRunner.query('DROP TABLE "business"."business_lines"');
    await queryRunner.query('DROP TABLE "business"."owners"');
  }
}
