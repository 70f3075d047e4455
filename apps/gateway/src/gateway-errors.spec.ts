import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { runInRequestContext } from '@app/observability';
import { formatGatewayError } from './gateway-errors';
import { QueryLimitError } from '@app/server';

const format = (error: GraphQLError) =>
  runInRequestContext({ requestId: 'req-abcdefgh' }, () => formatGatewayError(error.toJSON(), error));

describe('formatGatewayError', () => {
  const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  beforeEach(() => logged.mockClear());

  it('passes a subgraph’s coded error, without the gateway’s serviceName tag', () => {
    const error = new GraphQLError('No citizen with personal ID number 001085099999', {
      path: ['citizen'],
      extensions: { code: 'CITIZEN_NOT_FOUND', personalIdNumber: '001085099999', serviceName: 'population' },
    });
    expect(format(error)).toEqual({
      message: 'No citizen with personal ID number 001085099999',
      path: ['citizen'],
      extensions: { code: 'CITIZEN_NOT_FOUND', personalIdNumber: '001085099999' },
    });
  });

  it('turns a subgraph it cannot reach into SERVICE_UNAVAILABLE, naming no host', () => {
    const refused = Object.assign(
      new Error('request to http://10.1.2.3:4001/graphql failed, reason: connect ECONNREFUSED'),
      {
        code: 'ECONNREFUSED',
      },
    );
    const formatted = format(new GraphQLError(refused.message, { originalError: refused, path: ['enterprise'] }));
    expect(formatted).toEqual({
      message: 'A registry needed for this query is unavailable (request id req-abcdefgh)',
      path: ['enterprise'],
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId: 'req-abcdefgh' },
    });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
  });

  it('masks an HTTP failure of a subgraph, whose extensions carry its URL', () => {
    const error = new GraphQLError('502: Bad Gateway', {
      extensions: { code: 'INTERNAL_SERVER_ERROR', response: { url: 'http://10.1.2.3:4001/graphql', status: 502 } },
    });
    expect(JSON.stringify(format(error))).not.toMatch(/10\.1\.2\.3|Bad Gateway/);
    expect(format(error).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('gives an operation over a query limit that limit’s code, in place of Apollo’s validation code', () => {
    // How Apollo reports a validation rule's error: its own code on top, the rule's error inside.
    const error = new GraphQLError('Query depth limit of 10 exceeded, found 12.', {
      originalError: new QueryLimitError('Query depth limit of 10 exceeded, found 12.', 'QUERY_TOO_DEEP'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(error)).toEqual({
      message: 'Query depth limit of 10 exceeded, found 12.',
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('says TOO_MANY_TOKENS when the parser stopped at the token limit', () => {
    const parserError = new GraphQLError('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.');
    const error = new GraphQLError(parserError.message, {
      originalError: parserError,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
    expect(format(error)).toEqual({
      message: 'Token limit of 2000 exceeded.',
      extensions: { code: 'TOO_MANY_TOKENS' },
    });
  });

  it('passes its own validation errors', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(format(error)).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
