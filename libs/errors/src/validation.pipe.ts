import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from './domain-error';
import { CODE_PATTERN } from './error-codes';

/**
 * class-validator on every argument and input, failing with BAD_USER_INPUT naming the
 * first bad field (nested fields as `input.address.street`). Unknown fields are refused.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const [path, constraint, reason] = firstProblem(errors);
      // A rule named like an error code (INVALID_PERSONAL_ID) gives its own code.
      return new InvalidInputError(path, reason, CODE_PATTERN.test(constraint) ? constraint : undefined);
    },
  });
}

/** [field path, constraint name, message] of the first problem, depth first. */
function firstProblem(errors: ValidationError[], prefix = ''): [string, string, string] {
  const error = errors[0];
  const path = prefix ? `${prefix}.${error.property}` : error.property;
  const [constraint] = Object.entries(error.constraints ?? {});
  if (constraint) return [path, constraint[0], constraint[1]];
  if (error.children?.length) return firstProblem(error.children, path);
  return [path, 'invalid', 'is invalid'];
}
