import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHECKPOINT_JWS_TYPE,
  checkpointVerifier,
  consistencyProof,
  cosignatureVerifier,
  leafHash,
  LeafHashSource,
  rootFromLeafHashes,
} from '@app/access';
import { jwkThumbprint, signJwt, type SigningKey } from '@app/auth';
import { CosignedStore } from './cosigned-store';
import { Witness } from './witness.service';

function signingKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const kid = jwkThumbprint(jwk);
  return { kid, alg: 'EdDSA', privateKey, publicJwk: { ...jwk, kty: jwk.kty, kid, alg: 'EdDSA', use: 'sig' } };
}

const registry = signingKey();
const witnessKey = signingKey();
const LEAVES = Array.from({ length: 40 }, (_, i) => leafHash(Buffer.from(`record ${i}`)));
/** Another history: the same length, record 5 changed. */
const REWRITTEN = LEAVES.map((leaf, i) => (i === 5 ? leafHash(Buffer.from('record 5, changed')) : leaf));

function rootOf(leaves: Buffer[], size: number): string {
  return rootFromLeafHashes(leaves.slice(0, size)).toString('base64url');
}

/** The registry's checkpoint of the first `size` leaves. */
function checkpoint(size: number, leaves = LEAVES, key = registry): string {
  return signJwt(
    key,
    { iss: 'sochung-registry', size, root: rootOf(leaves, size), chainHash: rootOf(leaves, 1), iat: 1_800_000_000 },
    CHECKPOINT_JWS_TYPE,
  );
}

async function proof(oldSize: number, size: number, leaves = LEAVES): Promise<string[]> {
  const hashes = await consistencyProof(oldSize, size, new LeafHashSource(leaves.slice(0, size)));
  return hashes.map((hash) => hash.toString('base64url'));
}

async function submission(oldSize: number, size: number, leaves = LEAVES) {
  return { checkpoint: checkpoint(size, leaves), oldSize, consistencyProof: await proof(oldSize, size, leaves) };
}

let dataDir: string;
let store: CosignedStore;
let witness: Witness;

async function openWitness(): Promise<Witness> {
  store = await CosignedStore.open(dataDir);
  return new Witness({
    store,
    verifyCheckpoint: checkpointVerifier({ keys: [registry.publicJwk] }),
    key: witnessKey,
    name: 'sochung-witness',
    now: () => new Date('2026-11-02T03:00:00Z'),
  });
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sochung-witness-'));
  witness = await openWitness();
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Witness', () => {
  it('cosigns the first checkpoint, then each one a consistency proof shows extends it', async () => {
    expect(() => witness.latest()).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    const first = await witness.submit(await submission(0, 7));
    expect(first).toMatchObject({ size: 7, root: rootOf(LEAVES, 7), origin: 'sochung-registry' });
    const second = await witness.submit(await submission(7, 32));
    const third = await witness.submit(await submission(32, 40));
    expect(witness.latest()).toEqual(third);
    const verify = cosignatureVerifier({ keys: [witnessKey.publicJwk] });
    for (const [cosigned, size] of [
      [first, 7],
      [second, 32],
      [third, 40],
    ] as const) {
      await expect(verify(cosigned.cosignature)).resolves.toEqual({
        ok: true,
        statement: {
          iss: 'sochung-witness',
          origin: 'sochung-registry',
          size,
          root: rootOf(LEAVES, size),
          iat: 1_793_588_400,
        },
      });
    }
  });

  it('answers the same cosignature for the checkpoint it cosigned last, and stores nothing twice', async () => {
    const first = await witness.submit(await submission(0, 9));
    await expect(witness.submit(await submission(0, 9))).resolves.toEqual(first);
    expect(readFileSync(store.path, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('refuses a smaller checkpoint: the log cannot shrink', async () => {
    await witness.submit(await submission(0, 20));
    await expect(witness.submit(await submission(0, 12))).rejects.toMatchObject({
      code: 'CHECKPOINT_OLDER_THAN_COSIGNED',
      details: { cosignedSize: 20 },
    });
    await expect(witness.submit(await submission(0, 0))).rejects.toMatchObject({
      code: 'CHECKPOINT_OLDER_THAN_COSIGNED',
    });
    expect(witness.latest().size).toBe(20);
  });

  it('refuses a checkpoint of another history: a fork at the same size, or a proof that does not hold', async () => {
    await witness.submit(await submission(0, 20));
    await expect(witness.submit(await submission(0, 20, REWRITTEN))).rejects.toMatchObject({
      code: 'CHECKPOINT_INCONSISTENT',
      message: expect.stringMatching(/a fork/),
    });
    // The rewritten log's own proof from 20 to 30: it does not lead from the witness's root.
    await expect(witness.submit(await submission(20, 30, REWRITTEN))).rejects.toMatchObject({
      code: 'CHECKPOINT_INCONSISTENT',
    });
    // The true checkpoint with a proof altered, one dropped, or none.
    const good = await submission(20, 30);
    const altered = [...good.consistencyProof];
    altered[0] = REWRITTEN[5].toString('base64url');
    for (const consistencyProof of [altered, good.consistencyProof.slice(1), []]) {
      await expect(witness.submit({ ...good, consistencyProof })).rejects.toMatchObject({
        code: 'CHECKPOINT_INCONSISTENT',
      });
    }
    expect(witness.latest().size).toBe(20);
    await expect(witness.submit(good)).resolves.toMatchObject({ size: 30 });
  });

  it('refuses a proof from another size than its latest, saying which it holds', async () => {
    await witness.submit(await submission(0, 10));
    await expect(witness.submit(await submission(8, 30))).rejects.toMatchObject({
      code: 'CHECKPOINT_OLD_SIZE_MISMATCH',
      details: { cosignedSize: 10 },
    });
  });

  it('refuses what the registry did not sign, and malformed submissions', async () => {
    const good = await submission(0, 5);
    await expect(witness.submit({ ...good, checkpoint: checkpoint(5, LEAVES, signingKey()) })).rejects.toMatchObject({
      code: 'CHECKPOINT_SIGNATURE_INVALID',
    });
    const token = signJwt(registry, { iss: 'sochung-registry', size: 5, root: rootOf(LEAVES, 5), iat: 1 });
    await expect(witness.submit({ ...good, checkpoint: token })).rejects.toMatchObject({
      code: 'CHECKPOINT_SIGNATURE_INVALID',
    });
    const cases: [unknown, string][] = [
      [null, 'checkpoint'],
      [{ ...good, checkpoint: 7 }, 'checkpoint'],
      [{ ...good, oldSize: '0' }, 'oldSize'],
      [{ ...good, oldSize: -1 }, 'oldSize'],
      [{ ...good, consistencyProof: ['abc'] }, 'consistencyProof'],
      [{ ...good, consistencyProof: 'none' }, 'consistencyProof'],
    ];
    for (const [body, field] of cases) {
      await expect(witness.submit(body)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    }
    expect(() => witness.latest()).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('takes one submission at a time: of two from the same size, one is cosigned and the other refused', async () => {
    await witness.submit(await submission(0, 10));
    const results = await Promise.allSettled([
      witness.submit(await submission(10, 20)),
      witness.submit(await submission(10, 25)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'CHECKPOINT_OLD_SIZE_MISMATCH' });
    expect(witness.latest().size).toBe(20);
  });

  it('remembers what it cosigned across a restart, and drops a line a crash cut short', async () => {
    await witness.submit(await submission(0, 10));
    const cosigned = await witness.submit(await submission(10, 20));
    await store.close();
    appendFileSync(join(dataDir, 'cosigned.jsonl'), '{"size":30,"root":"');
    witness = await openWitness();
    expect(witness.latest()).toEqual(cosigned);
    await expect(witness.submit(await submission(0, 15))).rejects.toMatchObject({
      code: 'CHECKPOINT_OLDER_THAN_COSIGNED',
    });
    await expect(witness.submit(await submission(20, 30))).resolves.toMatchObject({ size: 30 });
    await store.close();
    witness = await openWitness();
    expect(witness.latest().size).toBe(30);
  });
});
