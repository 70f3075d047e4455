import { InvalidInputError } from '@app/errors';
import { isInvalidDate } from './date-time.scalar';
import { allowsLineBreaks, unsafeTextProblem } from './text.validators';

/**
 * The rules every argument obeys, whatever its own decorators say, checked before them: each
 * string, however deep in an input, is well-formed Unicode without NUL or other control
 * characters (INVALID_TEXT; tabs and line breaks only where AllowsLineBreaks says), and each
 * DateTime names a real instant (INVALID_DATE). So nothing a caller types reaches SQL as
 * text PostgreSQL cannot hold, or as a date it would roll over or reject. `type` is the
 * argument's class, to find the properties marked AllowsLineBreaks.
 */
export function checkArgumentRules(value: unknown, type: unknown, path = ''): void {
  if (typeof value === 'string') {
    const problem = unsafeTextProblem(value);
    if (problem) throw new InvalidInputError(path || 'argument', problem, 'INVALID_TEXT');
    return;
  }
  if (isInvalidDate(value)) {
    throw new InvalidInputError(
      path || 'argument',
      'is not a real date-time (RFC 3339, such as 2026-02-28T09:30:00Z)',
      'INVALID_DATE',
    );
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkArgumentRules(item, type, path ? `${path}.${index}` : String(index)));
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    checkArgumentRules(key, undefined, at);
    if (allowsLineBreaks(type, key)) {
      checkStructuredText(item, at);
      continue;
    }
    checkArgumentRules(item, propertyType(type, key), at);
  }
}

/** A marked property: a string or a list of strings, tabs and line breaks allowed. */
function checkStructuredText(value: unknown, path: string): void {
  for (const item of Array.isArray(value) ? value : [value]) {
    const problem = typeof item === 'string' ? unsafeTextProblem(item, { lineBreaks: true }) : null;
    if (problem) throw new InvalidInputError(path, problem, 'INVALID_TEXT');
  }
}

/** The declared class of a nested input property, as TypeScript's decorator metadata records it. */
function propertyType(type: unknown, key: string): unknown {
  if (typeof type !== 'function') return undefined;
  return Reflect.getMetadata('design:type', type.prototype as object, key) as unknown;
}
