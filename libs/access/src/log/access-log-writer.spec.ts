import { DataSource } from 'typeorm';
import { loadConfig, usesEmbeddedDatabase } from '@app/config';
import { dataSourceOptions, type OpenDatabase } from '@app/database';
import { openAccessTestDatabase } from '../../test/access-test-database';
import { leafHash, MerkleFrontier, rootFromLeafHashes, type MerkleFrontierJson } from '../merkle';
import {
  chainHash,
  GENESIS_CHAIN_HASH,
  recordBytes,
  valuesHash,
  type AccessRecordInput,
  type SequencedRecord,
} from './access-record';
import {
  AccessLogUnavailableError,
  AccessLogWriter,
  CommitRefusedError,
  type AccessLogWriterOptions,
  type CommitEffect,
} from './access-log-writer';

// A real database: a scratch PGlite by default, a scratch PostgreSQL database beside
// DATABASE_URL's when it is set. Each test opens a log of its own, empty.

const OPTIONS: AccessLogWriterOptions = { flushDelayMs: 5, maxBatch: 500, timeoutMs: 10_000 };

interface Log {
  db: OpenDatabase;
  /** Another connection (another pool), as another process would have. */
  other: DataSource;
  close(): Promise<void>;
}

async function openLog(): Promise<Log> {
  const db = await openAccessTestDatabase(process.env);
  try {
    const other = new DataSource(dataSourceOptions(db.config, { entities: [], applicationName: 'sochung-test-other' }));
    await other.initialize();
    return {
      db,
      other,
      close: async () => {
        await other.destroy();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

function record(requestId: string, subjectId = '001085012345'): AccessRecordInput {
  return {
    outcome: 'released',
    requestId,
    recordedBy: 'population',
    callerKind: 'agency',
    callerId: 'bhxh-demo',
    agencyCode: 'BHXH',
    officerId: null,
    caseReference: null,
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    subjectKind: 'citizen',
    subjectId,
    categories: ['population.identity'],
    fields: ['Citizen.fullName'],
    bases: { 'population.identity': { kind: 'agreement', agreementId: 'a-1', citation: 'Luật BHXH 2024, Đ. 5' } },
    consentIds: [],
    sealedUntil: null,
    valuesHash: valuesHash({ 'Citizen.fullName': `Nguyễn Văn ${subjectId}` }),
  };
}

interface RecordRow {
  seq: string;
  recorded_at: Date;
  outcome: 'released' | 'refused';
  request_id: string;
  recorded_by: string;
  caller_kind: string;
  caller_id: string;
  agency_code: string | null;
  officer_id: string | null;
  case_reference: string | null;
  purpose: string | null;
  subject_kind: string;
  subject_id: string;
  categories: string[];
  fields: string[];
  bases: Record<string, unknown>;
  consent_ids: string[];
  sealed_until: Date | null;
  values_hash: string;
  leaf_hash: Buffer;
  chain_hash: Buffer;
  txid: string;
}

/**
 * Reads the whole log back and checks it as verify-log would: seq 0..n-1 without a gap,
 * every leaf hash recomputed from its row's columns, every chain link, and the head (size,
 * chain hash, Merkle frontier) matching the rows. Returns the rows.
 */
async function verifiedLog(dataSource: DataSource): Promise<RecordRow[]> {
  const rows = await dataSource.query<RecordRow[]>(
    'SELECT *, xmin::text AS txid FROM access.access_records ORDER BY seq',
  );
  let chain: Buffer = GENESIS_CHAIN_HASH;
  const leaves: Buffer[] = [];
  rows.forEach((row, i) => {
    expect(row.seq).toBe(String(i));
    const sequenced: SequencedRecord = {
      outcome: row.outcome,
      requestId: row.request_id,
      recordedBy: row.recorded_by,
      callerKind: row.caller_kind,
      callerId: row.caller_id,
      agencyCode: row.agency_code,
      officerId: row.officer_id,
      caseReference: row.case_reference,
      purpose: row.purpose,
      subjectKind: row.subject_kind,
      subjectId: row.subject_id,
      categories: row.categories,
      fields: row.fields,
      bases: row.bases,
      consentIds: row.consent_ids,
      sealedUntil: row.sealed_until,
      valuesHash: row.values_hash,
      seq: i,
      recordedAt: row.recorded_at,
    };
    const leaf = leafHash(recordBytes(sequenced));
    expect(row.leaf_hash.equals(leaf)).toBe(true);
    chain = chainHash(chain, leaf);
    expect(row.chain_hash.equals(chain)).toBe(true);
    leaves.push(leaf);
  });
  const [head] = await dataSource.query<{ size: string; chain_hash: Buffer; frontier: MerkleFrontierJson }[]>(
    'SELECT size, chain_hash, frontier FROM access.access_log_head WHERE id = 1',
  );
  if (rows.length > 0) {
    expect(head.size).toBe(String(rows.length));
    expect(head.chain_hash.equals(chain)).toBe(true);
    expect(MerkleFrontier.fromJSON(head.frontier).root().equals(rootFromLeafHashes(leaves))).toBe(true);
  }
  return rows;
}

async function countOf(dataSource: DataSource, requestId: string): Promise<number> {
  const [{ n }] = await dataSource.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM access.access_records WHERE request_id = $1',
    [requestId],
  );
  return n;
}

describe('AccessLogWriter', () => {
  let log: Log;

  beforeEach(async () => {
    log = await openLog();
  }, 60_000);

  afterEach(async () => {
    await log?.close();
  });

  it('writes many concurrent callers in few transactions, each resolved only once its rows are visible elsewhere', async () => {
    const writer = new AccessLogWriter(log.db.dataSource, { ...OPTIONS, maxBatch: 100 });
    const transactions = jest.spyOn(log.db.dataSource, 'transaction');
    // 200 callers of 2 records each, all within one flush delay: 400 records, 100 a batch.
    const seenOnResolve = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const requestId = `req-${i}`;
        await writer.write([record(requestId, `0010850${String(i).padStart(5, '0')}`), record(requestId)]);
        return countOf(log.other, requestId);
      }),
    );
    expect(seenOnResolve).toEqual(Array.from({ length: 200 }, () => 2));
    expect(transactions).toHaveBeenCalledTimes(4);
    const rows = await verifiedLog(log.other);
    expect(rows).toHaveLength(400);
    // Four transactions in the database too, each one caller's records together, in order.
    const byTransaction = new Map<string, RecordRow[]>();
    for (const row of rows) byTransaction.set(row.txid, [...(byTransaction.get(row.txid) ?? []), row]);
    expect([...byTransaction.values()].map((batch) => batch.length)).toEqual([100, 100, 100, 100]);
    for (const batch of byTransaction.values()) {
      expect(new Set(batch.map((row) => row.recorded_at.getTime())).size).toBe(1);
    }
    expect(rows.map((row) => row.request_id)).toEqual(
      Array.from({ length: 200 }, (_, i) => [`req-${i}`, `req-${i}`]).flat(),
    );
  });

  it('keeps one contiguous chain when two writers (two pools, as two processes) write at once from an empty log', async () => {
    const second = new DataSource(
      dataSourceOptions(log.db.config, { entities: [], applicationName: 'sochung-test-second-writer' }),
    );
    await second.initialize();
    try {
      const writers = [new AccessLogWriter(log.db.dataSource, OPTIONS), new AccessLogWriter(second, OPTIONS)];
      const outcomes: PromiseSettledResult<void>[] = [];
      // Waves, so that the two writers' batches keep meeting on the head's lock.
      for (let wave = 0; wave < 10; wave++) {
        outcomes.push(
          ...(await Promise.allSettled(
            Array.from({ length: 40 }, (_, i) => writers[i % 2].write([record(`w${i % 2}-${wave}-${i}`)])),
          )),
        );
      }
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
      const rows = await verifiedLog(log.other);
      expect(rows).toHaveLength(400);
      expect(rows.filter((row) => row.request_id.startsWith('w0-'))).toHaveLength(200);
      expect(rows.filter((row) => row.request_id.startsWith('w1-'))).toHaveLength(200);
    } finally {
      await second.destroy();
    }
  });

  it('rejects exactly the callers of a batch whose transaction fails, and the next batch works', async () => {
    const writer = new AccessLogWriter(log.db.dataSource, { ...OPTIONS, maxBatch: 3 });
    await log.other.query(`CREATE FUNCTION access.test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.request_id LIKE 'poison%' THEN RAISE EXCEPTION 'poisoned record'; END IF;
        RETURN NEW;
      END $$`);
    await log.other.query(
      'CREATE TRIGGER tr_test_refuse_poison BEFORE INSERT ON access.access_records FOR EACH ROW EXECUTE FUNCTION access.test_refuse_poison()',
    );
    // Nine callers of one record, three a batch: the second batch carries the poison.
    const ids = ['a0', 'a1', 'a2', 'b0', 'poison-b1', 'b2', 'c0', 'c1', 'c2'];
    const outcomes = await Promise.allSettled(ids.map((id) => writer.write([record(id)])));
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(AccessLogUnavailableError);
    }
    await log.other.query('DROP TRIGGER tr_test_refuse_poison ON access.access_records');
    await writer.write([record('d0')]);
    const rows = await verifiedLog(log.other);
    expect(rows.map((row) => row.request_id)).toEqual(['a0', 'a1', 'a2', 'c0', 'c1', 'c2', 'd0']);
  });

  it("commits each write's effects with its records, and drops a refused or failed write alone, effects and records", async () => {
    const writer = new AccessLogWriter(log.db.dataSource, { ...OPTIONS, maxBatch: 100 });
    await log.other.query('CREATE TABLE access.test_effects (request_id text PRIMARY KEY)');
    const effect =
      (requestId: string): CommitEffect =>
      async (manager) => {
        await manager.query('INSERT INTO access.test_effects (request_id) VALUES ($1)', [requestId]);
        if (requestId.startsWith('broken')) await manager.query('SELECT 1 / 0');
        return requestId.startsWith('refused') ? { why: `no ${requestId}` } : null;
      };
    const ids = ['e0', 'refused-e1', 'e2', 'broken-e3', 'e4'];
    // One batch: the writes wait for each other within the flush delay.
    const outcomes = await Promise.allSettled(
      ids.map((id) => writer.write([record(id), record(id, '079190004321')], effect(id))),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const refused = (outcomes[1] as PromiseRejectedResult).reason as CommitRefusedError;
    expect(refused).toBeInstanceOf(CommitRefusedError);
    expect(refused.refusal).toEqual({ why: 'no refused-e1' });
    expect((outcomes[3] as PromiseRejectedResult).reason).toBeInstanceOf(AccessLogUnavailableError);
    const rows = await verifiedLog(log.other);
    expect(rows.map((row) => row.request_id)).toEqual(['e0', 'e0', 'e2', 'e2', 'e4', 'e4']);
    expect(new Set(rows.map((row) => row.txid)).size).toBe(1);
    const effects = await log.other.query<{ request_id: string }[]>(
      'SELECT request_id FROM access.test_effects ORDER BY request_id',
    );
    expect(effects.map((row) => row.request_id)).toEqual(['e0', 'e2', 'e4']);
  });

  it("rolls back every write's effects when the records cannot be written", async () => {
    const writer = new AccessLogWriter(log.db.dataSource, OPTIONS);
    await log.other.query('CREATE TABLE access.test_effects (request_id text PRIMARY KEY)');
    await log.other.query('ALTER TABLE access.access_records ADD CONSTRAINT ck_test_refuse CHECK (false) NOT VALID');
    const effect: CommitEffect = async (manager) => {
      await manager.query("INSERT INTO access.test_effects (request_id) VALUES ('lost')");
      return null;
    };
    await expect(writer.write([record('lost')], effect)).rejects.toBeInstanceOf(AccessLogUnavailableError);
    await log.other.query('ALTER TABLE access.access_records DROP CONSTRAINT ck_test_refuse');
    expect(await log.other.query('SELECT request_id FROM access.test_effects')).toEqual([]);
    await writer.write([record('kept')], effect);
    expect(await log.other.query('SELECT request_id FROM access.test_effects')).toEqual([{ request_id: 'lost' }]);
  });

  it('rejects a caller whose records are not durable within the timeout, and works once the log is free', async () => {
    const writer = new AccessLogWriter(log.db.dataSource, { ...OPTIONS, timeoutMs: 300 });
    // Another session holds the log's head: on PostgreSQL the writer's transaction waits for
    // the lock; on the embedded server (one backend) it waits for that session's transaction.
    const holder = log.other.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('LOCK TABLE access.access_log_head IN ACCESS EXCLUSIVE MODE');
    try {
      const started = Date.now();
      await expect(writer.write([record('late')])).rejects.toBeInstanceOf(AccessLogUnavailableError);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    await writer.write([record('after')]);
    expect(await countOf(log.other, 'after')).toBe(1);
    await verifiedLog(log.other);
  });

  // On PostgreSQL the batch gives up with its callers (lock_timeout), instead of waiting on the
  // lock and committing later; the embedded server queues whole transactions, so there the late
  // records may still be written once the holder lets go (over-recording, never under).
  const onPostgres = usesEmbeddedDatabase(loadConfig({ ...process.env, NODE_ENV: 'test' }).database) ? it.skip : it;
  onPostgres('gives up the batch itself when its callers give up, rather than commit it later', async () => {
    const writer = new AccessLogWriter(log.db.dataSource, { ...OPTIONS, timeoutMs: 300 });
    const holder = log.other.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('LOCK TABLE access.access_log_head IN ACCESS EXCLUSIVE MODE');
    try {
      await expect(writer.write([record('abandoned')])).rejects.toBeInstanceOf(AccessLogUnavailableError);
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await holder.commitTransaction();
      await holder.release();
    }
    await writer.write([record('next')]);
    expect(await countOf(log.other, 'abandoned')).toBe(0);
    expect(await countOf(log.other, 'next')).toBe(1);
  });
});
