import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgreementDailyRecords1796191224529 implements MigrationInterface {
  name = 'CreateAgreementDailyRecords1796191224529';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exchange"."agreement_daily_records" ("agency_code" character varying(32) NOT NULL, "agreement_number" character varying(32) NOT NULL, "day" date NOT NULL, "records" integer NOT NULL, CONSTRAINT "ck_agreement_daily_records_records" CHECK (records >= 0), CONSTRAINT "pk_agreement_daily_records" PRIMARY KEY ("agency_code", "agreement_number", "day"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "exchange"."agreement_daily_records"');
  }
}
