import type { ApolloServerPlugin } from '@apollo/server';

// graphql-js ends a message with one hint: 'Did you mean "fullName"?', 'Did you mean the enum
// value "ACTIVE"?', 'Did you mean to use an inline fragment on "Citizen"?'. Names hold no "?".
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Removes graphql-js's "Did you mean …?" hints from every error. With introspection off,
 * those hints would still let a caller guess the schema one typo at a time.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
          return Promise.resolve();
        },
      });
    },
  };
}
