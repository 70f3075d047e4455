import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AgencyPrincipal } from '@app/auth';
import { dataSourceOptions, type OpenDatabase } from '@app/database';
import { DatabaseConsentLookup, loadAgencyGrants, RequestAccess, type LostRelease } from '../policy';
import { openAccessTestDatabase } from '../../test/access-test-database';
import { AccessLogWriter, CommitRefusedError } from './access-log-writer';
import { recordsOfRequest } from './records-of-request';

// The policy's commit work through the real writer, on a real database (a scratch PGlite, or a
// scratch PostgreSQL database beside DATABASE_URL's), from two pools as two instances would:
// reads decided at once all see the consent or the day's last record free; their commits,
// serialised by the log, let exactly one have it.

const OPTIONS = { flushDelayMs: 5, maxBatch: 500, timeoutMs: 10_000 };
const AN = '001085012345';

const principal = (agencyCode: string, clientId: string, purpose: string, scopes: string[]): AgencyPrincipal => ({
  kind: 'agency',
  issuer: 'test',
  tokenId: randomUUID(),
  agencyCode,
  clientId,
  purpose,
  scopes,
  requestsPerMinute: null,
  officerId: null,
  caseReference: null,
});
const BHXH = principal('BHXH', 'bhxh-demo', 'SOCIAL_INSURANCE_ENROLMENT', ['population.identity']);
const BANK = principal('DEMO-BANK', 'demo-bank-demo', 'ACCOUNT_OPENING_KYC', []);

interface Instance {
  dataSource: DataSource;
  writer: AccessLogWriter;
}

/** One agency read of An's name on `instance`: decided now, committed by `commit()`. */
async function decideRead(instance: Instance, caller: AgencyPrincipal) {
  const access = new RequestAccess({
    principal: () => Promise.resolve(caller),
    agencyGrants: (agency, purpose) =>
      loadAgencyGrants(instance.dataSource, agency.agencyCode, agency.clientId, purpose),
    consents: new DatabaseConsentLookup(instance.dataSource),
  });
  const subject = { kind: 'citizen' as const, id: AN };
  const decision = await access.decide(subject, 'population.identity');
  if (decision.allowed) access.release(subject, 'population.identity', decision.basis, 'Citizen.fullName', 'An');
  const requestId = randomUUID();
  return {
    decided: decision.allowed ? 'allowed' : decision.reason,
    requestId,
    /** What the access log plugin does: the records, with the commit work, in one write. */
    commit: async (): Promise<string> => {
      const work = access.commitWork();
      try {
        await instance.writer.write(
          recordsOfRequest(access, caller, { requestId }, 'population'),
          work ? (manager) => work(manager) : undefined,
        );
        return decision.allowed ? 'released' : 'refused';
      } catch (error) {
        if (!(error instanceof CommitRefusedError)) throw error;
        return (error.refusal as LostRelease[])[0].reason;
      }
    },
  };
}

describe('commit work: uses and daily counts commit with the records, one winner across instances', () => {
  let db: OpenDatabase;
  let second: DataSource;
  let instances: Instance[];

  beforeAll(async () => {
    db = await openAccessTestDatabase(process.env, { demoData: true });
    second = new DataSource(dataSourceOptions(db.config, { entities: [], applicationName: 'sochung-test-second' }));
    await second.initialize();
    instances = [db.dataSource, second].map((dataSource) => ({
      dataSource,
      writer: new AccessLogWriter(dataSource, OPTIONS),
    }));
  }, 120_000);

  afterAll(async () => {
    await second?.destroy();
    await db?.close();
  });

  const releasedRecords = async (requestIds: string[]) =>
    (
      await db.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM access.access_records WHERE request_id = ANY($1) AND outcome = 'released'`,
        [requestIds],
      )
    )[0].n;

  it("gives the day's last record of an agreement to one of two instances' reads", async () => {
    await db.dataSource.query(
      `UPDATE access.agreements SET records_per_day = 1 WHERE agreement_number = 'DSA-2026-0001'`,
    );
    const reads = await Promise.all(instances.map((instance) => decideRead(instance, BHXH)));
    expect(reads.map((read) => read.decided)).toEqual(['allowed', 'allowed']);
    const outcomes = await Promise.all(reads.map((read) => read.commit()));
    expect(outcomes.sort()).toEqual(['DAILY_LIMIT_REACHED', 'released']);
    expect(await releasedRecords(reads.map((read) => read.requestId))).toBe(1);
    const [count] = await db.dataSource.query<{ records: number }[]>(
      `SELECT records FROM access.agreement_daily_records WHERE agreement_number = 'DSA-2026-0001'`,
    );
    expect(count.records).toBe(1);
    // The next read is told at once: the count is in the database, for every instance.
    const next = await decideRead(instances[1], BHXH);
    expect(next.decided).toBe('DAILY_LIMIT_REACHED');
  });

  it('lets one of five reads over two instances use a one-time consent, and spends it once', async () => {
    const consentId = randomUUID();
    await db.dataSource.query(
      `INSERT INTO access.consents (id, request_id, agency_code, personal_id_number, purpose, categories,
         valid_from, valid_to, fetch_type, max_reads_per_day, data_life_days, status, granted_at, updated_at)
       VALUES ($1, $2, 'DEMO-BANK', $3, 'ACCOUNT_OPENING_KYC', '{population.identity}',
         now() - interval '1 hour', now() + interval '1 day', 'one_time', NULL, 30, 'active', now(), now())`,
      [consentId, randomUUID(), AN],
    );
    const reads = await Promise.all(Array.from({ length: 5 }, (_, i) => decideRead(instances[i % 2], BANK)));
    expect(reads.map((read) => read.decided)).toEqual(Array.from({ length: 5 }, () => 'allowed'));
    const outcomes = await Promise.all(reads.map((read) => read.commit()));
    expect(outcomes.filter((outcome) => outcome === 'released')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'CONSENT_SPENT')).toHaveLength(4);
    expect(await releasedRecords(reads.map((read) => read.requestId))).toBe(1);
    const [row] = await db.dataSource.query('SELECT status, use_count FROM access.consents WHERE id = $1', [consentId]);
    expect(row).toEqual({ status: 'spent', use_count: 1 });
  });
});
