import { emptyRoot, hashFromBase64Url, isTreeInteger, verifyConsistency, COSIGNATURE_JWS_TYPE } from '@app/access';
import type { CheckpointVerdict, CosignatureStatement } from '@app/access';
import { signJwt, type SigningKey } from '@app/auth';
import { InvalidInputError } from '@app/errors';
import type { CosignedCheckpoint, CosignedStore } from './cosigned-store';
import {
  CheckpointInconsistentError,
  CheckpointOldSizeMismatchError,
  CheckpointOlderThanCosignedError,
  CheckpointSignatureInvalidError,
  NothingCosignedError,
} from './witness.errors';

/** What the registry submits: its signed checkpoint and a proof from the witness's latest size. */
export interface CheckpointSubmission {
  /** The registry's checkpoint JWS (typ log-checkpoint+jwt). */
  checkpoint: string;
  /** The size of the latest tree the witness cosigned, which the proof starts from (0 for the first). */
  oldSize: number;
  /** RFC 6962 consistency proof from oldSize to the checkpoint's size, base64url hashes. */
  consistencyProof: string[];
}

export interface WitnessOptions {
  store: CosignedStore;
  /** Verifies a checkpoint JWS with the registry's public keys. */
  verifyCheckpoint: (jws: string) => Promise<CheckpointVerdict>;
  key: SigningKey;
  /** The iss of the cosignatures. */
  name: string;
  now?: () => Date;
}

/**
 * The witness's rules. It cosigns a checkpoint only when the registry signed it and it
 * extends, by a verified consistency proof, the latest tree the witness cosigned: so the log
 * it vouches for only ever grows, and whoever holds a cosignature can tell a truncated or
 * rewritten log from the one the witness saw. One submission at a time.
 */
export class Witness {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: WitnessOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The latest cosigned checkpoint; NOT_FOUND before the first. */
  latest(): CosignedCheckpoint {
    const latest = this.options.store.latest();
    if (!latest) throw new NothingCosignedError('The witness has cosigned no checkpoint yet');
    return latest;
  }

  /** The size of the latest cosigned tree (0 before the first). */
  latestSize(): number {
    return this.options.store.latest()?.size ?? 0;
  }

  /** Cosigns the submitted checkpoint, or refuses it with a coded error saying why. */
  submit(submission: unknown): Promise<CosignedCheckpoint> {
    const run = this.queue.then(() => this.accept(submission));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async accept(input: unknown): Promise<CosignedCheckpoint> {
    const submission = parseSubmission(input);
    const verdict = await this.options.verifyCheckpoint(submission.checkpoint);
    if (!verdict.ok) {
      throw new CheckpointSignatureInvalidError(`checkpoint: not signed by the registry: ${verdict.reason}`);
    }
    const { statement } = verdict;
    const latest = this.options.store.latest();
    const cosignedSize = latest?.size ?? 0;
    if (statement.size < cosignedSize) {
      throw new CheckpointOlderThanCosignedError(
        `checkpoint: size ${statement.size} is smaller than ${cosignedSize}, which the witness cosigned: the log cannot shrink`,
        { cosignedSize },
      );
    }
    if (latest && statement.size === latest.size) {
      if (statement.root === latest.root) return latest;
      throw new CheckpointInconsistentError(
        `checkpoint: another root for size ${latest.size} than the one the witness cosigned: a fork`,
        { cosignedSize },
      );
    }
    if (submission.oldSize !== cosignedSize) {
      throw new CheckpointOldSizeMismatchError(
        `oldSize: the witness's latest cosigned size is ${cosignedSize}, the proof starts from ${submission.oldSize}`,
        { cosignedSize },
      );
    }
    const consistent = verifyConsistency(
      cosignedSize,
      statement.size,
      latest ? hashFromBase64Url(latest.root) : emptyRoot(),
      hashFromBase64Url(statement.root),
      submission.consistencyProof.map(hashFromBase64Url),
    );
    if (!consistent) {
      throw new CheckpointInconsistentError(
        `consistencyProof: does not show that the tree of ${statement.size} extends the one of ${cosignedSize} the witness cosigned`,
        { cosignedSize },
      );
    }
    const cosignedAt = this.now();
    const cosignature: CosignatureStatement = {
      iss: this.options.name,
      origin: statement.iss,
      size: statement.size,
      root: statement.root,
      iat: Math.floor(cosignedAt.getTime() / 1000),
    };
    const cosigned: CosignedCheckpoint = {
      size: statement.size,
      root: statement.root,
      origin: statement.iss,
      checkpoint: submission.checkpoint,
      cosignature: signJwt(this.options.key, { ...cosignature }, COSIGNATURE_JWS_TYPE),
      cosignedAt: cosignedAt.toISOString(),
    };
    await this.options.store.append(cosigned);
    return cosigned;
  }
}

function parseSubmission(input: unknown): CheckpointSubmission {
  const body = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<string, unknown>>;
  if (typeof body.checkpoint !== 'string' || body.checkpoint === '') {
    throw new InvalidInputError('checkpoint', 'must be the compact JWS of a checkpoint');
  }
  if (!isTreeInteger(body.oldSize)) throw new InvalidInputError('oldSize', 'must be a tree size');
  const proof = body.consistencyProof;
  if (!Array.isArray(proof) || proof.length > 128 || !proof.every(isBase64UrlHash)) {
    throw new InvalidInputError('consistencyProof', 'must be a list of base64url hashes');
  }
  return { checkpoint: body.checkpoint, oldSize: body.oldSize, consistencyProof: proof as string[] };
}

function isBase64UrlHash(value: unknown): boolean {
  try {
    hashFromBase64Url(value as string);
    return true;
  } catch {
    return false;
  }
}
