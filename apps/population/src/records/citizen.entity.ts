import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
export const VITAL_STATUSES = ['alive', 'deceased', 'missing'] as const;
export type VitalStatus = (typeof VITAL_STATUSES)[number];

export const BLOOD_GROUPS = ['O+', 'O-', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-'] as const;

export const FAMILY_RELATIONS = ['father', 'mother', 'spouse', 'child', 'legal_representative'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export interface FamilyLinkValue {
  relation: FamilyRelation;
  personalIdNumber: string | null;
  name: string | null;
  nationality: string | null;
}

const inList = (column: string, values: readonly string[]) =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * A person in the national population database (Law on Identification 2023, Art. 9): the
 * current version. Every earlier version is in citizen_versions. Text is stored in NFC.
 */
@Entity({ name: 'citizens', schema: 'population' })
@Check('ck_citizens_sex', inList('sex', SEXES))
@Check('ck_citizens_marital_status', `marital_status IS NULL OR ${inList('marital_status', MARITAL_STATUSES)}`)
@Check('ck_citizens_vital_status', inList('vital_status', VITAL_STATUSES))
@Check('ck_citizens_blood_group', `blood_group IS NULL OR ${inList('blood_group', BLOOD_GROUPS)}`)
@Check(
  'ck_citizens_birth_date',
  '(birth_month IS NULL AND birth_day IS NULL) OR (birth_month BETWEEN 1 AND 12 AND (birth_day IS NULL OR birth_day BETWEEN 1 AND 31))',
)
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

  /** The full name without diacritics, lower case: what accent-insensitive search compares. */
  @Index()
  @Column({ type: 'varchar', length: 310, default: '' })
  searchName: string;

  @Column({ type: 'varchar', length: 6 })
  sex: Sex;

  /** Births may be known to the year, or the year and month only. */
  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  @Column({ type: 'smallint', nullable: true })
  birthMonth: number | null;

  @Column({ type: 'smallint', nullable: true })
  birthDay: number | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  placeOfBirth: string | null;

  /** Nơi đăng ký khai sinh: where the birth was registered (the ID number's PPP names the province). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  birthRegistrationPlace: string | null;

  /** Quê quán: place of origin. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  placeOfOrigin: string | null;

  /** ABO and Rh, e.g. O+, AB-. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  bloodGroup: string | null;

  /** Code of the 54 ethnic groups (reference.ethnic_groups). */
  @Column({ type: 'char', length: 2, nullable: true })
  ethnicityCode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  religion: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2, default: 'VN' })
  nationality: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  maritalStatus: MaritalStatus | null;

  /** Province code as it was when the address was captured (3-digit legacy or 2-digit since 2025). */
  @Column({ type: 'varchar', length: 3, nullable: true })
  permanentProvinceCode: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  permanentAddress: string | null;

  /** Other names the person is known by. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  otherNames: string[];

  @Column({ type: 'date', nullable: true })
  idCardIssueDate: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  idCardIssuePlace: string | null;

  @Column({ type: 'date', nullable: true })
  idCardExpiryDate: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  temporaryProvinceCode: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  temporaryAddress: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currentProvinceCode: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  currentAddress: string | null;

  /** Residence file (household) number. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  householdNumber: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  relationshipToHead: string | null;

  /**
   * Father, mother, spouse, children, legal representative: by personal ID number where the
   * relative is in the registry, by name (and nationality) where not. Kept in the record, so
   * every version carries the family as it was.
   */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  familyLinks: FamilyLinkValue[];

  @Column({ type: 'varchar', length: 16, default: 'alive' })
  vitalStatus: VitalStatus;

  /** Date of death, or of being declared missing. */
  @Column({ type: 'date', nullable: true })
  vitalStatusDate: string | null;

  /** The 9-digit identity card number of old, if the person had one. */
  @Index()
  @Column({ type: 'char', length: 9, nullable: true })
  oldIdNumber: string | null;

  /** Set when a steward merged this record, a duplicate, into another: reads are redirected there. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
