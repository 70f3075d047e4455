import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './config.errors';
import { parseTrustedIssuers, type TrustedIssuer } from './trusted-issuer';
import { EnvReader } from './env-reader';
import { readQueryLimits, type QueryLimits } from './query-limits';
import { localHttpUrl } from './local-url';
import { readWebConfig, type WebConfig } from './web-config';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelSetting = (typeof LOG_LEVELS)[number];

/**
 * The deployable apps; each has its own port and, for subgraphs, a URL the gateway calls. The
 * witness is no part of the graph: it anchors the access log outside the registry's database.
 */
export const APP_NAMES = ['gateway', 'population', 'business-registry', 'exchange', 'witness', 'web'] as const;
export type AppName = (typeof APP_NAMES)[number];
export const SUBGRAPH_NAMES = ['population', 'business-registry', 'exchange'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface DatabaseConfig {
  /** Set: a PostgreSQL server. Unset: the embedded PGlite server on `embeddedPort`. */
  url: string | undefined;
  /**
   * ACCESS_DATABASE_URL: where the access core's tables are (agencies, agreements in force,
   * consents, the access log), when not in this app's own database. Unset: in the same one.
   */
  accessUrl: string | undefined;
  embeddedPort: number;
  dataDir: string;
  poolSize: number;
  /** The bound on every wait for the database (milliseconds); see readDatabaseTimeouts. */
  timeouts: DatabaseTimeouts;
}

/**
 * How long an app waits for its database, at each step, before it gives up on the step and,
 * where the connection itself may be at fault, on the connection.
 */
export interface DatabaseTimeouts {
  /** Opening a connection, and waiting for a free one in the pool. */
  connectMs: number;
  /** The server cancels a statement running longer (statement_timeout). */
  statementMs: number;
  /** The server cancels a statement waiting longer for a lock (lock_timeout). */
  lockMs: number;
  /** The server ends a session idle inside a transaction longer (idle_in_transaction_session_timeout). */
  idleInTransactionMs: number;
  /** No answer from the server within this: the connection is destroyed, not returned to the pool. */
  queryMs: number;
  /** TCP keepalive probes start after this much silence on a connection. */
  keepAliveMs: number;
}

/** Every setting of every app, validated once at start-up. */
export interface AppConfig {
  nodeEnv: (typeof NODE_ENVS)[number];
  production: boolean;
  logLevel: LogLevelSetting;
  logFormat: 'text' | 'json';
  host: string;
  ports: Record<AppName, number>;
  subgraphUrls: Record<SubgraphName, string>;
  database: DatabaseConfig;
  supergraph: { source: 'file' | 'introspect'; path: string };
  /**
   * The key of the schema tokens by which the gateway and the composition tool prove who they
   * are to a production subgraph's `_service` (libs/server); unset, production serves it to no one.
   */
  schemaTokenSecret: string | undefined;
  demoData: boolean;
  /** Generated citizens loaded with the demo data on the first start. */
  demoCitizens: number;
  /** How long the gateway's /health waits for each subgraph. */
  healthTimeoutMs: number;
  /** The gateway's calls to its subgraphs: open connections per subgraph, and how long a silent subgraph is waited for. */
  subgraphCalls: { connectionsPerSubgraph: number; timeoutMs: number };
  /** The access log's group commit (libs/access). */
  accessLog: { flushDelayMs: number; maxBatch: number; timeoutMs: number; checkpointIntervalSeconds: number };
  /** Who may vouch for callers, and how bearer tokens are checked (libs/auth). */
  tokens: TokenConfig;
  /** The access log's witness (apps/witness), and how the exchange reaches it. */
  witness: WitnessConfig;
  /** The citizen portal's server (apps/web). */
  web: WebConfig;
  /** The most identifiers one batched lookup may name. */
  maxBatchLookup: number;
  /** Depth, cost, alias, directive and token limits on each operation the gateway accepts. */
  queryLimits: QueryLimits;
  /** The AES-256 key that seals page cursors (libs/pagination; created on first use outside production). */
  cursorKeyFile: string;
  /**
   * The key the gateway signs each request's id with before it passes it to a subgraph, and
   * subgraphs check it with: the one way a subgraph takes a request id it did not make. Null
   * (production without REQUEST_ID_SECRET): no id is taken, each subgraph makes its own.
   */
  requestIdSecret: string | null;
}

export interface WitnessConfig {
  /** Where the witness listens: the exchange submits checkpoints there, verify-log reads its latest. */
  url: string;
  /** The witness's own storage (its cosigned checkpoints, its key): never the registry's database. */
  dataDir: string;
  /** The witness's private signing key (a JWK; created on first use outside production). */
  signingKeyFile: string;
  /** The `iss` of its cosignatures. */
  name: string;
  /** The registry's public key set (file or URL) the witness checks checkpoints against. */
  registryJwks: string;
}

export interface TokenConfig {
  /** The `aud` every token must name: this registry's API. */
  audience: string;
  /** The `iss` of the access tokens the exchange's token endpoint signs. */
  registryIssuer: string;
  /**
   * The token endpoint's issuer identifier (RFC 8414): the URL agencies reach the gateway at,
   * without a trailing slash. Its metadata, token endpoint and key set are served under it.
   */
  issuerUrl: string;
  /** The exchange's signing key (a private JWK; created on first use outside production). */
  registrySigningKeyFile: string;
  /** Every issuer whose tokens are accepted: the registry, the development issuer, TRUSTED_ISSUERS. */
  trustedIssuers: TrustedIssuer[];
  /** The development issuer (npm run token), outside production only. */
  devIssuer: { issuer: string; keyFile: string } | null;
  /** How long a fetched key set is trusted before it is fetched again: the most a revoked key lives on. */
  jwksCacheSeconds: number;
  /** Lifetime of the access tokens the token endpoint issues. */
  accessTokenTtlSeconds: number;
  /** No token is accepted whose exp - iat exceeds this, whoever issued it. */
  maxTokenLifetimeSeconds: number;
  clockSkewSeconds: number;
  /** How many verified tokens a process remembers (until each one's exp) instead of checking their signature again; 0 remembers none. */
  verifiedTokenCacheSize: number;
}

const DEFAULT_PORTS: Record<AppName, number> = {
  gateway: 4000,
  population: 4001,
  'business-registry': 4002,
  exchange: 4003,
  web: 4005,
  witness: 4006,
};

/** The environment variable that holds an app's port, e.g. BUSINESS_REGISTRY_PORT. */
export function portVariable(app: AppName): string {
  return `${app.toUpperCase().replace(/-/g, '_')}_PORT`;
}

/** The environment variable that holds a subgraph's URL, e.g. POPULATION_URL. */
export function subgraphUrlVariable(subgraph: SubgraphName): string {
  return `${subgraph.toUpperCase().replace(/-/g, '_')}_URL`;
}

/**
 * Reads and validates the configuration. Throws ConfigError naming every bad variable.
 * `.env` in the working folder is read first when present; real environment variables win.
 */
export function loadConfig(
  env: Record<string, string | undefined> = readEnvironment(),
  baseDir: string = process.cwd(),
): AppConfig {
  const read = new EnvReader(env);
  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const host = read.string('HOST', '127.0.0.1');
  const ports = Object.fromEntries(
    APP_NAMES.map((app) => [app, read.port(portVariable(app), DEFAULT_PORTS[app])]),
  ) as Record<AppName, number>;
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      read.url(subgraphUrlVariable(name), ['http:', 'https:'], `http://127.0.0.1:${ports[name]}/graphql`),
    ]),
  ) as Record<SubgraphName, string>;
  const dataDir = read.path('DATA_DIR', './data', baseDir);
  const config: AppConfig = {
    nodeEnv,
    production: nodeEnv === 'production',
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'warn' : 'log'),
    logFormat: read.oneOf('LOG_FORMAT', ['text', 'json'] as const, nodeEnv === 'production' ? 'json' : 'text'),
    host,
    ports,
    subgraphUrls,
    database: {
      url: read.url('DATABASE_URL', ['postgres:', 'postgresql:']),
      accessUrl: read.url('ACCESS_DATABASE_URL', ['postgres:', 'postgresql:']),
      embeddedPort: read.port('EMBEDDED_DB_PORT', 5499),
      dataDir,
      poolSize: read.integer('DATABASE_POOL_SIZE', 10, 1, 200),
      timeouts: readDatabaseTimeouts(read),
    },
    supergraph: {
      source: read.oneOf('SUPERGRAPH_SOURCE', ['file', 'introspect'] as const, 'file'),
      path: read.path('SUPERGRAPH_PATH', './supergraph.graphql', baseDir),
    },
    schemaTokenSecret: read.optionalString('SCHEMA_TOKEN_SECRET'),
    demoData: read.boolean('DEMO_DATA', nodeEnv !== 'production'),
    demoCitizens: read.integer('DEMO_CITIZENS', 1000, 0, 1_000_000),
    healthTimeoutMs: read.integer('HEALTH_TIMEOUT_MS', 2000, 100, 60_000),
    subgraphCalls: {
      connectionsPerSubgraph: read.integer('SUBGRAPH_CONNECTIONS', 64, 1, 1024),
      timeoutMs: read.integer('SUBGRAPH_TIMEOUT_MS', 30_000, 100, 600_000),
    },
    accessLog: {
      flushDelayMs: read.integer('ACCESS_LOG_FLUSH_DELAY_MS', 0, 0, 100),
      maxBatch: read.integer('ACCESS_LOG_MAX_BATCH', 500, 1, 2000),
      timeoutMs: read.integer('ACCESS_LOG_TIMEOUT_MS', 5000, 100, 60_000),
      checkpointIntervalSeconds: read.integer('ACCESS_LOG_CHECKPOINT_SECONDS', 10, 1, 86_400),
    },
    tokens: readTokenConfig(read, nodeEnv === 'production', subgraphUrls.exchange, dataDir, baseDir, {
      host,
      port: ports.gateway,
    }),
    witness: readWitnessConfig(read, ports.witness, subgraphUrls.exchange, dataDir, baseDir),
    web: readWebConfig(read, {
      production: nodeEnv === 'production',
      host,
      webPort: ports.web,
      gatewayPort: ports.gateway,
      dataDir,
      baseDir,
    }),
    maxBatchLookup: read.integer('MAX_BATCH_LOOKUP', 1000, 1, 10_000),
    queryLimits: readQueryLimits(read),
    cursorKeyFile: read.path('CURSOR_KEY_FILE', resolve(dataDir, 'keys', 'cursor.key'), baseDir),
    requestIdSecret: readRequestIdSecret(read, nodeEnv === 'production'),
  };
  if (config.schemaTokenSecret !== undefined && config.schemaTokenSecret.length < 32) {
    read.problems.push('SCHEMA_TOKEN_SECRET must be at least 32 characters');
  }
  if (config.production && config.supergraph.source === 'introspect' && config.schemaTokenSecret === undefined) {
    read.problems.push(
      'SUPERGRAPH_SOURCE=introspect needs SCHEMA_TOKEN_SECRET when NODE_ENV is production: production subgraphs serve their schema only to a caller that proves itself',
    );
  }
  if (config.database.accessUrl !== undefined && config.database.url === undefined) {
    read.problems.push('ACCESS_DATABASE_URL needs DATABASE_URL: the embedded database holds every context');
  }
  if (config.production && config.demoData) {
    read.problems.push('DEMO_DATA must not be true when NODE_ENV is production');
  }
  const taken = new Map<number, string>();
  for (const [name, port] of [
    ...APP_NAMES.map((app) => [portVariable(app), config.ports[app]] as const),
    ['EMBEDDED_DB_PORT', config.database.embeddedPort] as const,
  ]) {
    if (port !== 0 && taken.has(port)) read.problems.push(`${name} and ${taken.get(port)} must not both be ${port}`);
    taken.set(port, name);
  }
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

/**
 * The database timeouts. The client's own deadline (queryMs) must outlast the server's
 * (statementMs), so that a slow statement is cancelled by the server and its connection kept;
 * only a connection whose server says nothing at all is destroyed.
 */
function readDatabaseTimeouts(read: EnvReader): DatabaseTimeouts {
  const timeouts: DatabaseTimeouts = {
    connectMs: read.integer('DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
    statementMs: read.integer('DATABASE_STATEMENT_TIMEOUT_MS', 10_000, 100, 3_600_000),
    lockMs: read.integer('DATABASE_LOCK_TIMEOUT_MS', 5000, 100, 3_600_000),
    idleInTransactionMs: read.integer('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10_000, 100, 3_600_000),
    queryMs: read.integer('DATABASE_QUERY_TIMEOUT_MS', 15_000, 200, 3_600_000),
    keepAliveMs: read.integer('DATABASE_KEEPALIVE_MS', 10_000, 1000, 3_600_000),
  };
  if (timeouts.queryMs <= timeouts.statementMs) {
    read.problems.push('DATABASE_QUERY_TIMEOUT_MS must be greater than DATABASE_STATEMENT_TIMEOUT_MS');
  }
  return timeouts;
}

/** Outside production only: every process of a development graph shares it, and so may anyone. */
const DEVELOPMENT_REQUEST_ID_SECRET = 'sochung-development-request-id-secret-not-for-production';

/**
 * REQUEST_ID_SECRET: at least 32 characters, the same on the gateway and every subgraph. Unset
 * in production, nothing is trusted (and the apps say so at start), rather than a key anyone
 * may read in this file.
 */
function readRequestIdSecret(read: EnvReader, production: boolean): string | null {
  const secret = read.optionalString('REQUEST_ID_SECRET');
  if (secret === undefined) return production ? null : DEVELOPMENT_REQUEST_ID_SECRET;
  if (secret.length < 32) read.problems.push('REQUEST_ID_SECRET must be at least 32 characters long');
  return secret;
}

/**
 * Token settings. The exchange publishes the registry's keys (and, outside production, the
 * development issuer's) beside its GraphQL endpoint; TRUSTED_ISSUERS adds others, such as a
 * national identity provider for citizens.
 */
function readTokenConfig(
  read: EnvReader,
  production: boolean,
  exchangeUrl: string,
  dataDir: string,
  baseDir: string,
  gateway: { host: string; port: number },
): TokenConfig {
  const exchangeBase = exchangeUrl.replace(/\/graphql$/, '');
  const registryIssuer = read.string('REGISTRY_ISSUER', 'sochung-registry');
  const issuerUrl = read.url('OAUTH_ISSUER_URL', ['http:', 'https:'], localHttpUrl(gateway.host, gateway.port))!;
  const keysDir = resolve(dataDir, 'keys');
  const devIssuer = production
    ? null
    : {
        issuer: read.string('DEV_ISSUER', 'sochung-dev'),
        keyFile: read.path('DEV_ISSUER_KEY_FILE', resolve(keysDir, 'dev-issuer.private.jwk'), baseDir),
      };
  const trustedIssuers: TrustedIssuer[] = [
    { issuer: registryIssuer, jwksUrl: `${exchangeBase}/.well-known/jwks.json`, kinds: ['agency'] },
    ...(devIssuer
      ? [
          {
            issuer: devIssuer.issuer,
            jwksUrl: `${exchangeBase}/.well-known/dev-jwks.json`,
            kinds: ['agency', 'citizen', 'steward', 'admin', 'auditor'] as TrustedIssuer['kinds'],
          },
        ]
      : []),
    ...read.parsed('TRUSTED_ISSUERS', parseTrustedIssuers, []),
  ];
  const issuers = trustedIssuers.map((trusted) => trusted.issuer);
  const repeated = issuers.find((issuer, i) => issuers.indexOf(issuer) !== i);
  if (repeated) read.problems.push(`TRUSTED_ISSUERS: issuer ${repeated} is named twice`);
  const maxTokenLifetimeSeconds = read.integer('MAX_TOKEN_LIFETIME_SECONDS', 3600, 60, 86_400);
  const accessTokenTtlSeconds = read.integer('ACCESS_TOKEN_TTL_SECONDS', 300, 30, 3600);
  if (accessTokenTtlSeconds > maxTokenLifetimeSeconds) {
    read.problems.push('ACCESS_TOKEN_TTL_SECONDS must not exceed MAX_TOKEN_LIFETIME_SECONDS');
  }
  return {
    audience: read.string('TOKEN_AUDIENCE', 'sochung-api'),
    registryIssuer,
    issuerUrl: issuerUrl.replace(/\/+$/, ''),
    registrySigningKeyFile: read.path(
      'REGISTRY_SIGNING_KEY_FILE',
      resolve(keysDir, 'registry-signing.private.jwk'),
      baseDir,
    ),
    trustedIssuers,
    devIssuer,
    jwksCacheSeconds: read.integer('JWKS_CACHE_SECONDS', 60, 1, 3600),
    accessTokenTtlSeconds,
    maxTokenLifetimeSeconds,
    clockSkewSeconds: read.integer('CLOCK_SKEW_SECONDS', 30, 0, 300),
    verifiedTokenCacheSize: read.integer('VERIFIED_TOKEN_CACHE_SIZE', 10_000, 0, 1_000_000),
  };
}

/**
 * The witness's settings. Its defaults put it beside the graph on one machine, its data in
 * DATA_DIR/witness; a deployment runs it elsewhere (another operator, another machine) and
 * points WITNESS_URL at it.
 */
function readWitnessConfig(
  read: EnvReader,
  port: number,
  exchangeUrl: string,
  dataDir: string,
  baseDir: string,
): WitnessConfig {
  const witnessDataDir = read.path('WITNESS_DATA_DIR', resolve(dataDir, 'witness'), baseDir);
  return {
    url: read.url('WITNESS_URL', ['http:', 'https:'], `http://127.0.0.1:${port}`)!.replace(/\/+$/, ''),
    dataDir: witnessDataDir,
    signingKeyFile: read.path(
      'WITNESS_SIGNING_KEY_FILE',
      resolve(witnessDataDir, 'witness-signing.private.jwk'),
      baseDir,
    ),
    name: read.string('WITNESS_NAME', 'sochung-witness'),
    registryJwks: read.string(
      'WITNESS_REGISTRY_JWKS',
      `${exchangeUrl.replace(/\/graphql$/, '')}/.well-known/jwks.json`,
    ),
  };
}

/** The process environment, with `.env` from the working folder filled in under it. */
export function readEnvironment(): Record<string, string | undefined> {
  const envFile = resolve(process.cwd(), '.env');
  // loadEnvFile never overrides a variable that is already set.
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return { ...process.env };
}

/** The database URL an app connects to: the server's, or the embedded server's. */
export function databaseUrl(database: DatabaseConfig): string {
  return database.url ?? `postgres://postgres@127.0.0.1:${database.embeddedPort}/postgres`;
}

/**
 * Why this configuration may not use the database, or null: production must not run on the
 * embedded PGlite, which does not fsync. Checked by whatever opens the database.
 */
export function databaseConfigProblem(config: AppConfig): string | null {
  return config.production && usesEmbeddedDatabase(config.database)
    ? 'DATABASE_URL must be set when NODE_ENV is production: the embedded PGlite does not fsync'
    : null;
}

/** Whether the app talks to the embedded PGlite server rather than PostgreSQL. */
export function usesEmbeddedDatabase(database: DatabaseConfig): boolean {
  return database.url === undefined;
}
