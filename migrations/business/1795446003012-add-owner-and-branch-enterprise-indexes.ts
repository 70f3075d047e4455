import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Owners and branches by enterprise: every snapshot and list of an enterprise reads them so. */
export class AddOwnerAndBranchEnterpriseIndexes1795446003012 implements MigrationInterface {
  name = 'AddOwnerAndBranchEnterpriseIndexes1795446003012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "ix_owners_enterprise_id" ON "business"."owners"  ("enterprise_id") ');
    await queryRunner.query('CREATE INDEX "ix_branches_enterprise_id" ON "business"."branches"  ("enterprise_id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "business"."ix_branches_enterprise_id"');
    await queryRunner.query('DROP INDEX "business"."ix_owners_enterprise_id"');
  }
}
