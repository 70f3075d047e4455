import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Why a text is unfit for a registry record, or null. */
export function textProblem(value: unknown, maxLength: number, allowEmpty = false): string | null {
  if (typeof value !== 'string') return 'must be text';
  if (!value.isWellFormed()) return 'contains an unpaired surrogate (broken Unicode)';
  if (/\p{Cc}/u.test(value)) return 'contains control characters (such as NUL)';
  if (!allowEmpty && value.trim().length === 0) return 'must not be empty';
  if (value.length > maxLength) return `must be at most ${maxLength} characters`;
  return null;
}

/**
 * Text for a registry record: trimmed and stored in Unicode NFC; refused if it holds NUL or
 * other control characters, broken Unicode, nothing (unless `allowEmpty`), or more than
 * `maxLength` characters.
 */
export function RegistryText(
  maxLength: number,
  options?: ValidationOptions & { allowEmpty?: boolean },
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    const clean = (value: unknown) =>
      typeof value === 'string' && value.isWellFormed() ? value.normalize('NFC').trim() : value;
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(clean) : clean(value)))(
      target,
      propertyName,
    );
    let problem: string | null = null;
    registerDecorator({
      name: 'registryText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => (problem = textProblem(value, maxLength, options?.allowEmpty)) === null,
        defaultMessage: () => problem ?? 'is invalid',
      },
    });
  };
}
