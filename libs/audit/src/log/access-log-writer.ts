import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { leafHash, MerkleFrontier } from '../merkle';
import {
  chainHash,
  GENESIS_CHAIN_HASH,
  recordBytes,
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

interface Pending {
  records: AccessRecordInput[];
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

  /** Resolves once `records` are committed; rejects with AccessLogUnavailableError otherwise. */
  write(records: AccessRecordInput[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    const durable = new Promise<void>((resolve, reject) => this.queue.push({ records, resolve, reject }));
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
        await this.dataSource.transaction((manager) =>
          this.append(
            manager,
            batch.flatMap((pending) => pending.records),
          ),
        );
        for (const pending of batch) pending.resolve();
      } catch (error) {
        this.logger.error(`could not write ${count} access records: ${(error as Error).message}`);
        const failure = new AccessLogUnavailableError('the access log could not be written');
        for (const pending of batch) pending.reject(failure);
      }
    }
  }

  private async append(manager: EntityManager, inputs: AccessRecordInput[]): Promise<void> {
    // The callers stop waiting after timeoutMs; so does the batch, rather than holding the
    // head's lock (and every later batch) behind a stuck lock or a silent network.
    await manager.query(
      "SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $1, true), set_config('idle_in_transaction_session_timeout', $1, true)",
      [`${this.options.timeoutMs}ms`],
    );
    const head = await lockHead(manager);
    let size = Number(head.size);
    let chain = head.chain_hash;
    const frontier = MerkleFrontier.fromJSON(head.frontier);
    const recordedAt = new Date();
    const rows: unknown[][] = [];
    const subtrees: unknown[][] = [];
    for (const input of inputs) {
      const record: SequencedRecord = { ...input, seq: size, recordedAt };
      const leaf = leafHash(recordBytes(record));
      chain = chainHash(chain, leaf);
      for (const node of frontier.append(leaf)) {
        if (node.level >= STORED_SUBTREE_MIN_LEVEL) subtrees.push([node.level, String(node.index), node.hash]);
      }
      rows.push([
        String(size),
        recordedAt,
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
        record.categories,
        record.fields,
        JSON.stringify(record.bases),
        record.consentIds,
        record.sealedUntil,
        record.valuesHash,
        leaf,
        chain,
      ]);
      size++;
    }
    // One round trip for the records, the subtrees and the new head, while the lock is held.
    const parameters: unknown[] = [];
    const statements = [`records AS (${insertSql('exchange.access_records', RECORD_COLUMNS, rows, parameters)})`];
    if (subtrees.length > 0) {
      statements.push(
        `subtrees AS (${insertSql('exchange.log_subtrees', ['level', 'index', 'hash'], subtrees, parameters)})`,
      );
    }
    parameters.push(String(size), chain, JSON.stringify(frontier.toJSON()));
    const n = parameters.length;
    await manager.query(
      `WITH ${statements.join(', ')}
       UPDATE exchange.access_log_head SET size = $${n - 2}, chain_hash = $${n - 1}, frontier = $${n} WHERE id = 1`,
      parameters,
    );
  }
}

const SELECT_HEAD_FOR_UPDATE =
  'SELECT size, chain_hash, frontier FROM exchange.access_log_head WHERE id = 1 FOR UPDATE';

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
    `INSERT INTO exchange.access_log_head (id, size, chain_hash, frontier) VALUES (1, 0, $1, $2)
     ON CONFLICT (id) DO NOTHING`,
    [GENESIS_CHAIN_HASH, JSON.stringify(MerkleFrontier.empty().toJSON())],
  );
  const [created] = await manager.query<HeadRow[]>(SELECT_HEAD_FOR_UPDATE);
  return created;
}

const RECORD_COLUMNS = [
  'seq',
  'recorded_at',
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
  'leaf_hash',
  'chain_hash',
];

/** A multi-row INSERT, its values appended to `parameters`. */
function insertSql(table: string, columns: string[], rows: unknown[][], parameters: unknown[]): string {
  const tuples = rows.map((row) => {
    const placeholders = row.map((value) => {
      parameters.push(value);
      return `$${parameters.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`;
}
