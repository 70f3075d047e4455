import { errorCatalogue } from '@app/errors';

export const QUERY_LIMIT_ERRORS = errorCatalogue('libs/server (query limits)', {
  QUERY_TOO_DEEP: 'The operation nests deeper than the limit.',
  QUERY_TOO_COMPLEX: 'The operation costs more than the limit.',
  TOO_MANY_ALIASES: 'The operation has more aliases than the limit.',
  TOO_MANY_DIRECTIVES: 'The operation has more directives than the limit.',
  TOO_MANY_TOKENS: 'The operation has more tokens than the parser takes.',
});
