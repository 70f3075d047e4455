import { PGlite } from '@electric-sql/pglite';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { ExclusiveLock } from './exclusive-lock';
import { DataDirLock } from './data-dir-lock';
import {
  ROLLBACK_AND_SYNC,
  unsupportedInUnit,
  CANCEL_REQUEST_CODE,
  FrontendMessageReader,
  GSSENC_REQUEST_CODE,
  PROTOCOL_VERSION_3,
  SSL_REQUEST_CODE,
  errorResponse,
  type FrontendMessage,
} from './wire-protocol';

export interface EmbeddedPostgresOptions {
  /** A folder for the database files, or `memory://` for a throwaway database. */
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** How long a session waits for another session's transaction before it is refused. */
  lockWaitMs?: number;
  /** A session idle inside a transaction this long is rolled back and disconnected. */
  idleInTransactionMs?: number;
  maxMessageBytes?: number;
  log?: (message: string) => void;
}

/**
 * PGlite served over the PostgreSQL wire protocol, so that every app reaches the embedded
 * database through the same `pg` driver it uses for a PostgreSQL server.
 *
 * PGlite has one backend. Sessions take turns at the granularity of a protocol unit (a
 * simple query, or an extended-protocol batch up to its Sync), and a session inside a
 * transaction keeps the backend until the transaction ends. This is why we do not use
 * pglite-socket's multiplexer: it interleaves single messages, so two sessions' unnamed
 * Parse/Bind pairs can cross. Session settings (SET) are shared by all sessions.
 */
export class EmbeddedPostgresServer {
  private readonly sessions = new Set<EmbeddedSession>();
  private readonly lock = new ExclusiveLock<EmbeddedSession>();
  /** Set once PGlite reports a FATAL error: it is never called again, and sessions are refused. */
  private readonly state = { broken: false };

  private constructor(
    readonly db: PGlite,
    private readonly server: Server,
    private readonly dirLock: DataDirLock | null,
    readonly options: Required<EmbeddedPostgresOptions>,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
    const settings: Required<EmbeddedPostgresOptions> = {
      host: '127.0.0.1',
      port: 0,
      lockWaitMs: 30_000,
      idleInTransactionMs: 60_000,
      maxMessageBytes: 64 * 1024 * 1024,
      log: () => undefined,
      ...options,
    };
    const inMemory = settings.dataDir.startsWith('memory://');
    const dirLock = inMemory ? null : DataDirLock.acquire(settings.dataDir);
    try {
      const db = await PGlite.create(inMemory ? undefined : settings.dataDir);
      const server = createServer();
      const instance = new EmbeddedPostgresServer(db, server, dirLock, settings);
      server.on('connection', (socket) => instance.accept(socket));
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(settings.port, settings.host, () => resolve());
      });
      return instance;
    } catch (error) {
      dirLock?.release();
      throw error;
    }
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** A connection string any PostgreSQL client accepts. */
  get url(): string {
    return `postgres://postgres@${this.options.host}:${this.port}/postgres`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const session of this.sessions) session.close();
    });
    await this.db.close();
    this.dirLock?.release();
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    const session = new EmbeddedSession(socket, this.db, this.lock, this.options, this.state);
    this.sessions.add(session);
    socket.once('close', () => this.sessions.delete(session));
  }
}

// An ErrorResponse of severity FATAL: PGlite has lost the protocol and must not be called again.
const FATAL_MARKER = Buffer.from('SFATAL\0');

/** One client connection, feeding its protocol units to the shared backend in turn. */
class EmbeddedSession {
  private readonly reader: FrontendMessageReader;
  private pending: FrontendMessage[] = [];
  private work: Promise<void> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly socket: Socket,
    private readonly db: PGlite,
    private readonly lock: ExclusiveLock<EmbeddedSession>,
    private readonly options: Required<EmbeddedPostgresOptions>,
    private readonly state: { broken: boolean },
  ) {
    this.reader = new FrontendMessageReader(options.maxMessageBytes);
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.idleTimer);
    this.socket.destroy();
    // Wait for a unit in flight, then give the backend back clean: a ROLLBACK ends an explicit
    // transaction and also the implicit one an unsynced extended batch leaves open (which
    // isInTransaction() does not report); the Sync clears an error state. Output is dropped.
    this.work = this.work.then(async () => {
      if (this.lock.isHeldBy(this) && !this.state.broken) {
        for (const message of ROLLBACK_AND_SYNC) {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(message, { onRawData: () => undefined }));
        }
      }
      this.lock.abandon(this);
    });
  }

  private receive(chunk: Buffer): void {
    let messages: FrontendMessage[];
    try {
      messages = this.reader.push(chunk);
    } catch (error) {
      this.options.log(`embedded database: closing a connection: ${(error as Error).message}`);
      this.close();
      return;
    }
    for (const message of messages) {
      if (message.type === null) {
        this.receiveStartupPhase(message);
      } else if (message.type === 'X') {
        this.close();
        return;
      } else {
        this.pending.push(message);
        // Sync and Query end a unit; Flush asks for the output so far.
        if (message.type === 'S' || message.type === 'Q' || message.type === 'H') this.dispatch();
      }
    }
  }

  private receiveStartupPhase(message: FrontendMessage): void {
    if (message.code === SSL_REQUEST_CODE || message.code === GSSENC_REQUEST_CODE) {
      this.socket.write('N');
    } else if (message.code === CANCEL_REQUEST_CODE) {
      this.close(); // Cancellation is not supported; the request is simply dropped.
    } else if (message.code === PROTOCOL_VERSION_3) {
      this.pending.push(message);
      this.dispatch();
    } else {
      this.options.log(`embedded database: unsupported protocol ${message.code}`);
      this.close();
    }
  }

  private dispatch(): void {
    const unit = this.pending;
    this.pending = [];
    this.work = this.work
      .then(() => this.run(unit))
      .catch((error: unknown) => {
        this.options.log(`embedded database: ${(error as Error).message}`);
        this.close();
      });
  }

  private async run(unit: FrontendMessage[]): Promise<void> {
    if (this.closed) return;
    clearTimeout(this.idleTimer);
    const last = unit[unit.length - 1];
    if (!(await this.lock.acquire(this, this.options.lockWaitMs))) {
      if (last.type === 'H') return this.close();
      this.socket.write(
        errorResponse(
          '55P03',
          `embedded database busy: waited ${this.options.lockWaitMs} ms for another session's transaction`,
        ),
      );
      return;
    }
    if (this.closed) return; // close() gives the lock back once this unit is done
    if (this.state.broken) {
      this.socket.write(errorResponse('57P01', 'the embedded database stopped after a fatal error: restart it'));
      return this.close();
    }
    const refusal = unsupportedInUnit(unit);
    if (refusal) {
      if (last.type === 'H') return this.close();
      this.socket.write(errorResponse('0A000', refusal));
      if (!this.db.isInTransaction()) this.lock.release(this);
      return;
    }
    for (const message of unit) {
      if (this.state.broken) break;
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(message.bytes, {
          // PGlite hands out views of its own memory: copy before they are reused.
          onRawData: (data) => {
            const bytes = Buffer.from(data);
            if (bytes.includes(FATAL_MARKER) && !this.state.broken) {
              this.state.broken = true;
              this.options.log('embedded database: PGlite reported a FATAL error; refusing all sessions until restart');
            }
            if (!this.closed) this.socket.write(bytes);
          },
        }),
      );
    }
    const unitComplete = last.type !== 'H';
    if (unitComplete && !this.db.isInTransaction()) {
      this.lock.release(this);
    } else {
      this.idleTimer = setTimeout(() => {
        this.options.log('embedded database: rolled back a session idle in a transaction');
        this.close();
      }, this.options.idleInTransactionMs);
    }
  }
}
