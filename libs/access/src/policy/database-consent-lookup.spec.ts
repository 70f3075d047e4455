import { randomUUID } from 'node:crypto';
import type { OpenDatabase } from '@app/database';
import { openAccessTestDatabase } from '../../test/access-test-database';
import type { AgencyPrincipal } from '@app/auth';
import { isConsentDenial, type ConsentDenialReason } from './consent-lookup';
import { DatabaseConsentLookup } from './database-consent-lookup';
import type { Subject } from './decision';
import { RequestAccess } from './request-access';

// A real database: a scratch PGlite by default, a scratch PostgreSQL database beside
// DATABASE_URL's when it is set.

const BANK = 'DEMO_BANK';
const PURPOSE = 'LOAN_ASSESSMENT';
const citizen = (id: string): Subject => ({ kind: 'citizen', id });

interface Grant {
  subject?: string;
  agency?: string;
  purpose?: string;
  categories?: string[];
  fetchType?: 'one_time' | 'periodic';
  maxReadsPerDay?: number | null;
  status?: string;
  validFrom?: string;
  validTo?: string;
}

describe('DatabaseConsentLookup', () => {
  let db: OpenDatabase;
  let lookup: DatabaseConsentLookup;

  beforeAll(async () => {
    db = await openAccessTestDatabase(process.env);
    lookup = new DatabaseConsentLookup(db.dataSource);
  }, 60_000);

  afterAll(() => db?.close());

  beforeEach(() => db.dataSource.query('DELETE FROM access.consents'));

  async function grant(options: Grant = {}): Promise<string> {
    const id = randomUUID();
    await db.dataSource.query(
      `INSERT INTO access.consents (id, request_id, agency_code, personal_id_number, purpose, categories,
         valid_from, valid_to, fetch_type, max_reads_per_day, data_life_days, status, granted_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 30, $11, now(), now())`,
      [
        id,
        randomUUID(),
        options.agency ?? BANK,
        options.subject ?? '001085012345',
        options.purpose ?? PURPOSE,
        options.categories ?? ['population.identity', 'population.contact'],
        options.validFrom ?? new Date(Date.now() - 3_600_000).toISOString(),
        options.validTo ?? new Date(Date.now() + 86_400_000).toISOString(),
        options.fetchType ?? 'periodic',
        options.maxReadsPerDay ?? null,
        options.status ?? 'active',
      ],
    );
    return id;
  }

  const asking = (subjects: string[], categories: string[]) =>
    subjects.map((id) => ({ subject: citizen(id), categories }));

  /**
   * A read as the access log commits it: the consents found are used in one transaction,
   * which rolls back if any could not be (another read got it first); the answer shows those
   * with why.
   */
  async function read(subjects: string[], categories: string[], agency = BANK, purpose = PURPOSE) {
    const found = await lookup.consentsFor(agency, purpose, asking(subjects, categories));
    const usable = [...found.values()].flatMap((byCategory) =>
      [...byCategory.values()].filter((match) => !isConsentDenial(match)).map((match) => match.consentId),
    );
    let refused = new Map<string, ConsentDenialReason>();
    await db.dataSource
      .transaction(async (manager) => {
        refused = await lookup.use(manager, usable);
        if (refused.size > 0) throw new Error('rolled back');
      })
      .catch(() => undefined);
    for (const byCategory of found.values()) {
      for (const [category, match] of byCategory) {
        const why = refused.get(match.consentId);
        if (why) byCategory.set(category, { consentId: match.consentId, denied: why });
      }
    }
    return found;
  }

  it('spends a one-time consent at its first read', async () => {
    const id = await grant({ fetchType: 'one_time' });
    const first = await read(['001085012345'], ['population.identity']);
    expect(first.get('citizen:001085012345')?.get('population.identity')).toEqual({ consentId: id });
    const second = await read(['001085012345'], ['population.identity']);
    expect(second.get('citizen:001085012345')?.get('population.identity')).toEqual({
      consentId: id,
      denied: 'CONSENT_SPENT',
    });
    const [row] = await db.dataSource.query('SELECT status, use_count FROM access.consents WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'spent', use_count: 1 });
  });

  it('lets only one of five concurrent reads use a one-time consent', async () => {
    await grant({ fetchType: 'one_time' });
    // Separate connections on PostgreSQL: the row lock, not the pool, decides.
    const answers = await Promise.all(Array.from({ length: 5 }, () => read(['001085012345'], ['population.identity'])));
    const allowed = answers.filter((answer) => {
      const match = answer.get('citizen:001085012345')?.get('population.identity');
      return match && !('denied' in match);
    });
    expect(allowed).toHaveLength(1);
    const [row] = await db.dataSource.query('SELECT use_count FROM access.consents');
    expect(row.use_count).toBe(1);
  });

  it('stops a periodic consent at its daily cap, and counts a new day afresh', async () => {
    const id = await grant({ maxReadsPerDay: 2 });
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const match = (await read(['001085012345'], ['population.contact']))
        .get('citizen:001085012345')!
        .get('population.contact')!;
      outcomes.push('denied' in match ? match.denied : 'allowed');
    }
    expect(outcomes).toEqual(['allowed', 'allowed', 'CONSENT_LIMIT_REACHED']);
    await db.dataSource.query(`UPDATE access.consents SET uses_day = uses_day - 1 WHERE id = $1`, [id]);
    const next = await read(['001085012345'], ['population.contact']);
    expect(next.get('citizen:001085012345')?.get('population.contact')).toEqual({ consentId: id });
    const [row] = await db.dataSource.query('SELECT uses_today, use_count FROM access.consents');
    expect(row).toEqual({ uses_today: 1, use_count: 3 });
  });

  it.each([
    ['paused', {}, 'CONSENT_PAUSED'],
    ['revoked', {}, 'CONSENT_REVOKED'],
    ['spent', {}, 'CONSENT_SPENT'],
    ['active', { validTo: new Date(Date.now() - 1000).toISOString() }, 'CONSENT_EXPIRED'],
    ['active', { validFrom: new Date(Date.now() + 3_600_000).toISOString() }, 'CONSENT_EXPIRED'],
  ] as const)('does not use a %s consent %j, and says why: %s', async (status, window, reason) => {
    const id = await grant({ status, ...window });
    const answer = await read(['001085012345'], ['population.identity']);
    expect(answer.get('citizen:001085012345')?.get('population.identity')).toEqual({ consentId: id, denied: reason });
    const [row] = await db.dataSource.query('SELECT use_count FROM access.consents');
    expect(row.use_count).toBe(0);
  });

  it('covers only the categories granted', async () => {
    const id = await grant({ categories: ['population.identity'] });
    const answer = await read(['001085012345'], ['population.identity', 'population.residence']);
    expect(Object.fromEntries(answer.get('citizen:001085012345')!)).toEqual({
      'population.identity': { consentId: id },
    });
  });

  it('never matches another agency, purpose or subject', async () => {
    await grant({ agency: 'OTHER_BANK' });
    await grant({ purpose: 'MARKETING' });
    await grant({ subject: '079190004321' });
    const answer = await read(['001085012345'], ['population.identity']);
    expect(answer.size).toBe(0);
    const enterprise = { subject: { kind: 'enterprise' as const, id: '0100003212' }, categories: ['x'] };
    expect((await lookup.consentsFor(BANK, PURPOSE, [enterprise])).size).toBe(0);
  });

  it('answers a batch of many subjects in one statement', async () => {
    const subjects = Array.from({ length: 50 }, (_, i) => `0010850${String(i).padStart(5, '0')}`);
    for (const subject of subjects.filter((_, i) => i % 2 === 0)) await grant({ subject });
    const query = jest.spyOn(db.dataSource, 'query');
    const found = await lookup.consentsFor(BANK, PURPOSE, asking(subjects, ['population.identity']));
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    expect(found.size).toBe(25);
    const answer = await read(subjects, ['population.identity']);
    expect(answer.size).toBe(25);
    const used = await db.dataSource.query('SELECT count(*)::int AS n FROM access.consents WHERE use_count = 1');
    expect(used[0].n).toBe(25);
  });

  it('finds without using: only use() counts and spends, in the transaction it is given', async () => {
    const id = await grant({ fetchType: 'one_time' });
    for (let i = 0; i < 2; i++) {
      const found = await lookup.consentsFor(BANK, PURPOSE, asking(['001085012345'], ['population.identity']));
      expect(found.get('citizen:001085012345')?.get('population.identity')).toEqual({ consentId: id });
    }
    const unused = await db.dataSource.query('SELECT status, use_count FROM access.consents');
    expect(unused).toEqual([{ status: 'active', use_count: 0 }]);
    // A use rolled back with its transaction (the access record that would cite it failed) is no use.
    await expect(
      db.dataSource.transaction(async (manager) => {
        expect((await lookup.use(manager, [id])).size).toBe(0);
        throw new Error('the access record could not be written');
      }),
    ).rejects.toThrow('could not be written');
    expect(await db.dataSource.query('SELECT status, use_count FROM access.consents')).toEqual(unused);
    await db.dataSource.transaction((manager) => lookup.use(manager, [id]));
    expect(await db.dataSource.query('SELECT status, use_count FROM access.consents')).toEqual([
      { status: 'spent', use_count: 1 },
    ]);
  });

  it("uses no subject's consent for a category asked only of another subject of the same batch", async () => {
    const first = await grant({ subject: '001085012345', fetchType: 'one_time', categories: ['population.contact'] });
    const second = await grant({ subject: '079190004321', fetchType: 'one_time', categories: ['population.contact'] });
    const bank: AgencyPrincipal = {
      kind: 'agency',
      issuer: 'test',
      tokenId: 't1',
      agencyCode: BANK,
      clientId: 'demo-bank-demo',
      purpose: PURPOSE,
      scopes: [],
      requestsPerMinute: null,
      officerId: null,
      caseReference: null,
    };
    const access = new RequestAccess({
      principal: () => Promise.resolve(bank),
      agencyGrants: () => Promise.resolve({ active: true, byCategory: new Map(), requestsPerMinute: null }),
      consents: lookup,
    });
    // One batch: identity asked of the first subject, contact of the second only.
    const [ofFirst, ofSecond] = await Promise.all([
      access.decide(citizen('001085012345'), 'population.identity'),
      access.decide(citizen('079190004321'), 'population.contact'),
    ]);
    expect(ofFirst).toMatchObject({ allowed: false, reason: 'NO_AGREEMENT_OR_CONSENT' });
    expect(ofSecond).toEqual({ allowed: true, basis: { kind: 'consent', consentId: second } });
    for (const [subject, category] of [
      ['001085012345', 'population.identity'],
      ['079190004321', 'population.contact'],
    ] as const) {
      const decided = await access.decide(citizen(subject), category);
      if (decided.allowed) access.release(citizen(subject), category, decided.basis, 'Citizen.phone', '0900');
    }
    await db.dataSource.transaction(async (manager) => expect(await access.commitWork()!(manager)).toBeNull());
    const rows = await db.dataSource.query('SELECT id, status, use_count FROM access.consents ORDER BY use_count');
    expect(rows).toEqual([
      { id: first, status: 'active', use_count: 0 },
      { id: second, status: 'spent', use_count: 1 },
    ]);
  });
});
