import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * What the proxy does to the bytes between the app and the database.
 * - `pass`: forwards both ways.
 * - `freeze`: forwards nothing and keeps every socket open, as a network path that silently
 *   loses everything does; what was held back is delivered when the freeze ends.
 * - `drop`: throws away every byte both ways, keeping the sockets: the bytes are lost for good.
 * - `cut`: destroys every socket and refuses new connections, as a database that is gone does.
 *
 * While a freeze or a drop lasts, a side that closes is not told to the other, as across a
 * partition: the database keeps a backend whose app has given up on it (PostgreSQL's own
 * timeouts must end it), and an app keeps a connection whose backend is gone until it next
 * sends, which, once the fault ends, finds the connection reset.
 */
export type FaultMode = 'pass' | 'freeze' | 'drop' | 'cut';

interface Pair {
  client: Socket;
  server: Socket;
  /** The side that closed during a partition; the other side has not heard. */
  gone: 'client' | 'server' | null;
  /** Held back during a freeze, per direction. */
  toServer: Buffer[];
  toClient: Buffer[];
}

/** A TCP proxy between an app and PostgreSQL whose faults a test switches on and off. */
export class FaultProxy {
  private mode: FaultMode = 'pass';
  private readonly pairs = new Set<Pair>();

  /** Where the database is; set before the first connection arrives. */
  target: { host: string; port: number } | null = null;

  private constructor(private readonly listener: Server) {}

  static async start(): Promise<FaultProxy> {
    const listener = createServer();
    const proxy = new FaultProxy(listener);
    listener.on('connection', (socket) => proxy.accept(socket));
    await new Promise<void>((resolve, reject) => listener.once('error', reject).listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.listener.address() as AddressInfo).port;
  }

  /** `url` with its host and port replaced by the proxy's. */
  rewrite(url: string): string {
    const through = new URL(url);
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  /** Connections open through the proxy right now. */
  get connections(): number {
    return this.pairs.size;
  }

  set(mode: FaultMode): void {
    const before = this.mode;
    this.mode = mode;
    if (mode === 'cut') {
      for (const pair of this.pairs) this.close(pair);
    } else if (mode === 'pass' && before !== 'pass') {
      for (const pair of this.pairs) {
        // The app's next send would meet a reset; the backend waits on, unaware.
        if (pair.gone === 'server') this.close(pair);
        if (pair.gone !== null || before !== 'freeze') continue;
        for (const chunk of pair.toServer.splice(0)) pair.server.write(chunk);
        for (const chunk of pair.toClient.splice(0)) pair.client.write(chunk);
      }
    }
  }

  async stop(): Promise<void> {
    for (const pair of this.pairs) this.close(pair);
    await new Promise((resolve) => this.listener.close(resolve));
  }

  private accept(client: Socket): void {
    if (this.mode === 'cut' || !this.target) {
      client.destroy();
      return;
    }
    const server = connect(this.target.port, this.target.host);
    const pair: Pair = { client, server, gone: null, toServer: [], toClient: [] };
    this.pairs.add(pair);
    client.on('data', (chunk) => this.forward(pair, chunk, 'toServer'));
    server.on('data', (chunk) => this.forward(pair, chunk, 'toClient'));
    for (const [socket, side] of [
      [client, 'client'],
      [server, 'server'],
    ] as const) {
      socket.on('error', () => undefined);
      socket.on('close', () => this.sideClosed(pair, side));
    }
  }

  private sideClosed(pair: Pair, side: 'client' | 'server'): void {
    const partitioned = this.mode === 'freeze' || this.mode === 'drop' || pair.gone !== null;
    if (partitioned && pair.gone === null) pair.gone = side;
    else if (!partitioned || pair.gone !== side) this.close(pair);
  }

  private forward(pair: Pair, chunk: Buffer, direction: 'toServer' | 'toClient'): void {
    if (pair.gone !== null) return;
    if (this.mode === 'freeze') pair[direction].push(chunk);
    else if (this.mode === 'pass') (direction === 'toServer' ? pair.server : pair.client).write(chunk);
  }

  private close(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.destroy();
    pair.server.destroy();
  }
}
