import { loadConfig } from './app-config';

describe('query limits', () => {
  it('has defaults that fit the registries’ queries', () => {
    expect(loadConfig({}).queryLimits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxCost: 5000,
      maxDirectives: 20,
      maxTokens: 2000,
    });
  });

  it('reads each limit from its own variable', () => {
    const limits = loadConfig({
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_COST: '20000',
      GRAPHQL_MAX_DIRECTIVES: '5',
      GRAPHQL_MAX_TOKENS: '500',
    }).queryLimits;
    expect(limits).toEqual({ maxDepth: 6, maxAliases: 0, maxCost: 20000, maxDirectives: 5, maxTokens: 500 });
  });

  it('refuses a limit that would stop every query, naming the variable', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '1' })).toThrow(/GRAPHQL_MAX_DEPTH must be a whole number from 2/);
    expect(() => loadConfig({ GRAPHQL_MAX_TOKENS: '10' })).toThrow(/GRAPHQL_MAX_TOKENS/);
    expect(() => loadConfig({ GRAPHQL_MAX_COST: 'lots' })).toThrow(/GRAPHQL_MAX_COST/);
  });
});
