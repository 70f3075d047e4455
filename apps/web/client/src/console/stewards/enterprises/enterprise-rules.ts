// The registry's own rules, imported from the lib the server validates with (pure code, no Node):
// a code the page accepts is one the API accepts, and the other way round.
import { enterpriseCodeProblem, parseBranchCode } from '../../../../../../../libs/identifiers/src/enterprise-code';
import { personalIdProblem } from '../../../../../../../libs/identifiers/src/personal-id-number';
import { LEGACY_PROVINCES } from '../../../../../../../libs/identifiers/src/reference/legacy-provinces';
import { PROVINCES_2025 } from '../../../../../../../libs/identifiers/src/reference/provinces-2025';

/** Why a form field is refused before sending; each names a message of enterprises.messages.ts. */
export type FieldProblem =
  | 'required'
  | 'tooLong'
  | 'controlCharacters'
  | 'invisibleCharacters'
  | 'enterpriseCode'
  | 'branchCode'
  | 'branchOfAnother'
  | 'personalIdNumber'
  | 'province'
  | 'sameStatus';

/** The statuses of the API's EnterpriseStatus enum, in the order of an enterprise's life. */
export const ENTERPRISE_STATUSES = [
  'ACTIVE',
  'SUSPENDED',
  'DISSOLVING',
  'DISSOLVED',
  'BANKRUPT',
  'REGISTRATION_REVOKED',
] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** Every status but the current: the registry refuses a change to the status it has (INVALID_AMENDMENT). */
export const statusesToChangeTo = (current: string | null): EnterpriseStatus[] =>
  ENTERPRISE_STATUSES.filter((status) => status !== current);

export const BRANCH_KINDS = ['branch', 'representative_office'] as const;

/** The province codes HeadOfficeInput accepts: the 34 of 2025 first (what a new address uses), then the legacy 63. */
export const PROVINCES: readonly { code: string; name: string }[] = [...PROVINCES_2025, ...LEGACY_PROVINCES];
export { LEGACY_PROVINCES, PROVINCES_2025 };

export const provinceName = (code: string | null): string | null =>
  PROVINCES.find((province) => province.code === code)?.name ?? null;

/** Limits of enterprise-stewardship.inputs.ts. */
export const MAX = { reason: 500, title: 150, name: 255, address: 255 } as const;

const CONTROL = /\p{Cc}/u;
// As libs/validation text.validators.ts (NameText): characters that make two names look alike.
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]|(?! )\p{Zs}/u;

/**
 * RegistryText as the server applies it: NFC, trimmed, not empty, at most `max` characters,
 * no control characters (line breaks included: the API's inputs are one line). With `name`,
 * NameText: no invisible or bidirectional characters either.
 */
export function textProblem(value: string, max: number, { name = false } = {}): FieldProblem | null {
  const clean = value.normalize('NFC').trim();
  if (clean === '') return 'required';
  if (clean.length > max) return 'tooLong';
  if (CONTROL.test(clean)) return 'controlCharacters';
  if (name && INVISIBLE.test(clean)) return 'invisibleCharacters';
  return null;
}

export const enterpriseCodeFieldProblem = (value: string): FieldProblem | null =>
  value.trim() === '' ? 'required' : enterpriseCodeProblem(value.trim()) ? 'enterpriseCode' : null;

export const personalIdFieldProblem = (value: string): FieldProblem | null =>
  value.trim() === '' ? 'required' : personalIdProblem(value.trim()) ? 'personalIdNumber' : null;

/**
 * A branch code of this enterprise: the registry files a branch under the enterprise its first
 * ten digits name, so a code of another enterprise would amend that one instead.
 */
export function branchCodeProblem(value: string, enterpriseCode: string): FieldProblem | null {
  const code = value.trim();
  if (code === '') return 'required';
  const parsed = parseBranchCode(code);
  if (!parsed) return 'branchCode';
  return parsed.enterpriseCode === enterpriseCode ? null : 'branchOfAnother';
}

export const provinceProblem = (code: string): FieldProblem | null =>
  code === '' ? 'required' : PROVINCES.some((province) => province.code === code) ? null : 'province';

/** The next free suffix after the branches an enterprise has, as a suggestion for the form. */
export function nextBranchCode(enterpriseCode: string, branchCodes: readonly string[]): string {
  const used = new Set(branchCodes.map((code) => Number(code.slice(11))));
  let suffix = 1;
  while (used.has(suffix) && suffix < 999) suffix += 1;
  return `${enterpriseCode}-${String(suffix).padStart(3, '0')}`;
}
