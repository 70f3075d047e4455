import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ConsentDenialReason, ConsentLookup, ConsentLookupOptions, ConsentMatch } from './consent-lookup';
import { subjectKey, type Subject } from './decision';

/** The moment a lookup decides at: null for the database's own now() (every instance shares it). */
export type ConsentClock = () => Date | null;

/** The decision time: the clock's when a test sets one, else the database's. */
const NOW = 'COALESCE($5::timestamptz, now())';

/** A consent's day for its reads-per-day cap: the calendar day in Vietnam, whatever the server's zone. */
const DAY = `((${NOW}) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** Whether the row `c` may be used at $5: the same test before choosing and again under the row lock. */
const USABLE = `(c.status = 'active' AND c.valid_from <= ${NOW} AND ${NOW} < c.valid_to
    AND (c.fetch_type <> 'periodic' OR c.max_reads_per_day IS NULL
         OR c.uses_day IS DISTINCT FROM ${DAY} OR c.uses_today < c.max_reads_per_day))`;

/**
 * Every consent of this agency and purpose for these subjects that names an asked category,
 * and, per (subject, category), the usable one granted last. $5 is the decision time.
 */
const CANDIDATES = `
  candidates AS (
    SELECT c.id, c.personal_id_number, c.categories, c.status, c.fetch_type, c.valid_from, c.valid_to,
           c.granted_at, ${USABLE} AS usable
      FROM exchange.consents c
     WHERE c.agency_code = $1 AND c.purpose = $2 AND c.personal_id_number = ANY($3::text[])
       AND c.categories && $4::text[]
  ),
  chosen AS (
    SELECT DISTINCT ON (k.personal_id_number, k.category) k.id, k.personal_id_number, k.category
      FROM (SELECT id, personal_id_number, granted_at, unnest(categories) AS category
              FROM candidates WHERE usable) k
     WHERE k.category = ANY($4::text[])
     ORDER BY k.personal_id_number, k.category, k.granted_at DESC, k.id
  )`;

/**
 * The answer per (subject, category): the consent used, or else the matching consent granted
 * last with why it could not be used. A consent chosen but not used lost a race for its last
 * use (another instance spent it or took the day's last read under the row lock).
 */
const ANSWER = (used: string) => `
  SELECT ch.personal_id_number, ch.category, ch.id::text AS consent_id,
         CASE WHEN ch.id IN (SELECT id FROM ${used}) THEN NULL
              WHEN cd.fetch_type = 'one_time' THEN 'CONSENT_SPENT' ELSE 'CONSENT_LIMIT_REACHED' END AS denied
    FROM chosen ch JOIN candidates cd ON cd.id = ch.id
  UNION ALL
  (SELECT DISTINCT ON (cd.personal_id_number, k.category) cd.personal_id_number, k.category, cd.id::text,
         CASE WHEN cd.status = 'revoked' THEN 'CONSENT_REVOKED'
              WHEN cd.status = 'spent' THEN 'CONSENT_SPENT'
              WHEN cd.status = 'paused' THEN 'CONSENT_PAUSED'
              WHEN NOT (cd.valid_from <= ${NOW} AND ${NOW} < cd.valid_to) THEN 'CONSENT_EXPIRED'
              ELSE 'CONSENT_LIMIT_REACHED' END
    FROM candidates cd CROSS JOIN LATERAL unnest(cd.categories) AS k(category)
   WHERE k.category = ANY($4::text[]) AND NOT cd.usable
     AND NOT EXISTS (SELECT 1 FROM chosen ch
                      WHERE ch.personal_id_number = cd.personal_id_number AND ch.category = k.category)
   ORDER BY cd.personal_id_number, k.category, cd.granted_at DESC, cd.id)`;

/**
 * One statement per batch: finds the consents and uses them. The UPDATE re-tests each row
 * under its lock, so of two concurrent reads of a one-time consent, or of the last read of
 * the day, only one gets it.
 */
const USE_SQL = `
  WITH ${CANDIDATES},
  used AS (
    UPDATE exchange.consents c
       SET use_count = c.use_count + 1,
           last_used_at = ${NOW},
           uses_today = CASE WHEN c.uses_day IS DISTINCT FROM ${DAY} THEN 1 ELSE c.uses_today + 1 END,
           uses_day = ${DAY},
           status = CASE WHEN c.fetch_type = 'one_time' THEN 'spent' ELSE c.status END,
           updated_at = ${NOW}
     WHERE c.id IN (SELECT id FROM chosen) AND ${USABLE}
    RETURNING c.id
  )
  ${ANSWER('used')}`;

/** The same answer without using anything (explainAccess). */
const PEEK_SQL = `
  WITH ${CANDIDATES}
  ${ANSWER('chosen')}`;

interface AnswerRow {
  personal_id_number: string;
  category: string;
  consent_id: string;
  denied: ConsentDenialReason | null;
}

/**
 * Citizens' consents, read from the exchange's `exchange.consents` on every call: no cache,
 * so a pause or revocation holds at the very next read on every instance. Enterprises give
 * no consents.
 */
@Injectable()
export class DatabaseConsentLookup implements ConsentLookup {
  private clock: ConsentClock = () => null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Decides as of another moment than the database's now(): for tests that move time. */
  useClock(clock: ConsentClock): this {
    this.clock = clock;
    return this;
  }

  async consentsFor(
    agencyCode: string,
    purpose: string,
    subjects: Subject[],
    categories: string[],
    options: ConsentLookupOptions = {},
  ): Promise<Map<string, Map<string, ConsentMatch>>> {
    const answers = new Map<string, Map<string, ConsentMatch>>();
    const citizens = [
      ...new Set(subjects.filter((subject) => subject.kind === 'citizen').map((subject) => subject.id)),
    ];
    if (citizens.length === 0 || categories.length === 0) return answers;
    const rows: AnswerRow[] = await this.dataSource.query(options.consume === false ? PEEK_SQL : USE_SQL, [
      agencyCode,
      purpose,
      citizens,
      categories,
      this.clock()?.toISOString() ?? null,
    ]);
    for (const row of rows) {
      const key = subjectKey({ kind: 'citizen', id: row.personal_id_number });
      let byCategory = answers.get(key);
      if (!byCategory) answers.set(key, (byCategory = new Map<string, ConsentMatch>()));
      byCategory.set(
        row.category,
        row.denied ? { consentId: row.consent_id, denied: row.denied } : { consentId: row.consent_id },
      );
    }
    return answers;
  }
}
