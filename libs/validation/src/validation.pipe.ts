import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { checkArgumentRules } from './argument-rules';
import { InvalidInputError } from '@app/errors';
import { CODE_PATTERN } from '@app/errors';

/**
 * The rules of every argument (checkArgumentRules: text, dates), then class-validator on
 * every argument and input class, failing with BAD_USER_INPUT, or the rule's own code,
 * naming the first bad field (nested fields as `address.street`). Unknown fields are refused.
 */
export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
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

/**
 * Nest's ValidationPipe, with the rules every argument obeys checked first: every argument
 * declared with a type (a GraphQL resolver's arguments reach pipes as `body`); an untyped
 * HTTP body, such as the token endpoint's form, keeps its own rules.
 */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom' && metadata.metatype && metadata.metatype !== Object) {
      // Fields of an input are named as class-validator names them (`address.street`), a
      // single argument by its own name.
      checkArgumentRules(value, metadata.metatype, typeof value === 'object' ? '' : (metadata.data ?? ''));
    }
    return super.transform(value, metadata);
  }
}
