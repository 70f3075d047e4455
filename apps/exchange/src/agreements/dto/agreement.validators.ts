import type { ValidationOptions } from 'class-validator';
import { codedRule as rule } from '@app/validation';
import { isKnownDataCategory } from '../data-categories';

/** The largest limit one can state; anything above is a typo, not a policy. */
export const MAX_LIMIT = 1_000_000_000;

/**
 * The longest seal one can state, in days (ten years): a bound against typos, not a legal
 * limit — the law behind each agreement sets the real one.
 */
export const MAX_SEALED_DISCLOSURE_DAYS = 3650;

/** Data categories, each of the known ones (UNKNOWN_CATEGORY otherwise). */
export function IsDataCategoryList(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'UNKNOWN_CATEGORY',
    (value) => {
      if (!Array.isArray(value)) return 'must be a list of data categories';
      const unknown: unknown = value.find((item) => typeof item !== 'string' || !isKnownDataCategory(item));
      return unknown === undefined ? null : `${JSON.stringify(unknown)} is not a known data category`;
    },
    options,
  );
}

/** A limit: a whole number from 1 (INVALID_LIMIT otherwise); null means no limit. */
export function IsLimit(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'INVALID_LIMIT',
    (value) =>
      Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_LIMIT
        ? null
        : `must be a whole number from 1 to ${MAX_LIMIT}, or null for no limit`,
    options,
  );
}

/** Days reads stay sealed: a whole number from 1 (INVALID_SEALED_DISCLOSURE otherwise); null: disclosed at once. */
export function IsSealedDisclosureDays(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'INVALID_SEALED_DISCLOSURE',
    (value) =>
      Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_SEALED_DISCLOSURE_DAYS
        ? null
        : `must be a whole number of days from 1 to ${MAX_SEALED_DISCLOSURE_DAYS}, or null for no seal`,
    options,
  );
}
