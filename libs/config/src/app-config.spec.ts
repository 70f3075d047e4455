import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.errors';
import { databaseConfigProblem, databaseUrl, loadConfig, usesEmbeddedDatabase } from './app-config';

describe('loadConfig', () => {
  it('runs with nothing set: development, embedded database in ./data, the documented ports', () => {
    const config = loadConfig({}, '/srv/sochung');
    expect(config.nodeEnv).toBe('development');
    expect(config.ports).toEqual({
      gateway: 4000,
      population: 4001,
      'business-registry': 4002,
      exchange: 4003,
      web: 4005,
      witness: 4006,
    });
    expect(config.subgraphUrls.population).toBe('http://127.0.0.1:4001/graphql');
    expect(config.database.dataDir).toBe('/srv/sochung/data');
    expect(usesEmbeddedDatabase(config.database)).toBe(true);
    expect(databaseUrl(config.database)).toBe('postgres://postgres@127.0.0.1:5499/postgres');
    expect(config.demoData).toBe(true);
    expect(config.supergraph).toEqual({ source: 'file', path: '/srv/sochung/supergraph.graphql' });
    expect(config.witness).toEqual({
      url: 'http://127.0.0.1:4006',
      dataDir: '/srv/sochung/data/witness',
      signingKeyFile: '/srv/sochung/data/witness/witness-signing.private.jwk',
      name: 'sochung-witness',
      registryJwks: 'http://127.0.0.1:4003/.well-known/jwks.json',
    });
  });

  it('follows the subgraph ports into the URLs the gateway calls, unless a URL is set', () => {
    const config = loadConfig({ POPULATION_PORT: '5001', EXCHANGE_URL: 'https://exchange.internal/graphql' });
    expect(config.subgraphUrls.population).toBe('http://127.0.0.1:5001/graphql');
    expect(config.subgraphUrls.exchange).toBe('https://exchange.internal/graphql');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db.internal:5432/sochung' });
    expect(usesEmbeddedDatabase(config.database)).toBe(false);
    expect(databaseUrl(config.database)).toBe('postgres://app@db.internal:5432/sochung');
  });

  it('puts the access core in the app’s own database unless ACCESS_DATABASE_URL names another', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/population' }).database.accessUrl).toBeUndefined();
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db/population', ACCESS_DATABASE_URL: 'postgres://db/access' }).database
        .accessUrl,
    ).toBe('postgres://db/access');
    expect(() => loadConfig({ ACCESS_DATABASE_URL: 'postgres://db/access' })).toThrow(
      /ACCESS_DATABASE_URL needs DATABASE_URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/x', ACCESS_DATABASE_URL: 'mysql://db/x' })).toThrow(
      /ACCESS_DATABASE_URL must be a postgres or postgresql URL/,
    );
  });

  it('names every bad variable at once, and what it must be', () => {
    let error: unknown;
    try {
      loadConfig({ GATEWAY_PORT: 'abc', LOG_LEVEL: 'loud', NODE_ENV: 'staging', DEMO_DATA: 'maybe' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual([
      'NODE_ENV must be one of development, test, production (got "staging")',
      'GATEWAY_PORT must be a whole number from 0 to 65535 (got "abc")',
      'LOG_LEVEL must be one of error, warn, log, debug, verbose (got "loud")',
      'DEMO_DATA must be true or false (got "maybe")',
    ]);
  });

  it('never repeats a bad DATABASE_URL, which may hold a password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/x' })).toThrow(
      /DATABASE_URL must be a postgres or postgresql URL$/m,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:s3cret@db/x' })).not.toThrow(/s3cret/);
  });

  it('rejects out-of-range numbers and demo data in production', () => {
    expect(() => loadConfig({ EXCHANGE_PORT: '70000' })).toThrow(
      /EXCHANGE_PORT must be a whole number from 0 to 65535/,
    );
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' })).toThrow(/DEMO_DATA must not be true/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }).demoData).toBe(false);
    expect(databaseConfigProblem(loadConfig({ NODE_ENV: 'production' }))).toMatch(/DATABASE_URL must be set/);
    expect(databaseConfigProblem(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }))).toBeNull();
  });

  it('needs a schema token secret of 32 characters or more for a production gateway that composes at start', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({}).schemaTokenSecret).toBeUndefined();
    expect(() => loadConfig({ SCHEMA_TOKEN_SECRET: 'short' })).toThrow(/SCHEMA_TOKEN_SECRET must be at least 32/);
    expect(() => loadConfig({ NODE_ENV: 'production', SUPERGRAPH_SOURCE: 'introspect' })).toThrow(
      /SUPERGRAPH_SOURCE=introspect needs SCHEMA_TOKEN_SECRET/,
    );
    const config = loadConfig({ NODE_ENV: 'production', SUPERGRAPH_SOURCE: 'introspect', SCHEMA_TOKEN_SECRET: secret });
    expect(config.schemaTokenSecret).toBe(secret);
    expect(() => loadConfig({ SUPERGRAPH_SOURCE: 'introspect' })).not.toThrow();
  });

  it('bounds every wait for the database, with documented defaults, the client outlasting the server', () => {
    expect(loadConfig({}).database.timeouts).toEqual({
      connectMs: 5000,
      statementMs: 10_000,
      lockMs: 5000,
      idleInTransactionMs: 10_000,
      queryMs: 15_000,
      keepAliveMs: 10_000,
    });
    expect(
      loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '2000', DATABASE_QUERY_TIMEOUT_MS: '3000' }).database.timeouts,
    ).toMatchObject({ statementMs: 2000, queryMs: 3000 });
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '20000' })).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS must be greater than DATABASE_STATEMENT_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0' })).toThrow(
      /DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS must be a whole number/,
    );
  });

  it('takes a request id secret of 32 characters or more; none in production means none trusted', () => {
    expect(loadConfig({}).requestIdSecret).toEqual(expect.any(String));
    expect(loadConfig({ REQUEST_ID_SECRET: 'x'.repeat(32) }).requestIdSecret).toBe('x'.repeat(32));
    expect(() => loadConfig({ REQUEST_ID_SECRET: 'short' })).toThrow(/REQUEST_ID_SECRET must be at least 32/);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }).requestIdSecret).toBeNull();
  });

  it('refuses two apps on one port', () => {
    expect(() => loadConfig({ EXCHANGE_PORT: '4001' })).toThrow(
      /EXCHANGE_PORT and POPULATION_PORT must not both be 4001/,
    );
    expect(() => loadConfig({ EMBEDDED_DB_PORT: '4000' })).toThrow(
      /EMBEDDED_DB_PORT and GATEWAY_PORT must not both be 4000/,
    );
  });
});

describe('.env.example', () => {
  it('documents every variable the configuration reads', () => {
    const read = new Set<string>();
    const spy = new Proxy(
      {},
      {
        get: (_target, name) => {
          if (typeof name === 'string') read.add(name);
          return undefined;
        },
      },
    );
    loadConfig(spy);
    const documented = new Set(
      [
        ...readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8').matchAll(
          /^#? ?([A-Z][A-Z0-9_]*)=/gm,
        ),
      ].map((match) => match[1]),
    );
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !read.has(name))).toEqual([]);
  });
});
