import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { leafHash, MerkleFrontier } from '../merkle';
import {
  chainHash,
  GENESIS_CHAIN_HASH,
  recordBytesTemplate,
  type AccessRecordInput,
  type SequencedRecord,
} from './access-record';

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
    const columns = new RecordColumns();
    const subtrees = { levels: [] as number[], indexes: [] as string[], hashes: [] as string[] };
    for (const [record, template] of written.flatMap((pending) => zip(pending.records, pending.templates))) {
      const leaf = leafHash(template(size, recordedAt));
      chain = chainHash(chain, leaf);
      for (const node of frontier.append(leaf)) {
        if (node.level < STORED_SUBTREE_MIN_LEVEL) continue;
        subtrees.levels.push(node.level);
        subtrees.indexes.push(String(node.index));
        subtrees.hashes.push(node.hash.toString('hex'));
      }
      columns.add({ ...record, seq: size, recordedAt }, leaf, chain);
      size++;
    }
    // One round trip for the records, the subtrees and the new head, while the lock is held;
    // one array per column, so the statement is the same whatever the batch's size.
    await manager.query(APPEND_SQL, [
      recordedAt,
      ...columns.arrays(),
      subtrees.levels,
      subtrees.indexes,
      subtrees.hashes,
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
 * A batch's records, column by column: each column travels as one array parameter and
 * unnest() turns them back into rows. A VALUES list would take a parameter per cell (23 per
 * record, over 20,000 for a batch of 1,000) and a new statement text for every batch size,
 * which PostgreSQL parses and plans anew each time. Array-typed and binary cells travel as
 * text (array literals, JSON, hex) and are cast back in the statement.
 */
class RecordColumns {
  private readonly columns: unknown[][] = RECORD_COLUMNS.map(() => []);

  add(record: SequencedRecord, leaf: Buffer, chain: Buffer): void {
    const cells = [
      String(record.seq),
      record.outcome,
      record.requestId,
      record.clientRequestId ?? null,
      record.recordedBy,
      record.callerKind,
      record.callerId,
      record.agencyCode,
      record.officerId,
      record.caseReference,
      record.purpose,
      record.subjectKind,
      record.subjectId,
      textArrayLiteral(record.categories),
      textArrayLiteral(record.fields),
      JSON.stringify(record.bases),
      textArrayLiteral(record.consentIds),
      record.sealedUntil,
      record.valuesHash,
      record.bulk === true,
      leaf.toString('hex'),
      chain.toString('hex'),
    ];
    cells.forEach((cell, index) => this.columns[index].push(cell));
  }

  arrays(): unknown[][] {
    return this.columns;
  }
}

/** Each record column: its name, the array type it travels in, and how a cell is cast back. */
const RECORD_COLUMNS: { name: string; type: string; cell?: (value: string) => string }[] = [
  { name: 'seq', type: 'bigint' },
  { name: 'outcome', type: 'text' },
  { name: 'request_id', type: 'text' },
  { name: 'client_request_id', type: 'text' },
  { name: 'recorded_by', type: 'text' },
  { name: 'caller_kind', type: 'text' },
  { name: 'caller_id', type: 'text' },
  { name: 'agency_code', type: 'text' },
  { name: 'officer_id', type: 'text' },
  { name: 'case_reference', type: 'text' },
  { name: 'purpose', type: 'text' },
  { name: 'subject_kind', type: 'text' },
  { name: 'subject_id', type: 'text' },
  { name: 'categories', type: 'text', cell: (value) => `${value}::text[]` },
  { name: 'fields', type: 'text', cell: (value) => `${value}::text[]` },
  { name: 'bases', type: 'text', cell: (value) => `${value}::jsonb` },
  { name: 'consent_ids', type: 'text', cell: (value) => `${value}::text[]` },
  { name: 'sealed_until', type: 'timestamptz' },
  { name: 'values_hash', type: 'text' },
  { name: 'bulk', type: 'boolean' },
  { name: 'leaf_hash', type: 'text', cell: (value) => `decode(${value}, 'hex')` },
  { name: 'chain_hash', type: 'text', cell: (value) => `decode(${value}, 'hex')` },
];

/** $1 the batch's time; then a parameter per record column; then the subtrees' three; then the head's three. */
const APPEND_SQL = (() => {
  const arrays = RECORD_COLUMNS.map(({ type }, index) => `$${index + 2}::${type}[]`);
  const cells = RECORD_COLUMNS.map(({ name, cell }) => (cell ? cell(`r.${name}`) : `r.${name}`));
  const next = RECORD_COLUMNS.length + 2;
  const [level, index, hash, size, chain, frontier] = [0, 1, 2, 3, 4, 5].map((offset) => `$${next + offset}`);
  return `WITH records AS (
      INSERT INTO access.access_records (recorded_at, ${RECORD_COLUMNS.map(({ name }) => name).join(', ')})
      SELECT $1::timestamptz, ${cells.join(', ')}
        FROM unnest(${arrays.join(', ')}) AS r(${RECORD_COLUMNS.map(({ name }) => name).join(', ')})
    ), subtrees AS (
      INSERT INTO access.log_subtrees (level, index, hash)
      SELECT s.level, s.index, decode(s.hash, 'hex') FROM unnest(${level}::int[], ${index}::bigint[], ${hash}::text[]) AS s(level, index, hash)
    )
    UPDATE access.access_log_head SET size = ${size}, chain_hash = ${chain}, frontier = ${frontier} WHERE id = 1`;
})();

function zip<A, B>(as: readonly A[], bs: readonly B[]): [A, B][] {
  return as.map((a, index) => [a, bs[index]]);
}

/** A PostgreSQL array literal of texts: every element quoted, quotes and backslashes escaped. */
function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}
