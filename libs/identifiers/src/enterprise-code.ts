/** Weights of digits 1–9 in the enterprise code's check digit (shared/DOMAIN.md). */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export type EnterpriseCodeProblem = 'FORMAT' | 'CHECK_DIGIT' | 'UNISSUABLE_PREFIX' | 'ZERO_SERIAL';

/**
 * The check digit for a 9-digit prefix, or null when the prefix is never issued
 * (10 − (Σ wᵢ·dᵢ mod 11) comes out as 10).
 */
export function enterpriseCheckDigit(prefix: string): number | null {
  if (!/^\d{9}$/.test(prefix)) throw new RangeError('an enterprise code prefix has 9 digits');
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(prefix[i]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check % 10;
}

/** Why a 10-digit enterprise code (mã số doanh nghiệp) is invalid, or null if it is valid. */
export function enterpriseCodeProblem(code: string): EnterpriseCodeProblem | null {
  if (!/^\d{10}$/.test(code)) return 'FORMAT';
  if (/^0{7}$/.test(code.slice(2, 9))) return 'ZERO_SERIAL';
  const check = enterpriseCheckDigit(code.slice(0, 9));
  if (check === null) return 'UNISSUABLE_PREFIX';
  return check === Number(code[9]) ? null : 'CHECK_DIGIT';
}

export function isEnterpriseCode(code: string): boolean {
  return enterpriseCodeProblem(code) === null;
}

export interface BranchCode {
  /** The parent enterprise's 10-digit code. */
  enterpriseCode: string;
  /** 001–999. */
  suffix: number;
}

/**
 * A branch or representative-office code, `NNNNNNNNNN-NNN`: the parent's valid code and a
 * suffix 001–999. Whether the parent exists is the registry's question, not this function's.
 */
export function parseBranchCode(code: string): BranchCode | null {
  const match = /^(\d{10})-(\d{3})$/.exec(code);
  if (!match || !isEnterpriseCode(match[1]) || match[2] === '000') return null;
  return { enterpriseCode: match[1], suffix: Number(match[2]) };
}
