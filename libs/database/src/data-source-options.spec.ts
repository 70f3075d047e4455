import { loadConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';

const parts = { entities: [], applicationName: 'sochung-test' };

describe('dataSourceOptions: every wait bounded', () => {
  it('gives PostgreSQL every bound: connect, statement, lock, idle in transaction, query, keepalive', () => {
    const { database } = loadConfig({ DATABASE_URL: 'postgres://app@db.internal:5432/sochung' });
    const options = dataSourceOptions(database, parts) as { connectTimeoutMS: number; extra: object };
    expect(options.connectTimeoutMS).toBe(5000);
    expect(options.extra).toEqual({
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      query_timeout: 15_000,
      statement_timeout: 10_000,
      lock_timeout: 5000,
      idle_in_transaction_session_timeout: 10_000,
    });
  });

  it('gives the embedded server only the client-side bounds: its one backend shares session settings', () => {
    const { database } = loadConfig({});
    const { extra } = dataSourceOptions(database, parts) as { extra: object };
    expect(extra).toEqual({ keepAlive: true, keepAliveInitialDelayMillis: 10_000, query_timeout: 15_000 });
  });

  it('puts no deadline on the statements of tools that migrate or import', () => {
    const { database } = loadConfig({ DATABASE_URL: 'postgres://app@db.internal:5432/sochung' });
    const { extra } = dataSourceOptions(database, { ...parts, longStatements: true }) as { extra: object };
    expect(extra).toEqual({ keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
  });
});
