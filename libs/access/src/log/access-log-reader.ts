import { keysetPage, type LogPosition } from '@app/pagination';
import type { Query } from './stored-subtree-source';

/** A time window, from inclusive, to exclusive. */
export interface LogWindow {
  from: Date;
  to: Date;
}

/** One access record as listings read it, with the reader's and the purpose's names. */
export interface AccessRecordRow {
  seq: string;
  /** recorded_at as a position (microseconds, UTC), for cursors. */
  position_at: string;
  recorded_at: Date;
  outcome: 'released' | 'refused';
  request_id: string;
  recorded_by: string;
  caller_kind: string;
  caller_id: string;
  agency_code: string | null;
  agency_name_vi: string | null;
  officer_id: string | null;
  case_reference: string | null;
  purpose: string | null;
  purpose_text_vi: string | null;
  subject_kind: string;
  subject_id: string;
  categories: string[];
  fields: string[];
  bases: Record<string, Record<string, unknown>>;
  consent_ids: string[];
  sealed_until: Date | null;
  /** Released by a lookup of many subjects at once (citizens(personalIdNumbers:)); false in records older than the field. */
  bulk: boolean;
  /** sealed_until is still ahead, by the database's clock: a sealed entry opens by itself. */
  sealed: boolean;
  values_hash: string;
  leaf_hash: Buffer;
}

export interface AccessRecordPage {
  rows: AccessRecordRow[];
  hasNextPage: boolean;
}

const ROW_COLUMNS = `
  r.seq::text AS seq,
  to_char(r.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position_at,
  r.recorded_at, r.outcome, r.request_id, r.recorded_by, r.caller_kind, r.caller_id,
  r.agency_code, ag.name_vi AS agency_name_vi, r.officer_id, r.case_reference,
  r.purpose, p.text_vi AS purpose_text_vi, r.subject_kind, r.subject_id, r.categories, r.fields,
  r.bases, r.consent_ids, r.bulk, r.sealed_until, coalesce(r.sealed_until > now(), false) AS sealed,
  r.values_hash, r.leaf_hash`;

const NAMES_JOIN = `
  LEFT JOIN access.agencies ag ON ag.code = r.agency_code
  LEFT JOIN access.purposes p ON p.code = r.purpose`;

/** What a subject's log may be narrowed to: one reader, one data category, one kind of basis. */
export interface SubjectLogFilter {
  agencyCode?: string | null;
  category?: string | null;
  basis?: 'law' | 'consent' | null;
}

/** The basis kind a record cites for some category, per filter value. */
const BASIS_KIND = { law: 'agreement', consent: 'consent' } as const;

/**
 * The records released about one subject in a window, newest first, `first` of them after
 * `after`. One backward range scan of ix_access_records_subject_time, (subject_kind,
 * subject_id, recorded_at, seq), or with an agency of ix_access_records_subject_agency_time,
 * (subject_kind, subject_id, agency_code, recorded_at, seq): the cursor is a row comparison on
 * the index's last two columns, so the page starts where the previous one ended, with no sort
 * and no offset, however long the log is. A category or a basis is checked on the rows of that
 * scan: a subject's window is what bounds it. A filtered page leaves sealed records out: that
 * one matched would tell who read, what or on what basis, which a sealed entry hides.
 */
export async function readSubjectLog(
  query: Query,
  subject: { kind: string; id: string },
  window: LogWindow,
  first: number,
  after: LogPosition | null,
  filter: SubjectLogFilter = {},
): Promise<AccessRecordPage> {
  const parameters: unknown[] = [subject.kind, subject.id, window.from, window.to];
  const conditions: string[] = [];
  const add = (condition: (n: number) => string, ...values: unknown[]) => {
    parameters.push(...values);
    conditions.push(condition(parameters.length));
  };
  if (after) {
    add((n) => `(r.recorded_at, r.seq) < ($${n - 1}::timestamptz, $${n}::bigint)`, after.at, after.seq);
  }
  if (filter.agencyCode) add((n) => `r.agency_code = $${n}`, filter.agencyCode);
  if (filter.category) add((n) => `r.categories @> ARRAY[$${n}::text]`, filter.category);
  if (filter.agencyCode || filter.category || filter.basis) {
    conditions.push('(r.sealed_until IS NULL OR r.sealed_until <= now())');
  }
  if (filter.basis) {
    add((n) => `EXISTS (SELECT 1 FROM jsonb_each(r.bases) b WHERE b.value->>'kind' = $${n})`, BASIS_KIND[filter.basis]);
  }
  parameters.push(first + 1);
  const rows = await query<AccessRecordRow[]>(
    `SELECT ${ROW_COLUMNS}
       FROM access.access_records r ${NAMES_JOIN}
      WHERE r.subject_kind = $1 AND r.subject_id = $2
        AND r.recorded_at >= $3 AND r.recorded_at < $4
        ${conditions.map((condition) => `AND ${condition}`).join(' ')}
        AND r.outcome = 'released'
      ORDER BY r.recorded_at DESC, r.seq DESC
      LIMIT $${parameters.length}`,
    parameters,
  );
  const { rows: page, hasNextPage } = keysetPage(rows, first);
  return { rows: page, hasNextPage };
}

/** The record at `seq`, with the reader's and the purpose's names; null when there is none. */
export async function readAccessRecord(query: Query, seq: string): Promise<AccessRecordRow | null> {
  const rows = await query<AccessRecordRow[]>(
    `SELECT ${ROW_COLUMNS} FROM access.access_records r ${NAMES_JOIN} WHERE r.seq = $1::bigint`,
    [seq],
  );
  return rows[0] ?? null;
}

/** What an auditor (or an agency, of its own reads) lists. */
export interface AccessRecordFilter extends LogWindow {
  agencyCode: string | null;
  purpose: string | null;
  subject: { kind: string; id: string } | null;
  outcome: 'released' | 'refused' | null;
  first: number;
  after: LogPosition | null;
}

/** Records matching `filter`, newest first: for auditors, who see sealed records in full. */
export async function readAccessRecords(query: Query, filter: AccessRecordFilter): Promise<AccessRecordPage> {
  const { conditions, parameters } = filterConditions(filter);
  if (filter.after) {
    parameters.push(filter.after.at, filter.after.seq);
    conditions.push(`(r.recorded_at, r.seq) < ($${parameters.length - 1}::timestamptz, $${parameters.length}::bigint)`);
  }
  parameters.push(filter.first + 1);
  const rows = await query<AccessRecordRow[]>(
    `SELECT ${ROW_COLUMNS}
       FROM access.access_records r ${NAMES_JOIN}
      WHERE ${conditions.join(' AND ')}
      ORDER BY r.recorded_at DESC, r.seq DESC
      LIMIT $${parameters.length}`,
    parameters,
  );
  const { rows: page, hasNextPage } = keysetPage(rows, filter.first);
  return { rows: page, hasNextPage };
}

/** Counts over a window, for auditors. */
export interface AccessLogCounts {
  released: number;
  refused: number;
  /** Subjects of whom something was released. */
  distinctSubjects: number;
  byCategory: { category: string; released: number; refused: number }[];
}

/** How many records were released and refused in a window, of how many subjects, by category. */
export async function countAccessRecords(
  query: Query,
  filter: Omit<AccessRecordFilter, 'subject' | 'outcome' | 'first' | 'after'>,
): Promise<AccessLogCounts> {
  const { conditions, parameters } = filterConditions({ ...filter, subject: null, outcome: null });
  const where = conditions.join(' AND ');
  const [totals] = await query<{ released: number; refused: number; distinct_subjects: number }[]>(
    `SELECT count(*) FILTER (WHERE r.outcome = 'released')::int AS released,
            count(*) FILTER (WHERE r.outcome = 'refused')::int AS refused,
            count(DISTINCT (r.subject_kind, r.subject_id)) FILTER (WHERE r.outcome = 'released')::int AS distinct_subjects
       FROM access.access_records r WHERE ${where}`,
    parameters,
  );
  const byCategory = await query<{ category: string; released: number; refused: number }[]>(
    `SELECT c.category,
            count(*) FILTER (WHERE r.outcome = 'released')::int AS released,
            count(*) FILTER (WHERE r.outcome = 'refused')::int AS refused
       FROM access.access_records r CROSS JOIN LATERAL unnest(r.categories) AS c(category)
      WHERE ${where}
      GROUP BY c.category ORDER BY c.category`,
    parameters,
  );
  return {
    released: totals.released,
    refused: totals.refused,
    distinctSubjects: totals.distinct_subjects,
    byCategory,
  };
}

/** Records released and refused on one day in Vietnam (YYYY-MM-DD; +07:00 all year). */
export interface DayCount {
  day: string;
  released: number;
  refused: number;
}

/**
 * The same counts per day of the window, days in Vietnam's time, oldest first; days without a
 * record are left out (the caller knows the window). The window bounds the groups.
 */
export async function countAccessRecordsByDay(
  query: Query,
  filter: Omit<AccessRecordFilter, 'subject' | 'outcome' | 'first' | 'after'>,
): Promise<DayCount[]> {
  const { conditions, parameters } = filterConditions({ ...filter, subject: null, outcome: null });
  return query<DayCount[]>(
    `SELECT d.day,
            count(*) FILTER (WHERE d.outcome = 'released')::int AS released,
            count(*) FILTER (WHERE d.outcome = 'refused')::int AS refused
       FROM (SELECT to_char((r.recorded_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD') AS day, r.outcome
               FROM access.access_records r WHERE ${conditions.join(' AND ')}) d
      GROUP BY d.day ORDER BY d.day`,
    parameters,
  );
}

function filterConditions(filter: Omit<AccessRecordFilter, 'first' | 'after'>): {
  conditions: string[];
  parameters: unknown[];
} {
  const parameters: unknown[] = [filter.from, filter.to];
  const conditions = ['r.recorded_at >= $1', 'r.recorded_at < $2'];
  const add = (condition: (n: number) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(condition(parameters.length));
  };
  if (filter.agencyCode) add((n) => `r.agency_code = $${n}`, filter.agencyCode);
  if (filter.purpose) add((n) => `r.purpose = $${n}`, filter.purpose);
  if (filter.outcome) add((n) => `r.outcome = $${n}`, filter.outcome);
  if (filter.subject) {
    add((n) => `r.subject_kind = $${n}`, filter.subject.kind);
    add((n) => `r.subject_id = $${n}`, filter.subject.id);
  }
  return { conditions, parameters };
}

/** A signed checkpoint as stored. */
export interface StoredCheckpoint {
  size: number;
  rootHash: Buffer;
  chainHash: Buffer;
  createdAt: Date;
  jws: string;
  /** The witness's cosignature over the same size and root; null until the witness accepted it. */
  cosignature: string | null;
}

interface CheckpointRow {
  size: string;
  root_hash: Buffer;
  chain_hash: Buffer;
  created_at: Date;
  jws: string;
  cosignature: string | null;
}

const CHECKPOINT_COLUMNS = 'size, root_hash, chain_hash, created_at, jws, cosignature';

/** The newest signed checkpoint (the largest), or one of a given size; null when there is none. */
export async function readCheckpoint(query: Query, size?: number): Promise<StoredCheckpoint | null> {
  const rows = await query<CheckpointRow[]>(
    size === undefined
      ? `SELECT ${CHECKPOINT_COLUMNS} FROM access.log_checkpoints ORDER BY size DESC LIMIT 1`
      : `SELECT ${CHECKPOINT_COLUMNS} FROM access.log_checkpoints WHERE size = $1`,
    size === undefined ? [] : [String(size)],
  );
  return rows[0] ? storedCheckpointOf(rows[0]) : null;
}

/**
 * The newest checkpoint the witness has cosigned, or null: what a proof is given against, so
 * that whoever checks it needs no more than the registry's and the witness's public keys.
 */
export async function readCosignedCheckpoint(query: Query): Promise<StoredCheckpoint | null> {
  const rows = await query<CheckpointRow[]>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM access.log_checkpoints WHERE cosignature IS NOT NULL ORDER BY size DESC LIMIT 1`,
    [],
  );
  return rows[0] ? storedCheckpointOf(rows[0]) : null;
}

function storedCheckpointOf(row: CheckpointRow): StoredCheckpoint {
  return {
    size: Number(row.size),
    rootHash: row.root_hash,
    chainHash: row.chain_hash,
    createdAt: row.created_at,
    jws: row.jws,
    cosignature: row.cosignature,
  };
}
