import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DevTokenIssuer } from '@app/auth';
import { loadConfig, readEnvironment, type AppName, type SubgraphName } from '@app/config';
import { openDatabase, type OpenDatabase } from '../database/open-database';
import { prepareDatabase } from '../database/prepare-database';
import { startApps, type RunningApps } from './start-apps';

export interface TestGraph {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The access log's witness (base URL: /checkpoint, /.well-known/jwks.json). */
  witnessUrl: string;
  database: OpenDatabase;
  apps: RunningApps;
  /** Mints tokens the graph accepts (its development issuer, with a key of its own). */
  tokens: DevTokenIssuer;
  close(): Promise<void>;
}

const ANY_PORT: Record<AppName, number> = {
  gateway: 0,
  population: 0,
  'business-registry': 0,
  exchange: 0,
  witness: 0,
};

/**
 * The whole graph for tests and tools: a migrated database with demo data (a throwaway
 * PGlite, or DATABASE_URL's PostgreSQL), then the compiled apps (the witness too) as separate processes
 * on free ports, talking real HTTP. Needs `npm run build` first.
 */
export async function startTestGraph(
  options: {
    env?: Record<string, string | undefined>;
    onLine?: (app: AppName, line: string) => void;
    gateway?: boolean;
  } = {},
): Promise<TestGraph> {
  // Keys of the graph's own: no test trusts or leaves behind the developer's keys.
  const keysDir = mkdtempSync(join(tmpdir(), 'sochung-keys-'));
  const env = {
    ...readEnvironment(),
    NODE_ENV: 'test',
    DEV_ISSUER_KEY_FILE: join(keysDir, 'dev-issuer.private.jwk'),
    REGISTRY_SIGNING_KEY_FILE: join(keysDir, 'registry-signing.private.jwk'),
    // A witness of the graph's own: its folder goes with the graph.
    WITNESS_DATA_DIR: join(keysDir, 'witness'),
    ...options.env,
  };
  const config = loadConfig(env);
  const tokens = DevTokenIssuer.fromConfig(config.tokens);
  const database = await openDatabase(config.database, { scratch: true, applicationName: 'sochung-test' });
  try {
    await prepareDatabase(database.dataSource, { demoData: true });
    const apps = await startApps({
      distDir: distDir(),
      gateway: options.gateway,
      env: { ...env, ...database.env },
      ports: ANY_PORT,
      host: '127.0.0.1',
      onLine:
        options.onLine ?? ((app, line) => /\b(ERROR|WARN)\b/.test(line) && process.stderr.write(`[${app}] ${line}\n`)),
      startTimeoutMs: 60_000,
    });
    return {
      gatewayUrl: apps.urls.gateway ?? '',
      subgraphUrls: {
        population: `${apps.urls.population}/graphql`,
        'business-registry': `${apps.urls['business-registry']}/graphql`,
        exchange: `${apps.urls.exchange}/graphql`,
      },
      witnessUrl: apps.urls.witness,
      database,
      apps,
      tokens,
      close: async () => {
        await apps.stop();
        await database.close();
        rmSync(keysDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.close();
    rmSync(keysDir, { recursive: true, force: true });
    throw error;
  }
}

/** dist/, whether this file runs compiled (dist/tools/graph) or from source under ts-jest. */
export function distDir(): string {
  const root = resolve(__dirname, '..', '..');
  return basename(root) === 'dist' ? root : join(root, 'dist');
}
