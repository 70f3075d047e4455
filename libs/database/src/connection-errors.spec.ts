import { createServer, type AddressInfo, type Server } from 'node:net';
import { Pool } from 'pg';
import { guardPoolConnections } from './connection-errors';

/** 'R' AuthenticationOk, 'Z' ReadyForQuery, then the FATAL a terminated backend sends: one write. */
function startedThenTerminated(): Buffer {
  const authenticationOk = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]);
  const readyForQuery = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);
  const fields = Buffer.concat(
    ['SFATAL', 'VFATAL', 'C57P01', 'Mterminating connection due to administrator command'].map((field) =>
      Buffer.from(`${field}\0`),
    ),
  );
  const error = Buffer.alloc(5);
  error.write('E', 0, 'latin1');
  error.writeInt32BE(fields.length + 5, 1);
  return Buffer.concat([authenticationOk, readyForQuery, error, fields, Buffer.from([0])]);
}

describe('guardPoolConnections', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    // A server that accepts a connection and drops it in the same breath, as PostgreSQL does
    // to a backend pg_terminate_backend hits right after its start-up.
    server = createServer((socket) => {
      socket.once('data', () => socket.end(startedThenTerminated()));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `postgres://postgres@127.0.0.1:${(server.address() as AddressInfo).port}/postgres`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('keeps a connection that dies as it is handed over from crashing the process: its query fails instead', async () => {
    const pool = new Pool({ connectionString: url, max: 1 });
    pool.on('error', () => undefined);
    const warnings: string[] = [];
    guardPoolConnections(pool, { warn: (message: string) => warnings.push(message) });
    // Without the guard, the FATAL is emitted on the client between pg-pool handing it over
    // and this await resuming, with no 'error' listener: an uncaught exception.
    const client = await pool.connect();
    await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable|terminat/);
    client.release(true);
    await pool.end();
    expect(warnings).toEqual(['a database connection failed: terminating connection due to administrator command']);
  });
});

describe('a connection whose server falls silent', () => {
  let server: Server;
  let url: string;
  let opened = 0;
  let closed = 0;

  beforeAll(async () => {
    // Answers the start-up, then never another byte: a frozen network path or a hung backend.
    server = createServer((socket) => {
      opened++;
      socket.once('data', () => socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49])));
      socket.on('close', () => closed++);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `postgres://postgres@127.0.0.1:${(server.address() as AddressInfo).port}/postgres`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('is destroyed when its query times out, not handed to the next caller', async () => {
    const pool = new Pool({ connectionString: url, max: 1, query_timeout: 200 });
    pool.on('error', () => undefined);
    guardPoolConnections(pool, { warn: () => undefined });
    const first = await pool.connect();
    await expect(first.query('SELECT 1')).rejects.toThrow('Query read timeout');
    // As TypeORM releases after a failed query: with no error, so the pool would keep it.
    first.release();
    const second = await pool.connect();
    expect(second).not.toBe(first);
    expect(opened).toBe(2);
    second.release(true);
    await pool.end();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(2);
  });
});
