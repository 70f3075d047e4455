import { readEnvironment } from '@app/config';
import type { BenchDatabase } from './bench-database';
import { startPeer, startSochung, type MeasuredProcess, type StartedProcesses } from './processes';
import { graphqlTarget, restTarget, type Target, type WorkloadId, type WorkloadIds } from './workloads';

const APOLLO = 'peer b: Apollo Gateway + plain subgraphs';
const HIVE = 'peer c: Hive Gateway + plain subgraphs';
const HIVE_ROUTER = 'peer c: Hive Gateway (router-runtime) + plain subgraphs';

/** Every system on one engine, started, and the targets of each workload. */
export interface StartedSystems {
  gatewayUrl: string;
  witnessUrl: string;
  targets: Target[];
  allPids: number[];
}

/**
 * Starts sochung, its population subgraph with the access log off (bench/access-server.ts),
 * and on PostgreSQL the peers, all on loopback; a peer that cannot start is kept as skipped
 * with the reason, so the report says what is missing rather than failing the run.
 */
export async function startSystems(
  database: BenchDatabase,
  token: string,
  ids: WorkloadIds,
  options: { connections: number; w2Connections: number; logConnections: number[] },
  started: StartedProcesses,
): Promise<StartedSystems> {
  const env: Record<string, string | undefined> = { ...readEnvironment(), ...database.env };
  if (database.engine === 'pglite') delete env.DATABASE_URL;
  const sochung = await startSochung(env, started);
  const { urls } = sochung.apps;
  const own = (names: string[]) => sochung.processes.filter((p) => names.includes(p.name));
  // PGlite runs inside this process (the embedded server, as `npm start` runs it): its CPU is the database's.
  const embedded = database.engine === 'pglite' ? [{ name: 'pglite (bench process)', pid: process.pid }] : [];
  const graphProcesses = [...own(['gateway', 'population', 'business-registry', 'exchange', 'witness']), ...embedded];
  const c = options.connections;
  const connectionsOf = (workload: WorkloadId) => (workload === 'W2' ? options.w2Connections : c);
  const targets: Target[] = [];
  const sochungGateway = { origin: urls.gateway, path: '/graphql', token };
  const sochungPopulation = { origin: urls.population, path: '/graphql', token };
  for (const workload of ['W1-gateway', 'W2', 'W3'] as WorkloadId[]) {
    targets.push(
      graphqlTarget(workload, 'sochung', sochungGateway, ids, graphProcesses, connectionsOf(workload), true),
    );
  }
  targets.push(
    graphqlTarget(
      'W1-direct',
      'sochung population subgraph',
      sochungPopulation,
      ids,
      [...own(['population']), ...embedded],
      c,
      true,
    ),
  );

  const peerNames = [APOLLO, HIVE, HIVE_ROUTER, 'peer a: bare Fastify + pg', 'peer b: plain Apollo subgraph'];
  if (database.engine === 'pglite') {
    for (const system of peerNames) {
      const direct = system.startsWith('peer a') || system.endsWith('subgraph');
      targets.push(...skippedTargets(system, 'needs PostgreSQL', direct ? ['W1-direct'] : ['W1-gateway', 'W2', 'W3']));
    }
    return { gatewayUrl: urls.gateway, witnessUrl: urls.witness, targets, allPids: allPids(targets) };
  }

  // The log on/off comparison on PostgreSQL only: one engine answers the question, and --quick stays short.
  const noLog = await startPeer(
    'access-server',
    ['no-log'],
    { ...env, EXCHANGE_URL: `${urls.exchange}/graphql` },
    started,
  );
  const noLogProcesses = [{ name: 'population (log off)', pid: noLog.pid }];
  for (const [i, connections] of options.logConnections.entries()) {
    const workload = (['log-16', 'log-64'] as const)[i];
    targets.push(
      graphqlTarget(
        workload,
        'sochung population, access log on',
        sochungPopulation,
        ids,
        own(['population']),
        connections,
        true,
      ),
      graphqlTarget(
        workload,
        'sochung population, access log off',
        { ...sochungPopulation, origin: noLog.url },
        ids,
        noLogProcesses,
        connections,
      ),
    );
  }

  const peerEnv = { DATABASE_URL: database.url };
  // Started side by side (they are independent), so that --quick spends its minutes on load.
  const [fastify, population, business] = await Promise.all([
    startPeer('peers/fastify-pg', [], peerEnv, started),
    startPeer('peers/plain-subgraph', ['population'], peerEnv, started),
    startPeer('peers/plain-subgraph', ['business'], peerEnv, started),
  ]);
  targets.push(restTarget(fastify.url, ids, [{ name: 'fastify', pid: fastify.pid }], c));
  const subgraphs: MeasuredProcess[] = [
    { name: 'plain population', pid: population.pid },
    { name: 'plain business', pid: business.pid },
  ];
  targets.push(
    graphqlTarget(
      'W1-direct',
      'peer b: plain Apollo subgraph',
      { origin: population.url, path: '/' },
      ids,
      subgraphs.slice(0, 1),
      c,
    ),
  );
  const subgraphUrls = { POPULATION_URL: `${population.url}/`, BUSINESS_REGISTRY_URL: `${business.url}/` };
  const gateways: [string, string, string[], string][] = [
    [APOLLO, 'peers/plain-gateway', [], '/'],
    [HIVE, 'peers/hive-gateway', [], '/graphql'],
    [HIVE_ROUTER, 'peers/hive-gateway', ['router'], '/graphql'],
  ];
  const startedGateways = await Promise.allSettled(
    gateways.map(([, file, args]) => startPeer(file, args, subgraphUrls, started)),
  );
  for (const [i, [system, , , path]] of gateways.entries()) {
    const outcome = startedGateways[i];
    if (outcome.status === 'fulfilled') {
      const gateway = outcome.value;
      const processes = [{ name: `${system.split(':')[0]} gateway`, pid: gateway.pid }, ...subgraphs];
      for (const workload of ['W1-gateway', 'W2', 'W3'] as WorkloadId[]) {
        targets.push(
          graphqlTarget(workload, system, { origin: gateway.url, path }, ids, processes, connectionsOf(workload)),
        );
      }
    } else {
      const reason = `did not start: ${(outcome.reason as Error).message}`;
      targets.push(...skippedTargets(system, reason, ['W1-gateway', 'W2', 'W3']));
    }
  }
  return { gatewayUrl: urls.gateway, witnessUrl: urls.witness, targets, allPids: allPids(targets) };
}

const NO_IDS: WorkloadIds = { citizens: [], citizenBatches: [], enterprises: [], mostRepresentatives: 0 };

function skippedTargets(system: string, reason: string, workloads: WorkloadId[]): Target[] {
  return workloads.map((workload) => ({
    ...graphqlTarget(workload, system, { origin: '', path: '' }, NO_IDS, [], 0),
    skipped: reason,
  }));
}

function allPids(targets: Target[]): number[] {
  return [...new Set(targets.flatMap((target) => target.processes.map((p) => p.pid)))];
}
