import { Pool } from 'pg';
import { EmbeddedPostgresServer } from './embedded-postgres-server';

describe('EmbeddedPostgresServer', () => {
  let server: EmbeddedPostgresServer;
  let pool: Pool;

  beforeAll(async () => {
    server = await EmbeddedPostgresServer.start({ dataDir: 'memory://', lockWaitMs: 2_000 });
    pool = new Pool({ connectionString: server.url, max: 8 });
    await pool.query('create table items (id int primary key, label text not null)');
  }, 60_000);

  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it('keeps concurrent parameterised queries from different sessions apart', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => pool.query('select $1::int as n, $2::text as s', [i, `s${i}`])),
    );
    results.forEach((result, i) => expect(result.rows[0]).toEqual({ n: i, s: `s${i}` }));
  });

  it('gives a session in a transaction the backend until it commits', async () => {
    const inside = await pool.connect();
    await inside.query('BEGIN');
    await inside.query('insert into items values (1, $1)', ['uncommitted']);
    // Another session's read waits for the transaction instead of seeing or joining it.
    const outsideRead = pool.query('select count(*)::int as n from items');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await inside.query('ROLLBACK');
    inside.release();
    expect((await outsideRead).rows[0].n).toBe(0);
  });

  it('recovers after an error inside a transaction', async () => {
    const session = await pool.connect();
    await session.query('BEGIN');
    await expect(session.query('select 1/0')).rejects.toThrow('division by zero');
    await session.query('ROLLBACK');
    session.release();
    expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('rolls back the transaction of a session that disconnects', async () => {
    const session = await pool.connect();
    await session.query('BEGIN');
    await session.query('insert into items values (2, $1)', ['abandoned']);
    session.release(true); // destroys the connection mid-transaction
    const rows = (await pool.query('select id from items where id = 2')).rows;
    expect(rows).toEqual([]);
  });

  it('refuses, rather than hangs, when another session holds a transaction too long', async () => {
    const holder = await pool.connect();
    await holder.query('BEGIN');
    await expect(pool.query('select 1')).rejects.toThrow(/embedded database busy/);
    await holder.query('ROLLBACK');
    holder.release();
  });
});
