import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { readEnvironment } from '@app/config';
import { distDir } from '../../tools/graph/start-graph';
import { startApps, type RunningApps } from '../../tools/graph/start-apps';

const MAX_LINES_SHOWN = 5;

/** A process the bench measures: its name in the report and its pid for /proc. */
export interface MeasuredProcess {
  name: string;
  pid: number;
}

/** Everything this run started, so that a failure or Ctrl-C still stops all of it. */
export class StartedProcesses {
  private readonly stops: (() => Promise<void>)[] = [];

  add(stop: () => Promise<void>): void {
    this.stops.push(stop);
  }

  async stopAll(): Promise<void> {
    const stops = this.stops.splice(0).reverse();
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

/** sochung as deployed: witness, exchange, population, business registry, gateway, each its own process. */
export async function startSochung(
  env: Record<string, string | undefined>,
  started: StartedProcesses,
): Promise<{ apps: RunningApps; processes: MeasuredProcess[] }> {
  const spawned: Parameters<typeof startApps>[0]['started'] = [];
  // An overloaded app may log an error per request: show the first few of each, not thousands.
  const shown = new Map<string, number>();
  const onLine = (app: string, line: string) => {
    if (!/error|warn/i.test(line)) return;
    const count = (shown.get(app) ?? 0) + 1;
    shown.set(app, count);
    if (count <= MAX_LINES_SHOWN) process.stderr.write(`[${app}] ${line}\n`);
    if (count === MAX_LINES_SHOWN) process.stderr.write(`[${app}] (further errors and warnings not shown)\n`);
  };
  started.add(() => Promise.all(spawned.map((app) => app.stop())).then(() => undefined));
  const apps = await startApps({
    distDir: distDir(),
    env,
    ports: { gateway: 0, population: 0, 'business-registry': 0, exchange: 0, witness: 0, web: 0 },
    host: '127.0.0.1',
    web: false,
    onLine,
    startTimeoutMs: 120_000,
    started: spawned,
  });
  const processes = apps.processes.map((app) => ({ name: app.name, pid: app.pid! }));
  return { apps, processes };
}

/** Forks a compiled bench program (dist/bench/<file>.js) and resolves with its URL once it listens. */
export function startPeer(
  file: string,
  args: string[],
  env: Record<string, string | undefined>,
  started: StartedProcesses,
): Promise<{ url: string; pid: number }> {
  const child = fork(join(distDir(), 'bench', `${file}.js`), args, {
    env: { ...readEnvironment(), ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  started.add(() => stopChild(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} did not start within 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${file} ${args.join(' ')} exited with ${code}`)));
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message?.type === 'listening' && message.url) {
        clearTimeout(timer);
        resolve({ url: message.url, pid: child.pid! });
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
