import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { AppName } from '@app/config';

/** An app could not start; `output` is the end of what it printed. */
export class AppStartError extends Error {
  constructor(
    readonly app: AppName,
    reason: string,
    readonly output: string[],
  ) {
    super(`${app} ${reason}${output.length ? `:\n${output.map((line) => `    ${line}`).join('\n')}` : ''}`);
  }
}

const KEPT_LINES = 15;

/** One deployable app running as its own process, started from its compiled main.js. */
export class AppProcess {
  readonly lastLines: string[] = [];
  private exited: Promise<string>;

  private constructor(
    readonly name: AppName,
    private readonly child: ChildProcess,
    onLine: (app: AppName, line: string) => void,
  ) {
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          this.lastLines.push(line);
          if (this.lastLines.length > KEPT_LINES) this.lastLines.shift();
          onLine(name, line);
        }
      });
    }
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
    );
  }

  static spawn(
    name: AppName,
    distDir: string,
    env: Record<string, string | undefined>,
    onLine: (app: AppName, line: string) => void,
  ): AppProcess {
    const child = fork(join(distDir, 'apps', name, 'src', 'main.js'), [], {
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    return new AppProcess(name, child, onLine);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Resolves with the app's base URL once it listens; rejects if it exits or takes too long. */
  listening(timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new AppStartError(this.name, `did not start within ${timeoutMs} ms`, this.lastLines)),
        timeoutMs,
      );
      this.child.on('message', (message: { type?: string; url?: string }) => {
        if (message?.type === 'listening' && message.url) {
          clearTimeout(timer);
          resolve(message.url);
        }
      });
      void this.exited.then((how) => {
        clearTimeout(timer);
        reject(new AppStartError(this.name, `exited with ${how}`, this.lastLines));
      });
    });
  }

  /** Resolves when the process exits, saying how ("code 1", "signal SIGKILL"). */
  whenExited(): Promise<string> {
    return this.exited;
  }

  /** Asks the app to shut down (SIGTERM: Nest closes its server and pool), and kills it if it will not. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
