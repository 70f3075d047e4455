import {
  chainHash,
  verifyCosignatureOf,
  GENESIS_CHAIN_HASH,
  leafHash,
  MerkleFrontier,
  recordBytes,
  STORED_SUBTREE_MIN_LEVEL,
  type CheckpointVerdict,
  type CompletedSubtree,
  type CosignatureVerdict,
  type MerkleFrontierJson,
} from '@app/access';
import type { LogSource, StoredCheckpoint, StoredHead, StoredRecord, StoredSubtree } from './log-source';
import { Lookahead } from './lookahead';

/** Which check a break failed. */
export type LogCheck =
  | 'seq'
  | 'record-values'
  | 'leaf-hash'
  | 'chain-hash'
  | 'subtree'
  | 'checkpoint-signature'
  | 'checkpoint-claims'
  | 'checkpoint-root'
  | 'checkpoint-chain'
  | 'checkpoint-size'
  | 'checkpoint-cosignature'
  | 'witness'
  | 'head';

/** The first place where the stored log stops being the log that was written and signed. */
export interface LogBreak {
  /** The record where it shows (for a checkpoint or subtree, the last record it covers); null for the head. */
  seq: number | null;
  check: LogCheck;
  /** What does not hold, and what that means happened. */
  message: string;
  /** What the rest of the log (or the signature) says should be there. */
  expected?: string;
  /** What is stored. */
  found?: string;
}

export interface LogSummary {
  /** Records verified (all of them, when the log holds). */
  records: number;
  checkpoints: number;
  subtrees: number;
  /** The Merkle root over the records verified, base64url. */
  root: string;
  /** Records after the newest checkpoint: no signature covers them yet. */
  unsigned: number;
  /** Checkpoints that carry the witness's cosignature (each verified). */
  cosignedCheckpoints: number;
  /** Records after the newest cosigned checkpoint: the witness has not vouched for them yet. */
  uncosigned: number;
  /** The tree the log was held against (the witness's latest, or --min-size). */
  anchor: WitnessAnchor;
}

/**
 * A tree the log must extend, known from outside its database: the witness's latest
 * cosigned checkpoint, or one a verifier kept (--min-size N --root R).
 */
export interface WitnessAnchor {
  size: number;
  /** Merkle root, base64url. */
  root: string;
  /** Who vouches for it, for the report: "the witness sochung-witness", "--min-size". */
  by: string;
}

/** What the witness adds: its keys, to check each stored cosignature, and the anchor. */
export interface WitnessCheck {
  verifyCosignature: (jws: string) => Promise<CosignatureVerdict>;
  anchor: WitnessAnchor;
}

export type LogVerdict = { ok: true; summary: LogSummary } | { ok: false; logBreak: LogBreak; summary: LogSummary };

/** Verifies one checkpoint JWS against the trusted key set (see checkpointVerifier). */
export type CheckpointCheck = (jws: string) => Promise<CheckpointVerdict>;

/**
 * Walks the stored log once, in seq order, recomputing what the writer computed: each leaf
 * hash from the record's columns, the hash chain, and the Merkle tree (a frontier: constant
 * memory). On the way it checks every stored subtree against the recomputed node and every
 * checkpoint against its signature and against the recomputed root and chain at its size;
 * at the end, the head. Stops at the first break.
 *
 * Checkpoints are consistent with each other by construction: each root is compared with
 * the root of a prefix of the same stream, so checkpoints that all hold are all prefixes of
 * one log; no consistency proof is needed between them.
 *
 * All of that lives in one database, whose owner could delete the newest records and their
 * checkpoints and rewind the head. So the log is also held against the witness: every stored
 * cosignature must be the witness's, over its checkpoint's size and root; at least one
 * checkpoint must be cosigned; and the log must reach the anchor's size with the anchor's
 * root there (shorter: truncated; another root: rewritten).
 */
export async function verifyLog(
  source: LogSource,
  verifyCheckpoint: CheckpointCheck,
  witness: WitnessCheck,
  onProgress: (records: number) => void = () => undefined,
): Promise<LogVerdict> {
  const walk = new LogWalk(source, verifyCheckpoint, witness);
  try {
    await walk.run(onProgress);
    return { ok: true, summary: walk.summary() };
  } catch (error) {
    if (error instanceof Broken) return { ok: false, logBreak: error.logBreak, summary: walk.summary() };
    throw error;
  }
}

class Broken extends Error {
  constructor(readonly logBreak: LogBreak) {
    super(logBreak.message);
  }
}

function fail(logBreak: LogBreak): never {
  throw new Broken(logBreak);
}

function b64(hash: Buffer | null): string {
  return Buffer.isBuffer(hash) ? hash.toString('base64url') : 'nothing';
}

function same(recomputed: Buffer, stored: Buffer | null): boolean {
  return Buffer.isBuffer(stored) && recomputed.equals(stored);
}

/** Records first..last, as words. */
function span(first: number, last: number): string {
  return first === last ? `record ${first}` : `records ${first}..${last}`;
}

/** A whole number from its decimal text, or NaN. */
function whole(text: string): number {
  return /^(0|[1-9]\d*)$/.test(text) ? Number(text) : NaN;
}

class LogWalk {
  private size = 0;
  private chain: Buffer = GENESIS_CHAIN_HASH;
  private readonly frontier = MerkleFrontier.empty();
  private checkpointsVerified = 0;
  private subtreesVerified = 0;
  private newestSigned = 0;
  private cosignedVerified = 0;
  private newestCosigned = 0;
  private readonly checkpoints: Lookahead<StoredCheckpoint>;
  private readonly subtrees: Lookahead<StoredSubtree>;
  // Where the next stored checkpoint and subtree come due (Infinity: none left).
  private nextCheckpointAt = Infinity;
  private nextSubtreeAt = Infinity;

  constructor(
    private readonly source: LogSource,
    private readonly verifyCheckpoint: CheckpointCheck,
    private readonly witness: WitnessCheck,
  ) {
    this.checkpoints = new Lookahead(source.checkpoints());
    this.subtrees = new Lookahead(source.subtrees());
  }

  summary(): LogSummary {
    return {
      records: this.size,
      checkpoints: this.checkpointsVerified,
      subtrees: this.subtreesVerified,
      root: this.frontier.root().toString('base64url'),
      unsigned: this.size - this.newestSigned,
      cosignedCheckpoints: this.cosignedVerified,
      uncosigned: this.size - this.newestCosigned,
      anchor: this.witness.anchor,
    };
  }

  async run(onProgress: (records: number) => void): Promise<void> {
    // Read in the same snapshot as the records, before them: the end they must reach.
    const head = await this.source.head();
    await this.lookAhead();
    this.anchorDue();
    await this.checkpointsDue();
    for await (const batch of this.source.records()) {
      for (const stored of batch) {
        const completed = this.append(stored);
        if (this.size === this.witness.anchor.size) this.anchorDue();
        if (completed[completed.length - 1].level >= STORED_SUBTREE_MIN_LEVEL || this.size >= this.nextSubtreeAt) {
          await this.subtreesDue(completed);
        }
        if (this.size >= this.nextCheckpointAt) await this.checkpointsDue();
      }
      onProgress(this.size);
    }
    this.anchorReached();
    this.checkHead(head);
    await this.nothingBeyondTheEnd();
    this.cosignedSomewhere();
  }

  /** At the anchor's size: the records so far must make the tree the witness saw. */
  private anchorDue(): void {
    const { anchor } = this.witness;
    if (this.size !== anchor.size) return;
    const root = this.frontier.root().toString('base64url');
    if (root !== anchor.root) {
      fail({
        seq: this.size > 0 ? this.size - 1 : null,
        check: 'witness',
        message: `${anchor.by} cosigned a log of ${anchor.size} records with another Merkle root than ${this.size > 0 ? span(0, this.size - 1) : 'the empty log'} give: the log was rewritten since`,
        expected: anchor.root,
        found: root,
      });
    }
  }

  /** The log must be at least as long as the tree the witness cosigned. */
  private anchorReached(): void {
    const { anchor } = this.witness;
    if (this.size >= anchor.size) return;
    fail({
      seq: this.size,
      check: 'witness',
      message: `${anchor.by} cosigned a log of ${anchor.size} records, the log holds ${this.size}: ${span(this.size, anchor.size - 1)} removed from the end (with their checkpoints)`,
      expected: String(anchor.size),
      found: String(this.size),
    });
  }

  /** A log with records must have at least one checkpoint the witness cosigned: its anchor outside the database. */
  private cosignedSomewhere(): void {
    if (this.size === 0 || this.cosignedVerified > 0) return;
    fail({
      seq: null,
      check: 'checkpoint-cosignature',
      message: `no checkpoint carries the witness's cosignature: nothing outside the database vouches for these ${this.size} records`,
    });
  }

  /** Checks one record against its predecessors and adds it to the chain and the tree. */
  private append(stored: StoredRecord): CompletedSubtree[] {
    const seq = this.size;
    if (stored.seq !== String(seq)) {
      const found = whole(stored.seq);
      fail({
        seq,
        check: 'seq',
        message:
          found > seq
            ? `${span(seq, found - 1)} ${found - 1 === seq ? 'is' : 'are'} missing: deleted`
            : `record ${stored.seq} comes after record ${seq - 1}: a duplicate, or records out of order`,
        expected: String(seq),
        found: stored.seq,
      });
    }
    if (stored.unwritable.length > 0) {
      fail({
        seq,
        check: 'record-values',
        message: `record ${seq} holds in ${stored.unwritable.join(', ')} a value the log never writes: changed after it was written`,
      });
    }
    let bytes: Buffer;
    try {
      bytes = recordBytes(stored.record);
    } catch (error) {
      fail({ seq, check: 'record-values', message: `record ${seq} cannot be hashed: ${(error as Error).message}` });
    }
    const leaf = leafHash(bytes);
    if (!same(leaf, stored.leafHash)) {
      fail({
        seq,
        check: 'leaf-hash',
        message: `the columns of record ${seq} do not hash to its leaf hash: a value was changed after it was written`,
        expected: b64(leaf),
        found: b64(stored.leafHash),
      });
    }
    const chain = chainHash(this.chain, leaf);
    if (!same(chain, stored.chainHash)) {
      fail({
        seq,
        check: 'chain-hash',
        message:
          `the chain hash of record ${seq} does not follow from ${seq === 0 ? 'the start' : `record ${seq - 1}`} ` +
          'and its leaf: a record was removed, added or moved before it, or its hashes were rewritten',
        expected: b64(chain),
        found: b64(stored.chainHash),
      });
    }
    this.chain = chain;
    this.size++;
    return this.frontier.append(leaf);
  }

  /** The stored subtrees the last record completed: each equals the recomputed node; none of level 8 up is missing. */
  private async subtreesDue(completed: CompletedSubtree[]): Promise<void> {
    const seq = this.size - 1;
    const seen = new Set<number>();
    for (let stored = await this.subtrees.peek(); stored; stored = await this.subtrees.peek()) {
      const at = subtreeEnd(stored);
      if (at > this.size) break;
      const node = at === this.size ? completed[stored.level] : undefined;
      if (!node) {
        fail({
          seq,
          check: 'subtree',
          message: `stored subtree level ${stored.level} index ${stored.index} is no node of the tree, or is out of order`,
        });
      }
      const first = node.index * 2 ** node.level;
      if (!same(node.hash, stored.hash)) {
        fail({
          seq,
          check: 'subtree',
          message: `stored subtree level ${node.level} index ${node.index} (${span(first, seq)}) does not match those records: it was changed`,
          expected: b64(node.hash),
          found: b64(stored.hash),
        });
      }
      seen.add(node.level);
      this.subtreesVerified++;
      this.subtrees.take();
    }
    for (const node of completed) {
      if (node.level >= STORED_SUBTREE_MIN_LEVEL && !seen.has(node.level)) {
        fail({
          seq,
          check: 'subtree',
          message: `subtree level ${node.level} index ${node.index} (${span(node.index * 2 ** node.level, seq)}) is missing from the stored subtrees: proofs that need it fail`,
          expected: b64(node.hash),
          found: 'nothing',
        });
      }
    }
    await this.lookAhead();
  }

  /** The checkpoints of the log's present size: signature, claims against the row, root and chain against the records. */
  private async checkpointsDue(): Promise<void> {
    for (let stored = await this.checkpoints.peek(); stored; stored = await this.checkpoints.peek()) {
      const size = whole(stored.size);
      if (size > this.size) break;
      if (size !== this.size) {
        fail({
          seq: this.size > 0 ? this.size - 1 : null,
          check: 'checkpoint-size',
          message: `a checkpoint row of size ${stored.size} is out of order or malformed`,
        });
      }
      // A checkpoint of the empty log covers no record.
      const seq = size > 0 ? size - 1 : null;
      const covered = seq === null ? 'the empty log gives' : `${span(0, seq)} give`;
      const statement = await this.signed(stored, seq);
      const root = this.frontier.root().toString('base64url');
      if (statement.root !== root) {
        fail({
          seq,
          check: 'checkpoint-root',
          message: `the checkpoint of size ${size} signs another Merkle root than ${covered}: a record was changed, removed, added or reordered since it was signed`,
          expected: statement.root,
          found: root,
        });
      }
      if (statement.chainHash !== b64(this.chain)) {
        fail({
          seq,
          check: 'checkpoint-chain',
          message: `the checkpoint of size ${size} signs another chain hash than ${seq === null ? 'the start of the chain' : `record ${seq} holds`}`,
          expected: statement.chainHash,
          found: b64(this.chain),
        });
      }
      if (stored.cosignature !== null) {
        const cosigned = await verifyCosignatureOf(
          { size, root: statement.root, iss: statement.iss },
          stored.cosignature,
          this.witness.verifyCosignature,
        );
        if (!cosigned.ok) {
          fail({
            seq,
            check: 'checkpoint-cosignature',
            message: `the checkpoint of size ${size} is not the witness's: ${cosigned.reason}`,
          });
        }
        this.cosignedVerified++;
        this.newestCosigned = size;
      }
      this.checkpointsVerified++;
      this.newestSigned = size;
      this.checkpoints.take();
    }
    await this.lookAhead();
  }

  /** The statement a checkpoint row's JWS signs, once it verifies and its claims are the row's. */
  private async signed(
    stored: StoredCheckpoint,
    seq: number | null,
  ): Promise<{ iss: string; root: string; chainHash: string }> {
    const verdict = await this.verifyCheckpoint(stored.jws as string);
    if (!verdict.ok) {
      fail({
        seq,
        check: 'checkpoint-signature',
        message: `the checkpoint of size ${stored.size} does not verify with the key set: ${verdict.reason}`,
      });
    }
    const { statement } = verdict;
    const claims: [string, string, string][] = [
      ['size', String(statement.size), stored.size],
      ['root', statement.root, b64(stored.rootHash)],
      ['chainHash', statement.chainHash, b64(stored.chainHash)],
      [
        'iat',
        String(statement.iat),
        stored.createdAt ? String(Math.floor(stored.createdAt.getTime() / 1000)) : 'nothing',
      ],
    ];
    for (const [claim, signed, row] of claims) {
      if (signed !== row) {
        fail({
          seq,
          check: 'checkpoint-claims',
          message: `the checkpoint row of size ${stored.size} says another ${claim === 'iat' ? 'time (created_at)' : claim} than its signed statement: the row was changed`,
          expected: signed,
          found: row,
        });
      }
    }
    return statement;
  }

  /** The head must be where the walk ended: same size, chain hash and frontier. */
  private checkHead(head: StoredHead | null): void {
    if (!head) {
      if (this.size > 0) fail({ seq: null, check: 'head', message: `there is no head row, but ${this.size} records` });
      return;
    }
    if (head.size !== String(this.size)) {
      const said = whole(head.size);
      fail({
        seq: said > this.size ? this.size : null,
        check: 'head',
        message:
          said > this.size
            ? `the head counts ${head.size} records, the log holds ${this.size}: ${span(this.size, said - 1)} removed from the end`
            : `the head counts ${head.size} records, the log holds ${this.size}: records added past the head`,
        expected: String(this.size),
        found: head.size,
      });
    }
    if (!same(this.chain, head.chainHash)) {
      fail({
        seq: null,
        check: 'head',
        message: 'the head holds another chain hash than the last record',
        expected: b64(this.chain),
        found: b64(head.chainHash),
      });
    }
    let frontier: MerkleFrontierJson | null = null;
    try {
      frontier = MerkleFrontier.fromJSON(head.frontier as MerkleFrontierJson).toJSON();
    } catch {
      // Reported below as a frontier that is not the log's.
    }
    const recomputed = this.frontier.toJSON();
    if (!frontier || frontier.size !== recomputed.size || frontier.hashes.join() !== recomputed.hashes.join()) {
      fail({
        seq: null,
        check: 'head',
        message: "the head's Merkle frontier is not the records' (its root would sign another tree)",
        expected: this.frontier.root().toString('base64url'),
        found: frontier ? MerkleFrontier.fromJSON(frontier).root().toString('base64url') : 'no frontier',
      });
    }
  }

  /** Stored checkpoints and subtrees beyond the last record speak of records that are gone. */
  private async nothingBeyondTheEnd(): Promise<void> {
    const checkpoint = await this.checkpoints.peek();
    if (checkpoint) {
      const size = whole(checkpoint.size);
      await this.signed(checkpoint, size - 1);
      fail({
        seq: this.size,
        check: 'checkpoint-size',
        message: `a checkpoint signs ${checkpoint.size} records, the log holds ${this.size}: ${span(this.size, size - 1)} removed from the end`,
        expected: checkpoint.size,
        found: String(this.size),
      });
    }
    const subtree = await this.subtrees.peek();
    if (subtree) {
      fail({
        seq: this.size,
        check: 'subtree',
        message: `stored subtree level ${subtree.level} index ${subtree.index} covers records past the end of the log (${this.size} records): records removed from the end`,
      });
    }
  }

  private async lookAhead(): Promise<void> {
    const checkpoint = await this.checkpoints.peek();
    this.nextCheckpointAt = checkpoint ? Math.min(whole(checkpoint.size), Number.MAX_SAFE_INTEGER) || 0 : Infinity;
    const subtree = await this.subtrees.peek();
    this.nextSubtreeAt = subtree ? subtreeEnd(subtree) : Infinity;
  }
}

/** The size of the log when a subtree completes; 0 for a malformed row, so that it is looked at at once. */
function subtreeEnd(subtree: StoredSubtree): number {
  const index = whole(subtree.index);
  const end = (index + 1) * 2 ** subtree.level;
  return Number.isInteger(subtree.level) && subtree.level >= 0 && Number.isSafeInteger(end) ? end : 0;
}
