import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { signJwt } from '@app/auth';
import {
  CHECKPOINT_JWS_TYPE,
  consistencyProof,
  MerkleFrontier,
  readCheckpoint,
  storedSubtreeSource,
  type CheckpointStatement,
  type MerkleFrontierJson,
  type Query,
} from '@app/access';
import { RegistryKeys } from '../keys/registry-keys';
import { WitnessClient, type WitnessAnswer } from './witness-client';

export interface Checkpoint {
  size: number;
  rootHash: Buffer;
  chainHash: Buffer;
  createdAt: Date;
  jws: string;
}

interface HeadRow {
  size: string;
  chain_hash: Buffer;
  frontier: MerkleFrontierJson;
}

/**
 * Signs the log's head now and then: size, Merkle root and chain hash, as a JWS with the
 * registry's key. Anyone holding /.well-known/jwks.json can then check that a record is in
 * the log (inclusion proof) and that the log only grew between two checkpoints (consistency
 * proof). Several exchange instances may run it: one checkpoint per size.
 *
 * Each checkpoint is then submitted to the witness (WITNESS_URL) with a consistency proof from
 * the last one it cosigned, and its cosignature stored beside it: the anchor outside this
 * database that a truncated or rewritten log cannot match. A witness that cannot be reached
 * leaves checkpoints uncosigned; every round retries them, oldest first.
 */
@Injectable()
export class CheckpointService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Checkpoints');
  private timer: NodeJS.Timeout | null = null;
  private readonly witness: WitnessClient;
  private cosigning: Promise<void> = Promise.resolve();
  private witnessDown = false;
  private readonly query: Query = (sql, parameters) => this.dataSource.query(sql, parameters);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RegistryKeys,
  ) {
    this.witness = new WitnessClient(config.witness.url);
  }

  onModuleInit(): void {
    const everyMs = this.config.accessLog.checkpointIntervalSeconds * 1000;
    this.timer = setInterval(() => {
      this.checkpoint().catch((error: unknown) => this.logger.error(`checkpoint failed: ${(error as Error).message}`));
    }, everyMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Signs the head as it is now, unless the newest checkpoint already covers it; then has the witness cosign. */
  async checkpoint(): Promise<Checkpoint | null> {
    const signed = await this.sign();
    await this.cosignPending();
    return signed;
  }

  private async sign(): Promise<Checkpoint | null> {
    const [head] = await this.dataSource.query<HeadRow[]>(
      'SELECT size, chain_hash, frontier FROM access.access_log_head WHERE id = 1',
    );
    if (!head || Number(head.size) === 0) return null;
    const size = Number(head.size);
    const rootHash = MerkleFrontier.fromJSON(head.frontier).root();
    const createdAt = new Date();
    const statement: CheckpointStatement = {
      iss: this.config.tokens.registryIssuer,
      size,
      root: rootHash.toString('base64url'),
      chainHash: head.chain_hash.toString('base64url'),
      iat: Math.floor(createdAt.getTime() / 1000),
    };
    const jws = signJwt(this.keys.signing, { ...statement }, CHECKPOINT_JWS_TYPE);
    await this.dataSource.query(
      `INSERT INTO access.log_checkpoints (size, root_hash, chain_hash, created_at, jws)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (size) DO NOTHING`,
      [String(size), rootHash, head.chain_hash, createdAt, jws],
    );
    return { size, rootHash, chainHash: head.chain_hash, createdAt, jws };
  }

  /** Submits the uncosigned checkpoints past the newest cosigned one, in order; one round at a time. */
  cosignPending(): Promise<void> {
    const round = this.cosigning.then(() => this.cosignInOrder());
    this.cosigning = round.catch(() => undefined);
    return round;
  }

  private async cosignInOrder(): Promise<void> {
    const [{ cosigned }] = await this.query<{ cosigned: string }[]>(
      'SELECT coalesce(max(size), 0)::text AS cosigned FROM access.log_checkpoints WHERE cosignature IS NOT NULL',
      [],
    );
    let witnessSize = Number(cosigned);
    const pending = await this.query<{ size: string; jws: string }[]>(
      `SELECT size::text AS size, jws FROM access.log_checkpoints
       WHERE cosignature IS NULL AND size > $1 ORDER BY size LIMIT 100`,
      [cosigned],
    );
    for (const row of pending) {
      const size = Number(row.size);
      if (size <= witnessSize) continue;
      let answer = await this.submit(witnessSize, size, row.jws);
      // The witness's latest is not the one this database knows (an answer lost, another
      // instance): start the proof from the witness's own size, or catch up to it.
      if (answer.kind === 'refused' && answer.cosignedSize !== null && answer.cosignedSize !== witnessSize) {
        const theirs = answer.cosignedSize;
        if (theirs > size) {
          const caughtUp = await this.catchUp(theirs);
          if (!caughtUp) return;
          witnessSize = theirs;
          continue;
        }
        answer = await this.submit(theirs, size, row.jws);
      }
      if (!(await this.stored(answer, size))) return;
      witnessSize = size;
    }
  }

  /** The witness cosigned `size` already: ask again (it answers the same cosignature) and store it. */
  private async catchUp(size: number): Promise<boolean> {
    const known = await readCheckpoint(this.query, size);
    if (!known) {
      this.logger.error(
        `the witness has cosigned ${size} records, and this log has no checkpoint of that size: was the log truncated?`,
      );
      return false;
    }
    return this.stored(await this.submit(size, size, known.jws), size);
  }

  private async submit(oldSize: number, size: number, jws: string): Promise<WitnessAnswer> {
    const proof = oldSize <= size ? await consistencyProof(oldSize, size, storedSubtreeSource(this.query)) : [];
    return this.witness.submit(
      jws,
      oldSize,
      proof.map((hash) => hash.toString('base64url')),
    );
  }

  /** Stores a cosignature; logs why there is none. True when stored. */
  private async stored(answer: WitnessAnswer, size: number): Promise<boolean> {
    if (answer.kind === 'unreachable') {
      if (!this.witnessDown) {
        this.logger.warn(
          `the witness at ${this.witness.baseUrl} cannot be reached (${answer.reason}): checkpoints stay uncosigned and are retried`,
        );
      }
      this.witnessDown = true;
      return false;
    }
    if (this.witnessDown) this.logger.log(`the witness at ${this.witness.baseUrl} answers again`);
    this.witnessDown = false;
    if (answer.kind === 'refused') {
      this.logger.error(`the witness refused the checkpoint of size ${size}: ${answer.code}: ${answer.message}`);
      return false;
    }
    if (answer.size !== size) {
      this.logger.error(`the witness answered a cosignature of size ${answer.size} for ${size}; not stored`);
      return false;
    }
    await this.query('UPDATE access.log_checkpoints SET cosignature = $1 WHERE size = $2 AND cosignature IS NULL', [
      answer.cosignature,
      String(size),
    ]);
    return true;
  }
}
