import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether agencies read for a purpose on the citizen's consent: the token endpoint issues a
 * token for such a purpose without an agreement, and refuses any other purpose no approved
 * agreement of the agency covers (invalid_scope).
 */
export class AddPurposeConsentBasis1796191336558 implements MigrationInterface {
  name = 'AddPurposeConsentBasis1796191336558';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."purposes" ADD "consent_based" boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."purposes" DROP COLUMN "consent_based"');
  }
}
