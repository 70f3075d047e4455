import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from './domain-error';

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
      const [path, reason] = firstProblem(errors);
      return new InvalidInputError(path, reason);
    },
  });
}

function firstProblem(errors: ValidationError[], prefix = ''): [string, string] {
  const error = errors[0];
  const path = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) return [path, Object.values(error.constraints)[0]];
  if (error.children?.length) return firstProblem(error.children, path);
  return [path, 'is invalid'];
}
