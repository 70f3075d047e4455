import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A validation rule whose constraint name is the error code the caller gets: the validation
 * pipe answers with that SCREAMING_SNAKE code instead of the generic BAD_USER_INPUT, and with
 * the reason `problem` gave.
 */
export function codedRule(
  code: string,
  problem: (value: unknown) => string | null,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    let lastProblem: string | null = null;
    registerDecorator({
      name: code,
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
