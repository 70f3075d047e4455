import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { isConsentDenial, type ConsentDenialReason } from './consent-lookup';
import type { OpenDatabase } from '@app/database';
import { openAccessTestDatabase } from '../../test/access-test-database';
import { DatabaseConsentLookup } from './database-consent-lookup';

// Random histories of grant, pause, resume, revoke, time passing and reads, played against
// the real lookup on a scratch database and against a model of a few lines; every read must
// get exactly the model's answer (so nothing allowed that the model forbids, nothing refused
// that it allows). Time is the lookup's injected clock, passed to the SQL as its "now": the
// model and the database then agree on windows and on the Vietnamese day of the read caps
// without sleeping or rewriting rows.

const BANK = 'DEMO_BANK';
const PURPOSE = 'LOAN_ASSESSMENT';
const SUBJECT = '001085012345';
const CATEGORIES = ['population.identity', 'population.contact', 'population.residence'];
const HOUR = 3_600_000;
const START = Date.parse('2026-01-01T00:00:00Z');

type Step =
  | {
      kind: 'grant';
      otherAgency: boolean;
      categories: string[];
      oneTime: boolean;
      cap: number | null;
      hours: number;
    }
  | { kind: 'pause' | 'resume' | 'revoke'; which: number }
  | { kind: 'advance'; hours: number }
  | { kind: 'read'; categories: string[] };

interface ModelConsent {
  id: string;
  seq: number;
  agency: string;
  categories: string[];
  oneTime: boolean;
  cap: number | null;
  validFrom: number;
  validTo: number;
  status: 'active' | 'paused' | 'revoked' | 'spent';
  usesToday: number;
  usesDay: number | null;
}

const categoriesArb = fc.subarray(CATEGORIES, { minLength: 1 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('grant' as const),
      otherAgency: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      categories: categoriesArb,
      oneTime: fc.boolean(),
      cap: fc.option(fc.integer({ min: 1, max: 3 })),
      hours: fc.integer({ min: 1, max: 72 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('pause', 'resume', 'revoke'), which: fc.nat(9) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 30 }) }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('read' as const), categories: categoriesArb }) },
);

/** The day a read counts against, in Vietnam (UTC+7, no daylight saving). */
const vietnamDay = (ms: number) => Math.floor((ms + 7 * HOUR) / (24 * HOUR));

function usable(consent: ModelConsent, now: number): boolean {
  return (
    consent.status === 'active' &&
    consent.validFrom <= now &&
    now < consent.validTo &&
    (consent.oneTime || consent.cap === null || consent.usesDay !== vietnamDay(now) || consent.usesToday < consent.cap)
  );
}

function whyNot(consent: ModelConsent, now: number): ConsentDenialReason {
  if (consent.status === 'revoked') return 'CONSENT_REVOKED';
  if (consent.status === 'spent') return 'CONSENT_SPENT';
  if (consent.status === 'paused') return 'CONSENT_PAUSED';
  if (!(consent.validFrom <= now && now < consent.validTo)) return 'CONSENT_EXPIRED';
  return 'CONSENT_LIMIT_REACHED';
}

/** The model's answer to a read, applying its uses: category -> consent id, or id and reason. */
function modelRead(consents: ModelConsent[], categories: string[], now: number): Record<string, unknown> {
  const ours = consents.filter((consent) => consent.agency === BANK).sort((a, b) => b.seq - a.seq);
  const answer: Record<string, unknown> = {};
  const used = new Set<ModelConsent>();
  for (const category of categories) {
    const matching = ours.filter((consent) => consent.categories.includes(category));
    const chosen = matching.find((consent) => usable(consent, now));
    if (chosen) {
      answer[category] = { consentId: chosen.id };
      used.add(chosen);
    } else if (matching.length > 0) {
      answer[category] = { consentId: matching[0].id, denied: whyNot(matching[0], now) };
    }
  }
  for (const consent of used) {
    const day = vietnamDay(now);
    consent.usesToday = consent.usesDay === day ? consent.usesToday + 1 : 1;
    consent.usesDay = day;
    if (consent.oneTime) consent.status = 'spent';
  }
  return answer;
}

describe('consents, against a model', () => {
  let db: OpenDatabase;
  let lookup: DatabaseConsentLookup;
  let now = START;

  beforeAll(async () => {
    db = await openAccessTestDatabase(process.env);
    lookup = new DatabaseConsentLookup(db.dataSource).useClock(() => new Date(now));
  }, 60_000);

  afterAll(() => db?.close());

  it('allows exactly the reads the model allows, and refuses the others for the model reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 20 }), async (steps) => {
        await db.dataSource.query('DELETE FROM access.consents');
        now = START;
        const consents: ModelConsent[] = [];
        for (const step of steps) {
          switch (step.kind) {
            case 'grant': {
              const consent: ModelConsent = {
                id: randomUUID(),
                seq: consents.length,
                agency: step.otherAgency ? 'OTHER_BANK' : BANK,
                categories: step.categories,
                oneTime: step.oneTime,
                cap: step.oneTime ? null : step.cap,
                validFrom: now,
                validTo: now + step.hours * HOUR,
                status: 'active',
                usesToday: 0,
                usesDay: null,
              };
              consents.push(consent);
              await db.dataSource.query(
                `INSERT INTO access.consents (id, request_id, agency_code, personal_id_number, purpose, categories,
                   valid_from, valid_to, fetch_type, max_reads_per_day, data_life_days, status, granted_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 30, 'active', $11, $11)`,
                [
                  consent.id,
                  randomUUID(),
                  consent.agency,
                  SUBJECT,
                  PURPOSE,
                  consent.categories,
                  new Date(consent.validFrom).toISOString(),
                  new Date(consent.validTo).toISOString(),
                  consent.oneTime ? 'one_time' : 'periodic',
                  consent.cap,
                  new Date(now + consent.seq).toISOString(),
                ],
              );
              break;
            }
            case 'pause':
            case 'resume':
            case 'revoke': {
              const consent = consents[step.which % Math.max(consents.length, 1)];
              if (!consent) break;
              const from = { pause: ['active'], resume: ['paused'], revoke: ['active', 'paused'] }[step.kind];
              const to = ({ pause: 'paused', resume: 'active', revoke: 'revoked' } as const)[step.kind];
              if (from.includes(consent.status)) consent.status = to;
              await db.dataSource.query(
                `UPDATE access.consents SET status = $2 WHERE id = $1 AND status = ANY($3::text[])`,
                [consent.id, to, from],
              );
              break;
            }
            case 'advance':
              now += step.hours * HOUR;
              break;
            case 'read': {
              const expected = modelRead(consents, step.categories, now);
              const actual = await lookup.consentsFor(BANK, PURPOSE, [
                { subject: { kind: 'citizen', id: SUBJECT }, categories: step.categories },
              ]);
              const got = Object.fromEntries(actual.get(`citizen:${SUBJECT}`) ?? []);
              // The read is released and recorded: its consents are used, as the log's transaction does.
              const used = Object.values(got).filter((match) => !isConsentDenial(match));
              const refused = await lookup.use(
                db.dataSource,
                used.map((match) => match.consentId),
              );
              expect(refused.size).toBe(0);
              // The safety property first, with its own message: nothing allowed the model forbids.
              for (const [category, match] of Object.entries(got)) {
                if (!isConsentDenial(match)) expect(expected[category]).toEqual(match);
              }
              expect(got).toEqual(expected);
              break;
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
