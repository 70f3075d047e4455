import type { AppName } from '@app/config';
import { AppProcess } from './app-process';
import { freePort } from './free-port';
import { distDir } from './start-graph';

export interface RunningWebApp {
  url: string;
  process: AppProcess;
  stop(): Promise<void>;
}

/**
 * One more web server (the citizen portal) as its own process, beside a running graph: for a
 * test that needs the portal configured otherwise (production, no identity provider) than the
 * graph's own. `env` must point it at the graph (GATEWAY_URL, WITNESS_URL, DEV_ISSUER_KEY_FILE
 * for the demo sign-in: TestGraph.toolEnv and its gatewayUrl give them).
 */
export async function startWebApp(options: {
  env: Record<string, string | undefined>;
  host?: string;
  onLine?: (app: AppName, line: string) => void;
  startTimeoutMs?: number;
}): Promise<RunningWebApp> {
  const host = options.host ?? '127.0.0.1';
  const port = await freePort(host);
  const process = AppProcess.spawn(
    'web',
    distDir(),
    { ...options.env, HOST: host, WEB_PORT: String(port) },
    options.onLine ??
      ((app, line) => /\b(ERROR|WARN)\b/.test(line) && globalThis.process.stderr.write(`[${app}] ${line}\n`)),
  );
  try {
    const url = await process.listening(options.startTimeoutMs ?? 60_000);
    return { url, process, stop: () => process.stop() };
  } catch (error) {
    await process.stop();
    throw error;
  }
}
