import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { leafHash, MerkleFrontier } from '../merkle';
import { chainHash, GENESIS_CHAIN_HASH, recordBytesTemplate, type AccessRecordInput } from './access-record';

export interface AccessLogWriterOptions {
  /** How long the first record of a batch waits for others to join it. */
  flushDelayMs: number;
  /** The most records one transaction writes. */
  maxBatch: number;
  /** A caller whose records are not durable by then gets an error, and no data. */
  timeoutMs: number;
}

/** Subtrees below this level are recomputed from leaves when a proof needs them. */
export const STORED_SUBTREE_MIN_LEVEL = 8;

/** The records could not be made durable: the caller must not get the data. */
export class AccessLogUnavailableError extends Error {}

/**
 * Effects committed with these records: work that must commit in the log's transaction
 * together with one write's records, or not at all (a consent's use, a daily count). It runs
 * under the head's lock, after the effects of the writes queued before it, before any record is
 * inserted. It resolves to null when done; to anything else (its refusal, opaque to the log)
 * when it cannot be done: then its changes are rolled back, none of that write's records are
 * committed, and write() rejects with a CommitRefusedError carrying the refusal. The other
 * writes of the batch stand.
 */
export type CommitEffect = (manager: EntityManager) => Promise<unknown>;

/** A write's CommitEffect refused: nothing of that write was committed. */
export class CommitRefusedError extends Error {
  constructor(readonly refusal: unknown) {
    super('the effects committed with these records were refused; the records were not written');
  }
}

interface Pending {
  records: AccessRecordInput[];
  /** Each record's leaf bytes but for its place and time: made before the lock is taken. */
  templates: ((seq: number, recordedAt: Date) => Buffer)[];
  effect?: CommitEffect;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface HeadRow {
  size: string;
  chain_hash: Buffer;
  frontier: ReturnType<MerkleFrontier['toJSON']>;
}

/**
 * Group commit: records of concurrent requests wait a few milliseconds for each other and are
 * written in one transaction that locks the log's head (so writers in other processes queue
 * behind it and the chain stays one chain), numbers them, hashes them into the chain and the
 * Merkle frontier, inserts them in one statement and moves the head. Each request's promise
 * settles when its own records are committed, or fails.
 */
export class AccessLogWriter {
  private readonly logger = new Logger('AccessLog');
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: AccessLogWriterOptions,
  ) {}

  /**
   * Resolves once `records` (and `effect`'s work, in the same transaction) are committed;
   * rejects with CommitRefusedError when `effect` refused, AccessLogUnavailableError otherwise.
   */
  write(records: AccessRecordInput[], effect?: CommitEffect): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    const templates = records.map(recordBytesTemplate);
    const durable = new Promise<void>((resolve, reject) =>
      this.queue.push({ records, templates, effect, resolve, reject }),
    );
    this.schedule();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AccessLogUnavailableError(`not durable within ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
    });
    return Promise.race([durable, timeout]).finally(() => clearTimeout(timer));
  }

  private schedule(): void {
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushing = this.flushAll().finally(() => {
        this.flushing = null;
        if (this.queue.length > 0) this.schedule();
      });
    }, this.options.flushDelayMs);
  }

  private async flushAll(): Promise<void> {
    while (this.queue.length > 0) {
      const batch: Pending[] = [];
      let count = 0;
      while (
        this.queue.length > 0 &&
        (batch.length === 0 || count + this.queue[0].records.length <= this.options.maxBatch)
      ) {
        const pending = this.queue.shift()!;
        batch.push(pending);
        count += pending.records.length;
      }
      try {
        const refused = await this.dataSource.transaction((manager) => this.append(manager, batch));
        for (const pending of batch) {
          const refusal = refused.get(pending);
          if (refusal === undefined) pending.resolve();
          else pending.reject(refusal);
        }
      } catch (error) {
        this.logger.error(`could not write ${count} access records: ${(error as Error).message}`);
        const failure = new AccessLogUnavailableError('the access log could not be written');
        for (const pending of batch) pending.reject(failure);
      }
    }
  }

  /** Writes the batch's records and effects; returns the writes refused, each with its error. */
  private async append(manager: EntityManager, batch: Pending[]): Promise<Map<Pending, Error>> {
    // The callers stop waiting after timeoutMs; so does the batch, rather than holding the
    // head's lock (and every later batch) behind a stuck lock or a silent network.
    await manager.query(
      "SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $1, true), set_config('idle_in_transaction_session_timeout', $1, true)",
      [`${this.options.timeoutMs}ms`],
    );
    const head = await lockHead(manager);
    const refused = await applyEffects(manager, batch);
    const written = batch.filter((pending) => !refused.has(pending));
    if (written.every((pending) => pending.records.length === 0)) return refused;
    let size = Number(head.size);
    let chain = head.chain_hash;
    const frontier = MerkleFrontier.fromJSON(head.frontier);
    const recordedAt = new Date();
    const rows: Record<string, unknown>[] = [];
    const subtrees: { level: number; index: string; hash: string }[] = [];
    for (const [record, template] of written.flatMap((pending) => zip(pending.records, pending.templates))) {
      const leaf = leafHash(template(size, recordedAt));
      chain = chainHash(chain, leaf);
      for (const node of frontier.append(leaf)) {
        if (node.level >= STORED_SUBTREE_MIN_LEVEL) {
          subtrees.push({ level: node.level, index: String(node.index), hash: byteaText(node.hash) });
        }
      }
      rows.push(recordRow(record, size, leaf, chain));
      size++;
    }
    // One round trip for the records, the subtrees and the new head, while the lock is held.
    await manager.query(APPEND_SQL, [
      recordedAt,
      JSON.stringify(rows),
      JSON.stringify(subtrees),
      String(size),
      chain,
      JSON.stringify(frontier.toJSON()),
    ]);
    return refused;
  }
}

/**
 * Runs each write's effect in the queue's order, each behind a savepoint so that a refused (or
 * failed) one is undone alone. Writes without an effect cost nothing here.
 */
async function applyEffects(manager: EntityManager, batch: Pending[]): Promise<Map<Pending, Error>> {
  const refused = new Map<Pending, Error>();
  for (const pending of batch) {
    if (!pending.effect) continue;
    await manager.query('SAVEPOINT commit_effect');
    let outcome: Error | null;
    try {
      const refusal = await pending.effect(manager);
      outcome = refusal === null || refusal === undefined ? null : new CommitRefusedError(refusal);
    } catch (error) {
      outcome = new AccessLogUnavailableError(
        `an effect committed with the records failed: ${(error as Error).message}`,
      );
    }
    // Left unreleased when it succeeds (one round trip less): the next one of the same name
    // shadows it, and a rollback goes back to the newest.
    if (outcome) {
      await manager.query('ROLLBACK TO SAVEPOINT commit_effect');
      refused.set(pending, outcome);
    }
  }
  return refused;
}

const SELECT_HEAD_FOR_UPDATE = 'SELECT size, chain_hash, frontier FROM access.access_log_head WHERE id = 1 FOR UPDATE';

/**
 * Locks the log's head, creating the empty head first if the log has never been written.
 * Without a row there is nothing to lock: two writers starting on an empty log would both
 * number their records from 0, and one batch would fail. ON CONFLICT DO NOTHING makes the
 * second wait for the first's commit, then lock the row it made.
 */
async function lockHead(manager: EntityManager): Promise<HeadRow> {
  const [head] = await manager.query<HeadRow[]>(SELECT_HEAD_FOR_UPDATE);
  if (head) return head;
  await manager.query(
    `INSERT INTO access.access_log_head (id, size, chain_hash, frontier) VALUES (1, 0, $1, $2)
     ON CONFLICT (id) DO NOTHING`,
    [GENESIS_CHAIN_HASH, JSON.stringify(MerkleFrontier.empty().toJSON())],
  );
  const [created] = await manager.query<HeadRow[]>(SELECT_HEAD_FOR_UPDATE);
  return created;
}

/**
 * A batch travels as one JSON array that json_populate_recordset turns back into rows of the
 * table's own type: one parameter and one statement text whatever the batch's size. A VALUES
 * list would take a parameter per cell (23 per record, over 20,000 for a batch of 1,000) and
 * a new statement for each batch size, and the driver would encode every cell on its own.
 */
const RECORD_COLUMNS = [
  'seq',
  'outcome',
  'request_id',
  'client_request_id',
  'recorded_by',
  'caller_kind',
  'caller_id',
  'agency_code',
  'officer_id',
  'case_reference',
  'purpose',
  'subject_kind',
  'subject_id',
  'categories',
  'fields',
  'bases',
  'consent_ids',
  'sealed_until',
  'values_hash',
  'bulk',
  'leaf_hash',
  'chain_hash',
].join(', ');

/** $1 the batch's time, $2 its records, $3 the subtrees it completes; then the head: size, chain hash, frontier. */
const APPEND_SQL = `WITH records AS (
    INSERT INTO access.access_records (recorded_at, ${RECORD_COLUMNS})
    SELECT $1::timestamptz, ${RECORD_COLUMNS} FROM json_populate_recordset(NULL::access.access_records, $2::json)
  ), subtrees AS (
    INSERT INTO access.log_subtrees (level, index, hash)
    SELECT level, index, hash FROM json_populate_recordset(NULL::access.log_subtrees, $3::json)
  )
  UPDATE access.access_log_head SET size = $4, chain_hash = $5, frontier = $6 WHERE id = 1`;

/** A record as a row of access.access_records, in JSON: bytea as PostgreSQL's hex text. */
function recordRow(record: AccessRecordInput, seq: number, leaf: Buffer, chain: Buffer): Record<string, unknown> {
  return {
    seq: String(seq),
    outcome: record.outcome,
    request_id: record.requestId,
    client_request_id: record.clientRequestId ?? null,
    recorded_by: record.recordedBy,
    caller_kind: record.callerKind,
    caller_id: record.callerId,
    agency_code: record.agencyCode,
    officer_id: record.officerId,
    case_reference: record.caseReference,
    purpose: record.purpose,
    subject_kind: record.subjectKind,
    subject_id: record.subjectId,
    categories: record.categories,
    fields: record.fields,
    bases: record.bases,
    consent_ids: record.consentIds,
    sealed_until: record.sealedUntil,
    values_hash: record.valuesHash,
    bulk: record.bulk === true,
    leaf_hash: byteaText(leaf),
    chain_hash: byteaText(chain),
  };
}

/** Bytes as bytea's input text (`\x` and hex). */
function byteaText(bytes: Buffer): string {
  return `\\x${bytes.toString('hex')}`;
}

function zip<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
  return as.map((a, index) => [a, bs[index]]);
}
