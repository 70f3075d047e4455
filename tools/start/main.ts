import {
  APP_NAMES,
  ConfigError,
  databaseConfigProblem,
  loadConfig,
  readEnvironment,
  usesEmbeddedDatabase,
  type AppConfig,
} from '@app/config';
import { DataDirInUseError } from '@app/database';
import { embeddedDataDir, openDatabase, type OpenDatabase } from '../database/open-database';
import { prepareDatabase } from '../database/prepare-database';
import { AppStartError, type AppProcess } from '../graph/app-process';
import { distDir } from '../graph/start-graph';
import { startApps, type RunningApps } from '../graph/start-apps';

/**
 * `npm start`: the whole graph on one machine. Opens the embedded database (or
 * DATABASE_URL's PostgreSQL), applies migrations, loads the demo data once, starts the
 * apps (the access log's witness too) as separate processes, and stays in front of them until Ctrl-C.
 */
async function main(): Promise<number> {
  const startedAt = performance.now();
  const env = readEnvironment();
  const config = loadConfig(env);
  const problem = databaseConfigProblem(config);
  if (problem) throw new ConfigError([problem]);
  const database = await openDatabase(config.database, {
    embeddedPort: config.database.embeddedPort,
    applicationName: 'sochung-launcher',
  });
  let apps: RunningApps;
  const started: AppProcess[] = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    // Every app spawned so far, also those of a start that is still under way.
    await Promise.all(started.map((app) => app.stop()));
    await database.close();
    say('stopped');
    process.exit(code);
  };
  // `on`, not `once`: a second Ctrl-C while stopping must not kill us before PGlite is closed.
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  // Started by a program with an IPC channel (the tests): stop when that program is gone.
  if (process.send) process.once('disconnect', () => void shutdown(1));
  try {
    describeDatabase(config, database);
    const prepared = await prepareDatabase(database.dataSource, {
      demoData: config.demoData,
      demoWorkItems: config.demoData,
      generatedCitizens: config.demoCitizens,
    });
    if (prepared.migrations.length) say(`applied migrations: ${prepared.migrations.join(', ')}`);
    if (config.demoData)
      say(prepared.demoRows ? `loaded ${prepared.demoRows} demo records` : 'demo data already present');
    // The launcher only needed its connection to prepare; the embedded server stays up.
    await database.dataSource.destroy();
    apps = await startApps({
      distDir: distDir(),
      env: { ...env, ...database.env },
      ports: config.ports,
      host: config.host,
      onLine: (_app, line) => process.stdout.write(`${line}\n`),
      startTimeoutMs: 60_000,
      started,
    });
  } catch (error) {
    say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
    return 1;
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  say(`ready in ${seconds} s:`);
  // The portal first: it is what a newcomer opens.
  say(`  portal             ${apps.urls.web}/   ← open this in a browser`);
  say(`  console            ${apps.urls.web}/console   (stewards, administrators, auditors: demo staff sign-in)`);
  for (const app of APP_NAMES.filter((name) => name !== 'web')) {
    say(`  ${app.padEnd(18)} ${apps.urls[app]}${app === 'witness' ? '/checkpoint' : '/graphql'}`);
  }
  say(`  health             ${apps.urls.gateway}/health`);
  say('Ctrl-C stops everything.');
  const exit = await apps.firstExit;
  if (!stopping) {
    say(`${exit.app} stopped unexpectedly (exit ${exit.how}); stopping the rest`);
    await shutdown(1);
  }
  return 1;
}

function describeDatabase(config: AppConfig, database: OpenDatabase): void {
  if (usesEmbeddedDatabase(config.database)) {
    say(
      `database: embedded PGlite at 127.0.0.1:${database.embedded?.port}, data in ${embeddedDataDir(config.database)}`,
    );
    say(
      '  PGlite does not fsync: fine for evaluation and development; run PostgreSQL (DATABASE_URL) where nothing may be lost.',
    );
  } else {
    say('database: PostgreSQL from DATABASE_URL');
  }
}

function say(message: string): void {
  process.stdout.write(`[sochung] ${message}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof AppStartError) {
    say(error.message);
  } else {
    say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
