import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of a subgraph that counts the connections it accepts: how a test sees
 * whether the gateway reuses its connections and how many it opens at once. Each answer is held
 * back `delayMs` so that concurrent calls overlap at the subgraph.
 */
export class ConnectionCounter {
  /** Connections accepted since the start (or the last reset). */
  accepted = 0;
  /** The most connections open at once since the start (or the last reset). */
  mostOpen = 0;
  private readonly open = new Set<Socket>();

  private constructor(
    private readonly listener: Server,
    private readonly target: URL,
    private readonly delayMs: number,
  ) {}

  static async start(targetUrl: string, options: { delayMs?: number } = {}): Promise<ConnectionCounter> {
    const listener = createServer();
    const counter = new ConnectionCounter(listener, new URL(targetUrl), options.delayMs ?? 0);
    listener.on('connection', (socket) => counter.accept(socket));
    await new Promise<void>((resolve, reject) => listener.once('error', reject).listen(0, '127.0.0.1', resolve));
    return counter;
  }

  /** The target's URL, reached through the counter. */
  get url(): string {
    const through = new URL(this.target);
    through.hostname = '127.0.0.1';
    through.port = String((this.listener.address() as AddressInfo).port);
    return through.toString();
  }

  reset(): void {
    this.accepted = 0;
    this.mostOpen = this.open.size;
  }

  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise<void>((resolve) => this.listener.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.accepted++;
    this.open.add(client);
    this.mostOpen = Math.max(this.mostOpen, this.open.size);
    const server = connect(Number(this.target.port), this.target.hostname);
    client.on('data', (chunk) => server.write(chunk));
    server.on('data', (chunk) => setTimeout(() => client.write(chunk), this.delayMs));
    const end = () => {
      this.open.delete(client);
      client.destroy();
      server.destroy();
    };
    client.on('close', end).on('error', end);
    server.on('close', end).on('error', end);
  }
}
