import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access core's tables, in a schema of their own: who may ask (agencies, their systems,
 * purposes), on what basis (agreements and their daily counts, consents and their use) and the
 * record of every answer (the access log, its head, subtrees and checkpoints). Every subgraph
 * decides and records through libs/access and reaches these tables on the access core's
 * database alone, so population and the business registry may live on other databases.
 *
 * `SET SCHEMA` moves each table with its rows, keys, indexes, checks and triggers; nothing is
 * copied and no row changes. The triggers' functions move too. The consents' foreign key to the
 * exchange's consent requests is dropped: the core must not depend on the exchange's workflow
 * (the request id is kept); the exchange's own keys into the core (system keys, consent
 * receipts) stay, as the exchange shares the core's database.
 */
const MOVED_TABLES = [
  'agencies',
  'purposes',
  'agency_systems',
  'agreements',
  'agreement_daily_records',
  'consents',
  'access_records',
  'access_log_head',
  'log_subtrees',
  'log_checkpoints',
];
const MOVED_FUNCTIONS = ['refuse_log_change()', 'refuse_checkpoint_change()'];

export class MoveAccessCoreToAccessSchema1796400000000 implements MigrationInterface {
  name = 'MoveAccessCoreToAccessSchema1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE SCHEMA IF NOT EXISTS "access"');
    await queryRunner.query('ALTER TABLE "exchange"."consents" DROP CONSTRAINT "fk_consents_request_id"');
    for (const table of MOVED_TABLES) await queryRunner.query(`ALTER TABLE "exchange"."${table}" SET SCHEMA "access"`);
    for (const fn of MOVED_FUNCTIONS) await queryRunner.query(`ALTER FUNCTION exchange.${fn} SET SCHEMA "access"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of MOVED_FUNCTIONS) await queryRunner.query(`ALTER FUNCTION access.${fn} SET SCHEMA "exchange"`);
    for (const table of [...MOVED_TABLES].reverse()) {
      await queryRunner.query(`ALTER TABLE "access"."${table}" SET SCHEMA "exchange"`);
    }
    await queryRunner.query(
      'ALTER TABLE "exchange"."consents" ADD CONSTRAINT "fk_consents_request_id" FOREIGN KEY ("request_id") REFERENCES "exchange"."consent_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query('DROP SCHEMA "access"');
  }
}
