import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Branches and representative offices, with their own codes. */
export class AddBranches1795444172874 implements MigrationInterface {
  name = 'AddBranches1795444172874';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "business"."branches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "branch_code" character(14) NOT NULL, "kind" character varying(24) NOT NULL, "name" character varying(255) NOT NULL, "province_code" character varying(3) NOT NULL, "address" character varying(255) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "enterprise_id" uuid NOT NULL, CONSTRAINT "uq_branches_branch_code" UNIQUE ("branch_code"), CONSTRAINT "ck_branches_kind" CHECK (kind IN (\'branch\', \'representative_office\')), CONSTRAINT "pk_branches" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "business"."branches" ADD CONSTRAINT "fk_branches_enterprise_id" FOREIGN KEY ("enterprise_id") REFERENCES "business"."enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "business"."branches" DROP CONSTRAINT "fk_branches_enterprise_id"');
    await queryRunner.query('DROP TABLE "business"."branches"');
  }
}
