import type { ValidationOptions } from 'class-validator';
import { codedRule } from '@app/validation';
import { enterpriseCodeProblem, parseBranchCode } from './enterprise-code';
import { personalIdProblem } from './personal-id-number';

const PERSONAL_ID_REASONS = {
  FORMAT: 'must be a personal ID number of 12 digits',
  UNKNOWN_REGISTRATION_CODE: 'must start with the code of a province where births are registered',
};

const ENTERPRISE_CODE_REASONS = {
  FORMAT: 'must be an enterprise code of 10 digits',
  CHECK_DIGIT: 'has a wrong check digit',
  UNISSUABLE_PREFIX: 'is not an issuable enterprise code',
  ZERO_SERIAL: 'is not an issuable enterprise code (digits 3 to 9 are all zero)',
};

/** A rule on strings (see codedRule): anything else is refused as not a string. */
function stringRule(
  name: string,
  problem: (value: string) => string | null,
  options?: ValidationOptions,
): PropertyDecorator {
  return codedRule(name, (value) => (typeof value === 'string' ? problem(value) : 'must be a string'), options);
}

/** A well-formed personal ID number (12 digits, a known place of birth registration). */
export function IsPersonalIdNumber(options?: ValidationOptions): PropertyDecorator {
  return stringRule(
    'INVALID_PERSONAL_ID',
    (value) => {
      const problem = personalIdProblem(value);
      return problem ? PERSONAL_ID_REASONS[problem] : null;
    },
    options,
  );
}

/** A valid enterprise code (10 digits, check digit, issuable). */
export function IsEnterpriseCode(options?: ValidationOptions): PropertyDecorator {
  return stringRule(
    'INVALID_ENTERPRISE_CODE',
    (value) => {
      const problem = enterpriseCodeProblem(value);
      return problem ? ENTERPRISE_CODE_REASONS[problem] : null;
    },
    options,
  );
}

/** A branch or representative-office code `NNNNNNNNNN-NNN` with a valid parent code. */
export function IsBranchCode(options?: ValidationOptions): PropertyDecorator {
  return stringRule(
    'INVALID_BRANCH_CODE',
    (value) =>
      parseBranchCode(value)
        ? null
        : 'must be a branch code NNNNNNNNNN-NNN with a valid enterprise code and suffix 001-999',
    options,
  );
}
