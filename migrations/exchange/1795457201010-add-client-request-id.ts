import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The caller's own X-Request-Id, kept apart from the request id the registry makes. Records
 * written before it have none (NULL), and their leaf hashes leave the field out, as before.
 */
export class AddClientRequestId1795457201010 implements MigrationInterface {
  name = 'AddClientRequestId1795457201010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."access_records" ADD "client_request_id" character varying(128)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "exchange"."access_records" DROP COLUMN "client_request_id"');
  }
}
