import { SUBGRAPH_NAMES, portVariable, subgraphUrlVariable, type AppName } from '@app/config';
import { AppProcess, AppStartError } from './app-process';
import { freePort } from './free-port';

export interface StartAppsOptions {
  /** The compiled output folder (dist). */
  distDir: string;
  /** The environment every app gets; ports and subgraph URLs are added per app. */
  env: Record<string, string | undefined>;
  /** Variables one app gets over `env` (a test points one app's DATABASE_URL through a fault proxy). */
  appEnv?: (app: AppName, env: Record<string, string | undefined>) => Record<string, string>;
  /** Port per app; 0 lets the system pick. */
  ports: Record<AppName, number>;
  host: string;
  onLine: (app: AppName, line: string) => void;
  startTimeoutMs: number;
  /** False: the subgraphs only (composing a new supergraph needs no gateway). */
  gateway?: boolean;
  /** False: no web server (the citizen portal), which most tests of the graph do not need. */
  web?: boolean;
  /** Each process is added here as it is spawned, so a caller shutting down mid-start can stop it. */
  started?: AppProcess[];
}

export interface RunningApps {
  urls: Record<AppName, string>;
  processes: AppProcess[];
  /** Resolves with the first app that exits while the graph is running. */
  firstExit: Promise<{ app: AppName; how: string }>;
  stop(): Promise<void>;
}

/**
 * Starts the witness, then the exchange (which submits its checkpoints to the witness), then the other two
 * subgraphs in parallel, then the gateway pointed at them, then waits until the gateway's /health says the
 * whole graph is ready, then the web server pointed at the gateway. On any failure it stops what it
 * started and throws an AppStartError naming the app.
 */
export async function startApps(options: StartAppsOptions): Promise<RunningApps> {
  const processes: AppProcess[] = options.started ?? [];
  const stop = async () => {
    await Promise.all([...processes].reverse().map((process) => process.stop()));
  };
  const spawn = (name: AppName, extra: Record<string, string>, port = options.ports[name]) => {
    const process = AppProcess.spawn(
      name,
      options.distDir,
      {
        ...options.env,
        ...options.appEnv?.(name, options.env),
        ...extra,
        [portVariable(name)]: String(port),
        HOST: options.host,
      },
      options.onLine,
    );
    processes.push(process);
    return process;
  };
  try {
    // The exchange first: it publishes the keys every other app verifies tokens with, and
    // with free ports (0) nobody knows its URL until it listens. It verifies tokens too, with
    // the same key sets, so it must know its own URL from the start: a free port is picked
    // for it here rather than by the system once it listens.
    const exchangePort = options.ports.exchange || (await freePort(options.host));
    // The exchange names the gateway's URL as its OAuth issuer (metadata, assertion audience):
    // the gateway's port is picked here too, for the same reason.
    const gatewayPort = options.ports.gateway || (await freePort(options.host));
    const ownUrl = { [subgraphUrlVariable('exchange')]: `http://${options.host}:${exchangePort}/graphql` };
    // The witness reads the registry's public keys from the exchange only when a checkpoint
    // arrives, so it can start first; the exchange must know where to submit from the start.
    const witnessUrl = await spawn('witness', ownUrl).listening(options.startTimeoutMs);
    const exchangeUrl = await spawn(
      'exchange',
      {
        ...ownUrl,
        WITNESS_URL: witnessUrl,
        OAUTH_ISSUER_URL: options.env.OAUTH_ISSUER_URL ?? `http://${options.host}:${gatewayPort}`,
      },
      exchangePort,
    ).listening(options.startTimeoutMs);
    const exchangeVariable = { [subgraphUrlVariable('exchange')]: `${exchangeUrl}/graphql` };
    const others = SUBGRAPH_NAMES.filter((name) => name !== 'exchange');
    const otherUrls = await Promise.all(
      others.map((name) => spawn(name, exchangeVariable).listening(options.startTimeoutMs)),
    );
    const urls = Object.fromEntries([
      ['witness', witnessUrl],
      ['exchange', exchangeUrl],
      ...others.map((name, i) => [name, otherUrls[i]]),
    ]) as Record<AppName, string>;
    const firstExit = () =>
      Promise.race(processes.map((process) => process.whenExited().then((how) => ({ app: process.name, how }))));
    if (options.gateway === false) return { urls, processes, firstExit: firstExit(), stop };
    const gateway = spawn(
      'gateway',
      Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), `${urls[name]}/graphql`])),
      gatewayPort,
    );
    urls.gateway = await gateway.listening(options.startTimeoutMs);
    await waitForHealth(`${urls.gateway}/health`, options.startTimeoutMs, gateway);
    if (options.web !== false) {
      // The portal must know its own origin from the start (the one Origin it accepts, its
      // sign-in callback): a free port is picked here rather than by the system.
      const webPort = options.ports.web || (await freePort(options.host));
      urls.web = await spawn('web', { GATEWAY_URL: urls.gateway, WITNESS_URL: witnessUrl }, webPort).listening(
        options.startTimeoutMs,
      );
    }
    return { urls, processes, firstExit: firstExit(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForHealth(url: string, timeoutMs: number, gateway: AppProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      last = await response.text();
      if (response.ok) return;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new AppStartError(
    'gateway',
    `was not healthy within ${timeoutMs} ms (last answer: ${last})`,
    gateway.lastLines,
  );
}
