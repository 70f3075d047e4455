import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateClientAssertions1795449206359 implements MigrationInterface {
  name = 'CreateClientAssertions1795449206359';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exchange"."client_assertions" ("client_id" character varying(128) NOT NULL, "jti" character varying(255) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_client_assertions" PRIMARY KEY ("client_id", "jti"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_client_assertions_expires_at" ON "exchange"."client_assertions"  ("expires_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "exchange"."ix_client_assertions_expires_at"');
    await queryRunner.query('DROP TABLE "exchange"."client_assertions"');
  }
}
