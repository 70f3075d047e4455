import type { Client } from 'pg';
import type { SequencedRecord } from '@app/access';
import type { LogSource, StoredCheckpoint, StoredHead, StoredRecord, StoredSubtree } from './log-source';

// Timestamps come back as JavaScript Dates, which hold milliseconds: the SQL says whether
// the stored time had more, which the writer never writes and hashing would not see.
// Numbers are read as text (no rounding); ORDER BY names the table's column, not the text
// output column of the same name, which would sort 10 before 2.
const RECORDS = `SELECT seq::text AS seq, recorded_at,
    date_trunc('milliseconds', recorded_at) IS DISTINCT FROM recorded_at AS recorded_at_finer,
    outcome, request_id, client_request_id, recorded_by, caller_kind, caller_id, agency_code, officer_id, case_reference, purpose,
    subject_kind, subject_id, categories, fields, bases::text AS bases, consent_ids, sealed_until,
    date_trunc('milliseconds', sealed_until) IS DISTINCT FROM sealed_until AS sealed_until_finer,
    values_hash, bulk, leaf_hash, chain_hash
  FROM access.access_records r ORDER BY r.seq`;

const CHECKPOINTS = `SELECT size::text AS size, root_hash, chain_hash, created_at, jws, cosignature
  FROM access.log_checkpoints c ORDER BY c.size`;

// In the order the walk meets them: by the record that completes them, then upwards.
const SUBTREES = `SELECT level, index::text AS index, hash
  FROM access.log_subtrees ORDER BY (index + 1)::numeric * power(2::numeric, level), level`;

interface RecordRow {
  seq: string;
  recorded_at: Date;
  recorded_at_finer: boolean;
  outcome: string;
  request_id: string;
  client_request_id: string | null;
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
  bases: string | null;
  consent_ids: string[];
  sealed_until: Date | null;
  sealed_until_finer: boolean;
  values_hash: string;
  bulk: boolean;
  leaf_hash: Buffer | null;
  chain_hash: Buffer | null;
}

/**
 * The log in a PostgreSQL database (or the embedded one), read in one read-only
 * REPEATABLE READ transaction: the head, records, checkpoints and subtrees are one snapshot,
 * even while the apps go on writing. Each table is read through a cursor, `batchSize` rows
 * at a time, so that memory stays constant over tens of millions of records. On the embedded
 * database the snapshot holds the one backend, and writers wait, until it is closed.
 */
export class DatabaseLogSource implements LogSource {
  private constructor(
    private readonly client: Client,
    private readonly batchSize: number,
  ) {}

  /** Starts the snapshot on a connected client; close() ends it. */
  static async open(client: Client, batchSize: number): Promise<DatabaseLogSource> {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      await client.query(`DECLARE log_records NO SCROLL CURSOR FOR ${RECORDS}`);
      await client.query(`DECLARE log_checkpoints NO SCROLL CURSOR FOR ${CHECKPOINTS}`);
      await client.query(`DECLARE log_subtrees NO SCROLL CURSOR FOR ${SUBTREES}`);
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    return new DatabaseLogSource(client, batchSize);
  }

  async close(): Promise<void> {
    await this.client.query('ROLLBACK');
  }

  async head(): Promise<StoredHead | null> {
    const { rows } = await this.client.query<{ size: string; chain_hash: Buffer | null; frontier: unknown }>(
      'SELECT size::text AS size, chain_hash, frontier FROM access.access_log_head WHERE id = 1',
    );
    return rows[0] ? { size: rows[0].size, chainHash: rows[0].chain_hash, frontier: rows[0].frontier } : null;
  }

  records(): AsyncIterable<StoredRecord[]> {
    return this.fetchAll<RecordRow, StoredRecord>('log_records', storedRecord);
  }

  checkpoints(): AsyncIterable<StoredCheckpoint[]> {
    return this.fetchAll<
      {
        size: string;
        root_hash: Buffer;
        chain_hash: Buffer;
        created_at: Date;
        jws: string;
        cosignature: string | null;
      },
      StoredCheckpoint
    >('log_checkpoints', (row) => ({
      size: row.size,
      rootHash: row.root_hash,
      chainHash: row.chain_hash,
      createdAt: row.created_at,
      jws: row.jws,
      cosignature: row.cosignature,
    }));
  }

  subtrees(): AsyncIterable<StoredSubtree[]> {
    return this.fetchAll<StoredSubtree, StoredSubtree>('log_subtrees', (row) => row);
  }

  /** The cursor's rows, a batch at a time; the next batch is asked for while this one is checked. */
  private async *fetchAll<Row, Item>(cursor: string, map: (row: Row) => Item): AsyncGenerator<Item[]> {
    const fetch = () => this.client.query<Row & object>(`FETCH ${this.batchSize} FROM ${cursor}`);
    let next = fetch();
    try {
      for (;;) {
        const { rows } = await next;
        if (rows.length === 0) return;
        next = fetch();
        yield rows.map(map);
      }
    } finally {
      // Abandoned early (a break was found): let the fetch under way settle quietly.
      await next.catch(() => undefined);
    }
  }
}

/** A row as the record the writer hashed: exactly the fields of SequencedRecord, nothing more. */
export function storedRecord(row: RecordRow): StoredRecord {
  const unwritable: string[] = [];
  if (row.recorded_at_finer) unwritable.push('recorded_at (finer than a millisecond)');
  if (row.sealed_until_finer) unwritable.push('sealed_until (finer than a millisecond)');
  if (row.bases !== null && !numbersRoundTrip(row.bases)) unwritable.push('bases (a number JSON cannot carry exactly)');
  const record: SequencedRecord = {
    seq: Number(row.seq),
    recordedAt: row.recorded_at,
    outcome: row.outcome as SequencedRecord['outcome'],
    requestId: row.request_id,
    clientRequestId: row.client_request_id,
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
    bases: row.bases === null ? (null as never) : (JSON.parse(row.bases) as Record<string, unknown>),
    consentIds: row.consent_ids,
    sealedUntil: row.sealed_until,
    valuesHash: row.values_hash,
    bulk: row.bulk,
  };
  return { seq: row.seq, record, leafHash: row.leaf_hash, chainHash: row.chain_hash, unwritable };
}

const STRING_OR_NUMBER = /"(?:[^"\\]|\\.)*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * Whether every number in a jsonb text is one a JavaScript number holds exactly. jsonb keeps
 * any decimal; the writer only writes JavaScript numbers, so a number that parses to a nearby
 * double (12345678901234567891) was put there by someone else, and hashing the parsed value
 * would not show it.
 */
export function numbersRoundTrip(json: string): boolean {
  for (const [token] of json.matchAll(STRING_OR_NUMBER)) {
    if (token.startsWith('"')) continue;
    if (!sameDecimal(token, JSON.stringify(Number(token)))) return false;
  }
  return true;
}

/** Whether two decimal numerals (JSON syntax) have the same value. */
function sameDecimal(a: string, b: string): boolean {
  const [x, y] = [decimal(a), decimal(b)];
  return x !== null && y !== null && x.sign === y.sign && x.digits === y.digits && x.exponent === y.exponent;
}

/** sign, significant digits without leading or trailing zeros, and the exponent of the last digit. */
function decimal(numeral: string): { sign: string; digits: string; exponent: number } | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(numeral);
  if (!match) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let digits = (whole + fraction).replace(/^0+/, '');
  let shift = Number(exponent) - fraction.length;
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  shift += trailing;
  return digits === '' ? { sign: '', digits: '0', exponent: 0 } : { sign, digits, exponent: shift };
}
