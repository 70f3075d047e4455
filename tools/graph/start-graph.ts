import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DevTokenIssuer } from '@app/auth';
import { loadConfig, readEnvironment, type AppName, type SubgraphName } from '@app/config';
import { MIGRATION_CONTEXTS } from '../../migrations';
import { openDatabase, type OpenDatabase } from '../database/open-database';
import { prepareDatabase } from '../database/prepare-database';
import { startApps, type RunningApps } from './start-apps';

export interface TestGraph {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The access log's witness (base URL: /checkpoint, /.well-known/jwks.json). */
  witnessUrl: string;
  /** The web server (the citizen portal), when started with `web: true`; '' otherwise. */
  webUrl: string;
  /** The database of every context; with a separate population database, every other one's. */
  database: OpenDatabase;
  /** Population's own database, when TEST_POPULATION_DATABASE=separate; null otherwise. */
  populationDatabase: OpenDatabase | null;
  apps: RunningApps;
  /** Mints tokens the graph accepts (its development issuer, with a key of its own). */
  tokens: DevTokenIssuer;
  /**
   * The settings that point a tool or a shell command at this graph, as `npm start`'s
   * would: its host and ports, its database, its development issuer's key.
   */
  toolEnv: Record<string, string>;
  /** The folders this graph made; close() removes them. */
  scratchFolders: string[];
  close(): Promise<void>;
}

const ANY_PORT: Record<AppName, number> = {
  gateway: 0,
  population: 0,
  'business-registry': 0,
  exchange: 0,
  witness: 0,
  web: 0,
};

/**
 * The whole graph for tests and tools: a migrated database with demo data (a throwaway
 * PGlite, or DATABASE_URL's PostgreSQL), then the compiled apps (the witness too) as separate processes
 * on free ports, talking real HTTP. Needs `npm run build` first.
 */
export async function startTestGraph(
  options: {
    env?: Record<string, string | undefined>;
    /** Variables for one app only, given the environment every app gets (database included). */
    appEnv?: (app: AppName, env: Record<string, string | undefined>) => Record<string, string>;
    onLine?: (app: AppName, line: string) => void;
    gateway?: boolean;
    /** Start the web server (the citizen portal) after the gateway too. */
    web?: boolean;
    /** Also the console's demo work, as `npm start` loads it (a change request, a finding). */
    demoWorkItems?: boolean;
    /** The web server's port, when the test must know it first (an identity provider's redirect URL); else a free one. */
    webPort?: number;
  } = {},
): Promise<TestGraph> {
  // Keys of the graph's own: no test trusts or leaves behind the developer's keys.
  const keysDir = mkdtempSync(join(tmpdir(), 'sochung-keys-'));
  const env = {
    ...readEnvironment(),
    NODE_ENV: 'test',
    DEV_ISSUER_KEY_FILE: join(keysDir, 'dev-issuer.private.jwk'),
    REGISTRY_SIGNING_KEY_FILE: join(keysDir, 'registry-signing.private.jwk'),
    CURSOR_KEY_FILE: join(keysDir, 'cursor.key'),
    SESSION_KEY_FILE: join(keysDir, 'session.key'),
    // A witness of the graph's own: its folder goes with the graph.
    WITNESS_DATA_DIR: join(keysDir, 'witness'),
    ...options.env,
  };
  const removeKeys = () => rmSync(keysDir, { recursive: true, force: true });
  let tokens: DevTokenIssuer;
  let database: OpenDatabase;
  let populationDatabase: OpenDatabase | null = null;
  const closeDatabases = async () => {
    try {
      await populationDatabase?.close();
    } finally {
      await database?.close();
    }
  };
  try {
    const config = loadConfig(env);
    tokens = DevTokenIssuer.fromConfig(config.tokens);
    const separate = separatePopulationDatabase(env, config.database.url);
    database = await openDatabase(config.database, {
      scratch: true,
      applicationName: 'sochung-test',
      contexts: separate ? MIGRATION_CONTEXTS.filter((context) => context !== 'population') : undefined,
    });
    if (separate) {
      populationDatabase = await openDatabase(config.database, {
        scratch: true,
        applicationName: 'sochung-test-population',
        contexts: ['population'],
      });
    }
  } catch (error) {
    await closeDatabases().catch(() => undefined);
    removeKeys();
    throw error;
  }
  try {
    const prepare = { demoData: true, demoWorkItems: options.demoWorkItems };
    await prepareDatabase(database.dataSource, { ...prepare, contexts: database.contexts });
    if (populationDatabase)
      await prepareDatabase(populationDatabase.dataSource, { ...prepare, contexts: ['population'] });
    // Population on its own database decides and records in the access core's, on the other.
    const populationEnv = populationDatabase
      ? { ...populationDatabase.env, ACCESS_DATABASE_URL: database.config.url! }
      : {};
    const apps = await startApps({
      distDir: distDir(),
      gateway: options.gateway,
      web: options.web === true,
      env: { ...env, ...database.env },
      appEnv: (app, appEnv) => {
        const own = app === 'population' ? populationEnv : {};
        return { ...own, ...options.appEnv?.(app, { ...appEnv, ...own }) };
      },
      ports: { ...ANY_PORT, web: options.webPort ?? 0 },
      host: '127.0.0.1',
      onLine:
        options.onLine ?? ((app, line) => /\b(ERROR|WARN)\b/.test(line) && process.stderr.write(`[${app}] ${line}\n`)),
      startTimeoutMs: 60_000,
    });
    const portOf = (url: string | undefined) => (url ? new URL(url).port : '0');
    const toolEnv: Record<string, string> = {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      GATEWAY_PORT: portOf(apps.urls.gateway),
      POPULATION_PORT: portOf(apps.urls.population),
      BUSINESS_REGISTRY_PORT: portOf(apps.urls['business-registry']),
      EXCHANGE_PORT: portOf(apps.urls.exchange),
      WITNESS_PORT: portOf(apps.urls.witness),
      WEB_PORT: portOf(apps.urls.web),
      WITNESS_URL: apps.urls.witness,
      DEV_ISSUER_KEY_FILE: env.DEV_ISSUER_KEY_FILE ?? '',
      REGISTRY_SIGNING_KEY_FILE: env.REGISTRY_SIGNING_KEY_FILE ?? '',
      ...database.env,
    };
    return {
      gatewayUrl: apps.urls.gateway ?? '',
      subgraphUrls: {
        population: `${apps.urls.population}/graphql`,
        'business-registry': `${apps.urls['business-registry']}/graphql`,
        exchange: `${apps.urls.exchange}/graphql`,
      },
      witnessUrl: apps.urls.witness,
      webUrl: apps.urls.web ?? '',
      database,
      populationDatabase,
      apps,
      tokens,
      toolEnv,
      scratchFolders: [keysDir],
      close: async () => {
        try {
          await apps.stop();
          await closeDatabases();
        } finally {
          removeKeys();
        }
      },
    };
  } catch (error) {
    try {
      await closeDatabases();
    } finally {
      removeKeys();
    }
    throw error;
  }
}

/**
 * TEST_POPULATION_DATABASE=separate: population's schema in a database of its own, the access
 * core's (with every other context) in another, as a deployment that moved population would
 * have them. Two PostgreSQL databases: PGlite serves one.
 */
function separatePopulationDatabase(env: Record<string, string | undefined>, databaseUrl: string | undefined): boolean {
  const setting = env.TEST_POPULATION_DATABASE;
  if (setting === undefined || setting === '' || setting === 'shared') return false;
  if (setting !== 'separate')
    throw new Error(`TEST_POPULATION_DATABASE must be "separate" or "shared", not "${setting}"`);
  if (!databaseUrl) throw new Error('TEST_POPULATION_DATABASE=separate needs DATABASE_URL: two PostgreSQL databases');
  return true;
}

/** dist/, whether this file runs compiled (dist/tools/graph) or from source under ts-jest. */
export function distDir(): string {
  const root = resolve(__dirname, '..', '..');
  return basename(root) === 'dist' ? root : join(root, 'dist');
}
