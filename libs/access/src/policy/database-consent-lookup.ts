import { Inject, Injectable } from '@nestjs/common';
import { ACCESS_DATA_SOURCE } from '../access-data-source';
import type { DataSource } from 'typeorm';
import type { ConsentAsk, ConsentDenialReason, ConsentLookup, ConsentMatch, ConsentUseRunner } from './consent-lookup';
import { subjectKey } from './decision';

/** The moment a lookup decides at: null for the database's own now() (every instance shares it). */
export type ConsentClock = () => Date | null;

// Both statements take the decision time as $1: the clock's when a test sets one, else the database's.
const NOW = 'COALESCE($1::timestamptz, now())';

/** A consent's day for its reads-per-day cap: the calendar day in Vietnam, whatever the server's zone. */
const DAY = `((${NOW}) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** Whether the row `c` may be used now: the same test when deciding and again under the row lock. */
const USABLE = `(c.status = 'active' AND c.valid_from <= ${NOW} AND ${NOW} < c.valid_to
    AND (c.fetch_type <> 'periodic' OR c.max_reads_per_day IS NULL
         OR c.uses_day IS DISTINCT FROM ${DAY} OR c.uses_today < c.max_reads_per_day))`;

/** Why the row `c` may not be used now (when it may not). */
const WHY_NOT = `CASE WHEN c.status = 'revoked' THEN 'CONSENT_REVOKED'
              WHEN c.status = 'spent' THEN 'CONSENT_SPENT'
              WHEN c.status = 'paused' THEN 'CONSENT_PAUSED'
              WHEN NOT (c.valid_from <= ${NOW} AND ${NOW} < c.valid_to) THEN 'CONSENT_EXPIRED'
              WHEN c.fetch_type = 'one_time' THEN 'CONSENT_SPENT'
              ELSE 'CONSENT_LIMIT_REACHED' END`;

/**
 * One statement per batch, using nothing. `asked` holds each (subject, category) actually asked
 * ($4 and $5, side by side), so a consent is matched only to categories asked of its own
 * subject. The answer per pair: the usable consent granted last, or else the matching consent
 * granted last with why it may not be used.
 */
const LOOKUP_SQL = `
  WITH asked AS (
    SELECT DISTINCT a.personal_id_number, a.category FROM unnest($4::text[], $5::text[]) AS a(personal_id_number, category)
  ),
  matches AS (
    SELECT c.id, a.personal_id_number, a.category, c.granted_at, ${USABLE} AS usable, ${WHY_NOT} AS why_not
      FROM access.consents c
      JOIN asked a ON a.personal_id_number = c.personal_id_number AND a.category = ANY(c.categories)
     WHERE c.agency_code = $2 AND c.purpose = $3 AND c.personal_id_number = ANY($4::text[])
  )
  SELECT DISTINCT ON (m.personal_id_number, m.category) m.personal_id_number, m.category, m.id::text AS consent_id,
         CASE WHEN m.usable THEN NULL ELSE m.why_not END AS denied
    FROM matches m
   ORDER BY m.personal_id_number, m.category, m.usable DESC, m.granted_at DESC, m.id`;

/**
 * Uses each consent of $2 once, re-testing it under its row lock: of two transactions racing
 * for a one-time consent, or for the last read of a day, the second finds it no longer usable.
 * Answers every id: null when used, else why not.
 */
const USE_SQL = `
  WITH used AS (
    UPDATE access.consents c
       SET use_count = c.use_count + 1,
           last_used_at = ${NOW},
           uses_today = CASE WHEN c.uses_day IS DISTINCT FROM ${DAY} THEN 1 ELSE c.uses_today + 1 END,
           uses_day = ${DAY},
           status = CASE WHEN c.fetch_type = 'one_time' THEN 'spent' ELSE c.status END,
           updated_at = ${NOW}
     WHERE c.id = ANY($2::uuid[]) AND ${USABLE}
    RETURNING c.id
  )
  SELECT u.id::text AS consent_id,
         CASE WHEN u.id IN (SELECT id FROM used) THEN NULL
              WHEN c.id IS NULL THEN 'CONSENT_REVOKED'
              ELSE ${WHY_NOT} END AS denied
    FROM unnest($2::uuid[]) AS u(id) LEFT JOIN access.consents c ON c.id = u.id`;

interface AnswerRow {
  personal_id_number: string;
  category: string;
  consent_id: string;
  denied: ConsentDenialReason | null;
}

/**
 * Citizens' consents, read from the exchange's `access.consents` on every call: no cache,
 * so a pause or revocation holds at the very next read on every instance. Enterprises give
 * no consents.
 */
@Injectable()
export class DatabaseConsentLookup implements ConsentLookup {
  private clock: ConsentClock = () => null;

  constructor(@Inject(ACCESS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Decides as of another moment than the database's now(): for tests that move time. */
  useClock(clock: ConsentClock): this {
    this.clock = clock;
    return this;
  }

  async consentsFor(
    agencyCode: string,
    purpose: string,
    asks: ConsentAsk[],
  ): Promise<Map<string, Map<string, ConsentMatch>>> {
    const answers = new Map<string, Map<string, ConsentMatch>>();
    const subjects: string[] = [];
    const categories: string[] = [];
    for (const { subject, categories: asked } of asks) {
      if (subject.kind !== 'citizen') continue;
      for (const category of asked) {
        subjects.push(subject.id);
        categories.push(category);
      }
    }
    if (subjects.length === 0) return answers;
    const rows: AnswerRow[] = await this.dataSource.query(LOOKUP_SQL, [
      this.clockParameter(),
      agencyCode,
      purpose,
      subjects,
      categories,
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

  async use(runner: ConsentUseRunner, consentIds: string[]): Promise<Map<string, ConsentDenialReason>> {
    const refused = new Map<string, ConsentDenialReason>();
    const ids = [...new Set(consentIds)];
    if (ids.length === 0) return refused;
    const rows = await runner.query<{ consent_id: string; denied: ConsentDenialReason | null }[]>(USE_SQL, [
      this.clockParameter(),
      ids,
    ]);
    for (const row of rows) if (row.denied) refused.set(row.consent_id, row.denied);
    return refused;
  }

  private clockParameter(): string | null {
    return this.clock()?.toISOString() ?? null;
  }
}
