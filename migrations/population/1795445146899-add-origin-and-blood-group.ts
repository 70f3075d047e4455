import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Place of birth registration, place of origin (quê quán) and blood group. */
export class AddOriginAndBloodGroup1795445146899 implements MigrationInterface {
  name = 'AddOriginAndBloodGroup1795445146899';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "population"."citizens" ADD "birth_registration_place" character varying(255)',
    );
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "place_of_origin" character varying(255)');
    await queryRunner.query('ALTER TABLE "population"."citizens" ADD "blood_group" character varying(3)');
    await queryRunner.query(
      "ALTER TABLE \"population\".\"citizens\" ADD CONSTRAINT \"ck_citizens_blood_group\" CHECK (blood_group IS NULL OR blood_group IN ('O+', 'O-', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-'))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP CONSTRAINT "ck_citizens_blood_group"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "blood_group"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "place_of_origin"');
    await queryRunner.query('ALTER TABLE "population"."citizens" DROP COLUMN "birth_registration_place"');
  }
}
