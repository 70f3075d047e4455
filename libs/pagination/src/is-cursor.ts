import type { ValidationOptions } from 'class-validator';
import { codedRule } from '@app/validation';
import { MAX_CURSOR_LENGTH } from './cursor-codec';

/** An `after` argument: what a cursor looks like (INVALID_CURSOR otherwise); the codec opens it. */
export function IsCursor(options?: ValidationOptions): PropertyDecorator {
  return codedRule(
    'INVALID_CURSOR',
    (value) =>
      typeof value === 'string' && value.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(value)
        ? null
        : 'must be a cursor returned by a previous page of this list',
    options,
  );
}
