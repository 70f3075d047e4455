import { parse } from 'graphql';
import { operationResolutionProblem } from './operation-resolution.plugin';

describe('operationResolutionProblem', () => {
  it('gives graphql-js’s reason for each way a document names no operation to run', () => {
    const twoOperations = parse('query A { __typename } query B { __typename }');
    expect(operationResolutionProblem(twoOperations)).toBe(
      'Must provide operation name if query contains multiple operations.',
    );
    expect(operationResolutionProblem(twoOperations, 'C')).toBe('Unknown operation named "C".');
    expect(operationResolutionProblem(parse('fragment F on Query { __typename }'))).toBe('Must provide an operation.');
  });
});
