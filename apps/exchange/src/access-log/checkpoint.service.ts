import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { signJwt } from '@app/auth';
import { CHECKPOINT_JWS_TYPE, MerkleFrontier, type CheckpointStatement, type MerkleFrontierJson } from '@app/audit';
import { RegistryKeys } from '../keys/registry-keys';

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
 */
@Injectable()
export class CheckpointService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Checkpoints');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: RegistryKeys,
  ) {}

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

  /** Signs the head as it is now, unless the newest checkpoint already covers it. */
  async checkpoint(): Promise<Checkpoint | null> {
    const [head] = await this.dataSource.query<HeadRow[]>(
      'SELECT size, chain_hash, frontier FROM exchange.access_log_head WHERE id = 1',
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
      `INSERT INTO exchange.log_checkpoints (size, root_hash, chain_hash, created_at, jws)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (size) DO NOTHING`,
      [String(size), rootHash, head.chain_hash, createdAt, jws],
    );
    return { size, rootHash, chainHash: head.chain_hash, createdAt, jws };
  }
}
