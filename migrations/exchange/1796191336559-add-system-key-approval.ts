import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The four-eyes rule for keys and resumptions: a key added after registration is pending
 * until a different administrator approves it, and a suspended system records who suspended
 * it, who cannot alone resume it.
 */
export class AddSystemKeyApproval1796191336559 implements MigrationInterface {
  name = 'AddSystemKeyApproval1796191336559';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."system_keys" DROP CONSTRAINT "ck_system_keys_status"');
    await queryRunner.query(
      'ALTER TABLE "exchange"."system_keys" ADD CONSTRAINT "ck_system_keys_status" CHECK (status IN (\'pending\', \'active\', \'revoked\'))',
    );
    await queryRunner.query('ALTER TABLE "exchange"."system_keys" ADD "approved_by" character varying(128)');
    await queryRunner.query('ALTER TABLE "exchange"."system_keys" ADD "approved_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "exchange"."agency_systems" ADD "suspended_by" character varying(128)');
    await queryRunner.query('ALTER TABLE "exchange"."agency_systems" ADD "suspended_at" TIMESTAMP WITH TIME ZONE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."agency_systems" DROP COLUMN "suspended_at"');
    await queryRunner.query('ALTER TABLE "exchange"."agency_systems" DROP COLUMN "suspended_by"');
    // A pending key was never usable; without the status it becomes revoked, never active.
    await queryRunner.query(
      'UPDATE "exchange"."system_keys" SET status = \'revoked\', revoked_at = now() WHERE status = \'pending\'',
    );
    await queryRunner.query('ALTER TABLE "exchange"."system_keys" DROP COLUMN "approved_at"');
    await queryRunner.query('ALTER TABLE "exchange"."system_keys" DROP COLUMN "approved_by"');
    await queryRunner.query('ALTER TABLE "exchange"."system_keys" DROP CONSTRAINT "ck_system_keys_status"');
    await queryRunner.query(
      'ALTER TABLE "exchange"."system_keys" ADD CONSTRAINT "ck_system_keys_status" CHECK (status IN (\'active\', \'revoked\'))',
    );
  }
}
