import type { GraphQLRequestContextDidEncounterErrors, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { hideSuggestionsPlugin } from './hide-suggestions.plugin';

/** The messages of `messages`' errors after the plugin has seen them, as Apollo would call it. */
async function afterPlugin(...messages: string[]): Promise<string[]> {
  const errors = messages.map((message) => new GraphQLError(message));
  const listener = (await hideSuggestionsPlugin().requestDidStart?.({} as never)) as GraphQLRequestListener<object>;
  await listener.didEncounterErrors?.({ errors } as unknown as GraphQLRequestContextDidEncounterErrors<object>);
  return errors.map((error) => error.message);
}

describe('hideSuggestionsPlugin', () => {
  it('removes every kind of "Did you mean" hint graphql-js writes, and nothing else', async () => {
    expect(
      await afterPlugin(
        'Cannot query field "fulName" on type "Citizen". Did you mean "fullName"?',
        'Cannot query field "nam" on type "Enterprise". Did you mean "name", "type", or "status"?',
        'Unknown argument "personalId" on field "Query.citizen". Did you mean "personalIdNumber"?',
        'Value "MAL" does not exist in "Sex" enum. Did you mean the enum value "MALE"?',
        'Variable "$s" got invalid value "MAL"; Value "MAL" does not exist in "Sex" enum. Did you mean the enum value "MALE"?',
        'Cannot query field "fullName" on type "Node". Did you mean to use an inline fragment on "Citizen"?',
        'Unknown type "Citzen". Did you mean "Citizen"?',
        'Syntax Error: Expected Name, found "}".',
      ),
    ).toEqual([
      'Cannot query field "fulName" on type "Citizen".',
      'Cannot query field "nam" on type "Enterprise".',
      'Unknown argument "personalId" on field "Query.citizen".',
      'Value "MAL" does not exist in "Sex" enum.',
      'Variable "$s" got invalid value "MAL"; Value "MAL" does not exist in "Sex" enum.',
      'Cannot query field "fullName" on type "Node".',
      'Unknown type "Citzen".',
      'Syntax Error: Expected Name, found "}".',
    ]);
  });
});
