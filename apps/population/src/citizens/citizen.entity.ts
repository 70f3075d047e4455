import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** A person in the national population database (Law on Identification 2023, Art. 9). */
@Entity({ name: 'citizens', schema: 'population' })
@Check('ck_citizens_sex', `sex IN ('male', 'female')`)
export class CitizenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Số định danh cá nhân: 12 digits, the key other registries and agencies use. */
  @Column({ type: 'char', length: 12, unique: true })
  personalIdNumber: string;

  /** Họ */
  @Column({ type: 'varchar', length: 100 })
  familyName: string;

  /** Chữ đệm; many people have none. */
  @Column({ type: 'varchar', length: 100, default: '' })
  middleName: string;

  /** Tên */
  @Column({ type: 'varchar', length: 100 })
  givenName: string;

  @Column({ type: 'varchar', length: 6 })
  sex: Sex;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
