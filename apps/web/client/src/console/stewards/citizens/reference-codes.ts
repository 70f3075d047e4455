// The population subgraph's own reference tables (libs/identifiers), read as source: the form
// offers exactly the codes the API accepts, from the one list both sides keep.
import { ETHNIC_GROUPS } from '../../../../../../../libs/identifiers/src/reference/ethnic-groups';
import {
  LEGACY_PROVINCES,
  isBirthRegistrationCode,
} from '../../../../../../../libs/identifiers/src/reference/legacy-provinces';
import { PROVINCES_2025 } from '../../../../../../../libs/identifiers/src/reference/provinces-2025';

export { ETHNIC_GROUPS, isBirthRegistrationCode };

/** BLOOD_GROUPS of apps/population's citizen.entity.ts (an entity file the browser cannot import). */
export const BLOOD_GROUPS = ['O+', 'O-', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-'] as const;

/** Province codes a residence may name: the 2-digit ones since 1 Jul 2025 first, then the 63 of before. */
export const PROVINCES: readonly { code: string; name: string; legacy: boolean }[] = [
  ...PROVINCES_2025.map((province) => ({ code: province.code, name: province.name, legacy: false })),
  ...LEGACY_PROVINCES.map((province) => ({ code: province.code, name: province.name, legacy: true })),
];

export const PROVINCE_CODES = new Set(PROVINCES.map((province) => province.code));
export const ETHNIC_CODES = new Set(ETHNIC_GROUPS.map((group) => group.code));

export const SEXES = ['MALE', 'FEMALE'] as const;
export const MARITAL_STATUSES = ['SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED'] as const;
export const VITAL_STATUSES = ['ALIVE', 'DECEASED', 'MISSING'] as const;
export const FAMILY_RELATIONS = ['FATHER', 'MOTHER', 'SPOUSE', 'CHILD', 'LEGAL_REPRESENTATIVE'] as const;
