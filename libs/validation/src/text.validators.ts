import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { codedRule } from './coded-rule';

/** Why a text cannot be stored or compared as text, or null: broken Unicode, NUL or other controls. */
export function unsafeTextProblem(value: string, options: { lineBreaks?: boolean } = {}): string | null {
  if (!value.isWellFormed()) return 'contains an unpaired surrogate (broken Unicode)';
  const controls = options.lineBreaks ? /(?![\t\n\r])\p{Cc}/u : /\p{Cc}/u;
  if (controls.test(value)) return 'contains control characters (such as NUL)';
  return null;
}

/** Why a text is unfit for a registry record, or null. */
export function textProblem(
  value: unknown,
  maxLength: number,
  allowEmpty = false,
  options: { lineBreaks?: boolean } = {},
): string | null {
  if (typeof value !== 'string') return 'must be text';
  const unsafe = unsafeTextProblem(value, options);
  if (unsafe) return unsafe;
  if (!allowEmpty && value.trim().length === 0) return 'must not be empty';
  if (value.length > maxLength) return `must be at most ${maxLength} characters`;
  return null;
}

/**
 * Characters a name or an address must not hold, though Unicode calls them text: format
 * characters (bidirectional overrides and isolates U+202A–U+202E, U+2066–U+2069; zero-width
 * space, joiners, U+FEFF, soft hyphen), private-use and unassigned code points, line and
 * paragraph separators, spaces other than U+0020, and the Hangul fillers that render as
 * nothing. They make two different names look alike, or one name unfindable. Combining
 * marks stay allowed: Vietnamese needs them (and they are composed into NFC on the way in).
 */
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]|(?! )\p{Zs}/u;

/** Why a name or an address would hide or disguise part of itself, or null. */
export function invisibleCharacterProblem(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const found = INVISIBLE.exec(value);
  if (!found) return null;
  const codePoint = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `contains an invisible or bidirectional control character (U+${codePoint})`;
}

/**
 * Text for a registry record: trimmed and stored in Unicode NFC; refused if it holds NUL or
 * other control characters, broken Unicode (INVALID_TEXT), nothing (unless `allowEmpty`),
 * or more than `maxLength` characters. With `lineBreaks`, a prose text of several lines (a
 * citizen's complaint, an answer): tabs and line breaks allowed, every other control refused.
 */
export function RegistryText(
  maxLength: number,
  options?: ValidationOptions & { allowEmpty?: boolean; lineBreaks?: boolean },
): PropertyDecorator {
  const lines = { lineBreaks: options?.lineBreaks ?? false };
  return (target: object, propertyName: string | symbol) => {
    if (lines.lineBreaks) AllowsLineBreaks()(target, propertyName);
    const clean = (value: unknown) =>
      typeof value === 'string' && value.isWellFormed() ? value.normalize('NFC').trim() : value;
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(clean) : clean(value)))(
      target,
      propertyName,
    );
    codedRule(
      'INVALID_TEXT',
      (value) => (typeof value === 'string' ? unsafeTextProblem(value, lines) : null),
      options,
    )(target, propertyName);
    let problem: string | null = null;
    registerDecorator({
      name: 'registryText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => (problem = textProblem(value, maxLength, options?.allowEmpty, lines)) === null,
        defaultMessage: () => problem ?? 'is invalid',
      },
    });
  };
}

/**
 * A person's or an enterprise's name, or an address: registry text (see RegistryText) that
 * also holds no invisible or bidirectional control character (INVALID_CHARACTERS).
 */
export function NameText(maxLength: number, options?: ValidationOptions & { allowEmpty?: boolean }): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    RegistryText(maxLength, options)(target, propertyName);
    codedRule('INVALID_CHARACTERS', invisibleCharacterProblem, options)(target, propertyName);
  };
}

const LINE_BREAKS_ALLOWED = Symbol('lineBreaksAllowed');

/**
 * Lets a structured text argument (a JWK in JSON, pretty-printed) hold tabs and line breaks,
 * which the validation pipe otherwise refuses in every string argument.
 */
export function AllowsLineBreaks(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Reflect.defineMetadata(LINE_BREAKS_ALLOWED, true, target, propertyName);
  };
}

/** Whether `property` of instances of `type` was marked with AllowsLineBreaks. */
export function allowsLineBreaks(type: unknown, property: string): boolean {
  return (
    typeof type === 'function' && Reflect.getMetadata(LINE_BREAKS_ALLOWED, type.prototype as object, property) === true
  );
}
