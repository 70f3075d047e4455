import { connect, type Socket } from 'node:net';
import { Client, Pool } from 'pg';
import { EmbeddedPostgresServer } from './embedded-postgres-server';

/** A raw client, for the protocol corners `pg` never visits. */
class RawSession {
  private received = Buffer.alloc(0);
  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => (this.received = Buffer.concat([this.received, chunk])));
  }

  static async open(port: number): Promise<RawSession> {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const session = new RawSession(socket);
    const body = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + body.length, 0);
    startup.writeInt32BE(196608, 4);
    socket.write(Buffer.concat([startup, body]));
    await session.waitFor('Z');
    return session;
  }

  send(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }

  async waitFor(type: string, timeoutMs = 2000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.received.includes(Buffer.from(type)) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
  }

  text(): string {
    return this.received.toString('latin1');
  }

  destroy(): void {
    this.socket.destroy();
  }

  get closed(): boolean {
    return this.socket.destroyed || this.socket.readableEnded;
  }
}

const message = (type: string, ...fields: Buffer[]) => {
  const body = Buffer.concat(fields);
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
};
const cstr = (text: string) => Buffer.from(`${text}\0`);
const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const parse = (name: string, sql: string) => message('P', cstr(name), cstr(sql), int16(0));
const bind = () => message('B', cstr(''), cstr(''), int16(0), int16(0), int16(0));
const execute = () => message('E', cstr(''), Buffer.from([0, 0, 0, 0]));
const flush = () => message('H');
const sync = () => message('S');

describe('EmbeddedPostgresServer at the protocol edges', () => {
  let server: EmbeddedPostgresServer;
  let pool: Pool;

  beforeAll(async () => {
    server = await EmbeddedPostgresServer.start({ dataDir: 'memory://', lockWaitMs: 2_000 });
    pool = new Pool({ connectionString: server.url, max: 4 });
    await pool.query('create table items (id int primary key)');
  }, 60_000);

  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it('rolls back what a client ran up to a Flush before it vanished', async () => {
    const raw = await RawSession.open(server.port);
    raw.send(parse('', 'insert into items values (1)'), bind(), execute(), flush());
    await raw.waitFor('C'); // CommandComplete: the insert ran inside an implicit transaction
    raw.destroy();
    expect((await pool.query('select count(*)::int as n from items')).rows[0].n).toBe(0);
  });

  it('serves the next session normally after a client vanished in an error state', async () => {
    const raw = await RawSession.open(server.port);
    raw.send(parse('', 'select 1/0'), bind(), execute(), flush());
    await raw.waitFor('E');
    raw.destroy();
    expect((await pool.query('select $1::int as n', [7])).rows).toEqual([{ n: 7 }]);
  });

  it('closes a connection that sends an unknown message type, and keeps serving the others', async () => {
    const raw = await RawSession.open(server.port);
    raw.send(message('?'), sync());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(raw.closed).toBe(true);
    expect((await pool.query('select 2 as two')).rows).toEqual([{ two: 2 }]);
  });

  it('refuses named prepared statements, which sessions would share, with a clear error', async () => {
    const client = new Client({ connectionString: server.url });
    await client.connect();
    await expect(client.query({ name: 'q1', text: 'select 1' })).rejects.toThrow(
      /named prepared statements are not supported/,
    );
    expect((await client.query('select 3 as three')).rows).toEqual([{ three: 3 }]);
    await client.end();
  });

  it('refuses COPY FROM STDIN instead of losing the protocol', async () => {
    await expect(pool.query('COPY items FROM STDIN')).rejects.toThrow(/COPY … FROM STDIN is not supported/);
    expect((await pool.query('select 4 as four')).rows).toEqual([{ four: 4 }]);
  });
});
