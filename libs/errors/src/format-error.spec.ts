import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { runInRequestContext } from '@app/observability';
import { DomainError, InvalidInputError } from './domain-error';
import { toSafeGraphQLError } from './domain-error.filter';
import { formatSubgraphError } from './format-error';

class WidgetMissingError extends DomainError {
  readonly code = 'WIDGET_MISSING';
}

const format = (error: GraphQLError) => formatSubgraphError(error.toJSON(), error);

describe('subgraph error formatting', () => {
  const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  beforeEach(() => logged.mockClear());

  it('keeps a domain error’s code, message and details', () => {
    const error = toSafeGraphQLError(new WidgetMissingError('No widget 7', { widget: 7 }));
    expect(format(error)).toMatchObject({ message: 'No widget 7', extensions: { code: 'WIDGET_MISSING', widget: 7 } });
  });

  it('names the field of bad input', () => {
    const error = toSafeGraphQLError(new InvalidInputError('first', 'must not be greater than 100'));
    expect(format(error)).toMatchObject({
      message: 'first: must not be greater than 100',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });

  it('replaces anything else with a generic message and the request id, and keeps the details out', () => {
    const leaked = new Error('relation "population.citizens" does not exist at 10.0.0.5:5432');
    const formatted = runInRequestContext({ requestId: 'req-12345678' }, () =>
      format(
        new GraphQLError(leaked.message, {
          originalError: leaked,
          extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] },
        }),
      ),
    );
    expect(formatted).toEqual({
      message: 'Internal server error (request id req-12345678)',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-12345678' },
    });
    // The details go to the log, and only there.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('relation "population.citizens" does not exist'));
  });

  it('does not trust a request-error code on top of an error GraphQL did not make', () => {
    const thrown = new Error('SELECT * FROM secrets');
    const formatted = format(
      new GraphQLError(thrown.message, { originalError: thrown, extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('lets GraphQL’s own validation errors through, without stack traces', () => {
    const formatted = format(
      new GraphQLError('Cannot query field "nope" on type "Query".', {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at x'] },
      }),
    );
    expect(formatted).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('gives GraphQL’s own argument refusals during execution the code BAD_USER_INPUT, not INTERNAL', () => {
    const refusal = new GraphQLError('Argument "first" of non-null type "Int!" must not be null.');
    // As Apollo hands it over: with the code it gives every uncoded error.
    const formatted = formatSubgraphError(
      { ...refusal.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      refusal,
    );
    expect(formatted).toMatchObject({
      message: 'Argument "first" of non-null type "Int!" must not be null.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // Any other uncoded error is still masked.
    expect(format(new GraphQLError('connect ECONNREFUSED 10.0.0.5:5432')).extensions?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });
});
