import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSealedDisclosure1795451952554 implements MigrationInterface {
  name = 'AddSealedDisclosure1795451952554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."agreements" ADD "sealed_disclosure_days" integer');
    await queryRunner.query(
      'ALTER TABLE "exchange"."agreements" ADD CONSTRAINT "ck_agreements_sealed_disclosure_days" CHECK (sealed_disclosure_days >= 1)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "exchange"."agreements" DROP CONSTRAINT "ck_agreements_sealed_disclosure_days"',
    );
    await queryRunner.query('ALTER TABLE "exchange"."agreements" DROP COLUMN "sealed_disclosure_days"');
  }
}
