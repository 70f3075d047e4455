import { errorCatalogue } from '@app/errors';

export const VALIDATION_ERRORS = errorCatalogue('libs/validation', {
  INVALID_DATE: 'A date or time that does not exist (30 February), is not ISO 8601, or lies where it may not.',
  INVALID_TEXT: 'Text with control characters, or not what the field takes.',
  INVALID_CHARACTERS: 'Invisible or look-alike characters that would make two names seem one.',
});
