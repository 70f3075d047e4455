import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isKnownDataCategory } from '../data-categories';

/** The largest limit one can state; anything above is a typo, not a policy. */
export const MAX_LIMIT = 1_000_000_000;

/**
 * A rule whose constraint name is the error code the caller gets (the validation pipe turns
 * a SCREAMING_SNAKE constraint name into the code).
 */
function rule(name: string, problem: (value: unknown) => string | null, options?: ValidationOptions) {
  return (target: object, propertyName: string | symbol) => {
    let lastProblem: string | null = null;
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => (lastProblem = problem(value)) === null,
        defaultMessage: () => lastProblem ?? 'is invalid',
      },
    });
  };
}

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
