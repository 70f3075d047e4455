import { generateKeyPairSync } from 'node:crypto';
import { jwkThumbprint, signJwt, type SigningKey } from '@app/auth';
import { inclusionProof, leafHash, LeafHashSource } from '@app/access';
import { checkpointVerifier } from './jws/checkpoint';
import { COSIGNATURE_JWS_TYPE } from './jws/cosignature';
import { CHECKPOINT_JWS_TYPE } from './jws/signed-statement';
import { verifyCosignedCheckpoint, verifyEntryProof, type EntryProof } from './entry-proof';

function signingKey(kind: 'ed25519' | 'p256'): SigningKey {
  const { privateKey, publicKey } =
    kind === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const alg = kind === 'ed25519' ? 'EdDSA' : 'ES256';
  const kid = jwkThumbprint(jwk);
  return { kid, alg, privateKey, publicJwk: { ...jwk, kty: jwk.kty, kid, alg, use: 'sig' } };
}

const registry = signingKey('ed25519');
const JWKS = { keys: [registry.publicJwk] };
const witness = signingKey('ed25519');
const WITNESS_JWKS = { keys: [witness.publicJwk] };
const LEAVES = Array.from({ length: 13 }, (_, i) => leafHash(Buffer.from(`record ${i}`)));

/** A checkpoint of the first `size` leaves, signed the way the exchange signs one. */
function checkpoint(size: number, key = registry, claims: Record<string, unknown> = {}) {
  const tree = new LeafHashSource(LEAVES.slice(0, size));
  const root = tree.root().toString('base64url');
  const jws = signJwt(
    key,
    { iss: 'sochung-registry', size, root, chainHash: LEAVES[0].toString('base64url'), iat: 1_800_000_000, ...claims },
    CHECKPOINT_JWS_TYPE,
  );
  return { size, root, jws, cosignature: cosign(size, root) };
}

/** The witness's cosignature over a size and root, as apps/witness signs one. */
function cosign(size: number, root: string, key = witness): string {
  return signJwt(
    key,
    { iss: 'sochung-witness', origin: 'sochung-registry', size, root, iat: 1_800_000_001 },
    COSIGNATURE_JWS_TYPE,
  );
}

async function entry(seq: number, size: number): Promise<EntryProof> {
  const proof = await inclusionProof(seq, size, new LeafHashSource(LEAVES.slice(0, size)));
  return {
    seq,
    leafHash: LEAVES[seq].toString('base64url'),
    proof: proof.map((hash) => hash.toString('base64url')),
    checkpoint: checkpoint(size),
  };
}

/** The same base64url hash with one bit changed. */
function spoil(hash: string): string {
  const bytes = Buffer.from(hash, 'base64url');
  bytes[5] ^= 1;
  return bytes.toString('base64url');
}

describe('verifyEntryProof', () => {
  it('accepts every entry of trees of every size up to 13, against the signed checkpoint', async () => {
    for (let size = 1; size <= LEAVES.length; size++) {
      for (let seq = 0; seq < size; seq++) {
        await expect(verifyEntryProof(await entry(seq, size), JWKS, WITNESS_JWKS)).resolves.toMatchObject({
          ok: true,
          statement: { size, iss: 'sochung-registry' },
        });
      }
    }
  });

  it('accepts a checkpoint signed with ES256 too', async () => {
    const p256 = signingKey('p256');
    const good = await entry(4, 9);
    good.checkpoint = checkpoint(9, p256);
    await expect(
      verifyEntryProof(good, { keys: [registry.publicJwk, p256.publicJwk] }, WITNESS_JWKS),
    ).resolves.toMatchObject({
      ok: true,
    });
  });

  it('refuses an altered proof: any hash changed, one dropped, one added', async () => {
    const good = await entry(5, 13);
    for (let i = 0; i < good.proof.length; i++) {
      const proof = good.proof.map((hash, j) => (j === i ? spoil(hash) : hash));
      await expect(verifyEntryProof({ ...good, proof }, JWKS, WITNESS_JWKS)).resolves.toEqual({
        ok: false,
        code: 'INCLUSION_PROOF_INVALID',
        reason: 'the proof does not lead from leaf 5 to the signed root',
        detail: 'ROOT_MISMATCH',
      });
    }
    await expect(verifyEntryProof({ ...good, proof: good.proof.slice(1) }, JWKS, WITNESS_JWKS)).resolves.toMatchObject({
      ok: false,
      code: 'INCLUSION_PROOF_INVALID',
      detail: 'PROOF_WRONG_LENGTH',
    });
    await expect(
      verifyEntryProof({ ...good, proof: [...good.proof, good.proof[0]] }, JWKS, WITNESS_JWKS),
    ).resolves.toMatchObject({
      ok: false,
    });
  });

  it('refuses an altered leaf, and the right leaf at another seq', async () => {
    const good = await entry(5, 13);
    await expect(
      verifyEntryProof({ ...good, leafHash: spoil(good.leafHash) }, JWKS, WITNESS_JWKS),
    ).resolves.toMatchObject({
      ok: false,
      code: 'INCLUSION_PROOF_INVALID',
      reason: 'the proof does not lead from leaf 5 to the signed root',
    });
    await expect(verifyEntryProof({ ...good, seq: 4 }, JWKS, WITNESS_JWKS)).resolves.toMatchObject({ ok: false });
    await expect(verifyEntryProof({ ...good, seq: 13 }, JWKS, WITNESS_JWKS)).resolves.toEqual({
      ok: false,
      code: 'LEAF_OUTSIDE_CHECKPOINT',
      reason: 'record 13 is not among the 13 records the checkpoint covers',
    });
  });

  it('refuses a checkpoint signed by a key not in the set, or with its signature or claims altered', async () => {
    const good = await entry(2, 7);
    const intruder = signingKey('ed25519');
    const forged = { ...good, checkpoint: checkpoint(7, intruder) };
    await expect(verifyEntryProof(forged, JWKS, WITNESS_JWKS)).resolves.toEqual({
      ok: false,
      code: 'CHECKPOINT_NOT_VERIFIED',
      detail: 'KEY_NOT_FOUND',
      reason: "the checkpoint's signature fails: no key of the key set matches it (signed by another key)",
    });
    // The intruder's key under the registry's kid: found, but the signature does not verify.
    const impostor = { ...intruder, kid: registry.kid };
    await expect(
      verifyEntryProof({ ...good, checkpoint: checkpoint(7, impostor) }, JWKS, WITNESS_JWKS),
    ).resolves.toEqual({
      ok: false,
      code: 'CHECKPOINT_NOT_VERIFIED',
      detail: 'SIGNATURE_INVALID',
      reason: "the checkpoint's signature fails: the signature does not verify",
    });
    const [header, payload, signature] = good.checkpoint.jws.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const rewritten = Buffer.from(JSON.stringify({ ...claims, size: 8 })).toString('base64url');
    await expect(
      verifyEntryProof(
        { ...good, checkpoint: { ...good.checkpoint, jws: `${header}.${rewritten}.${signature}` } },
        JWKS,
        WITNESS_JWKS,
      ),
    ).resolves.toMatchObject({ ok: false, reason: expect.stringMatching(/signature does not verify/) });
  });

  it('refuses a size or root that is not the signed one, even where the proof would pass for it', async () => {
    // Leaf 0's path in a tree of 3 also leads to that root "in a tree of 4": only the
    // signature says which size the root is of.
    const good = await entry(0, 3);
    const lie = { ...good, checkpoint: { ...good.checkpoint, size: 4 } };
    await expect(verifyEntryProof(lie, JWKS, WITNESS_JWKS)).resolves.toEqual({
      ok: false,
      code: 'CHECKPOINT_MISMATCH',
      reason: 'the checkpoint signs size 3, the entry says 4',
    });
    const otherRoot = { ...good, checkpoint: { ...good.checkpoint, root: checkpoint(4).root } };
    await expect(verifyEntryProof(otherRoot, JWKS, WITNESS_JWKS)).resolves.toEqual({
      ok: false,
      code: 'CHECKPOINT_MISMATCH',
      reason: 'the checkpoint signs another root than the entry gives',
    });
  });

  it('refuses malformed entries with a reason, and never throws', async () => {
    const good = await entry(1, 4);
    const cases: [unknown, RegExp, string][] = [
      [null, /an entry proof is an object/, 'ENTRY_MALFORMED'],
      [{ ...good, seq: -1 }, /seq/, 'ENTRY_MALFORMED'],
      [{ ...good, seq: '01' }, /seq/, 'ENTRY_MALFORMED'],
      [{ ...good, seq: 1.5 }, /seq/, 'ENTRY_MALFORMED'],
      [{ ...good, leafHash: 'abc' }, /leafHash/, 'ENTRY_MALFORMED'],
      [{ ...good, proof: ['abc'] }, /proof/, 'ENTRY_MALFORMED'],
      [{ ...good, checkpoint: undefined }, /checkpoint is missing/, 'ENTRY_MALFORMED'],
      [{ ...good, checkpoint: { ...good.checkpoint, jws: 'x.y.z' } }, /not a compact JWS/, 'CHECKPOINT_NOT_VERIFIED'],
      [{ ...good, sealed: true }, /sealed/, 'ENTRY_SEALED'],
    ];
    for (const [bad, reason, code] of cases) {
      await expect(verifyEntryProof(bad as EntryProof, JWKS, WITNESS_JWKS)).resolves.toMatchObject({
        ok: false,
        code,
        reason: expect.stringMatching(reason),
      });
    }
    await expect(verifyEntryProof(good, { keys: 'none' } as never, WITNESS_JWKS)).resolves.toEqual({
      ok: false,
      code: 'KEY_SET_INVALID',
      reason: 'the key set is not a JWK set',
    });
    await expect(verifyEntryProof(good, JWKS, null as never)).resolves.toMatchObject({
      ok: false,
      code: 'WITNESS_KEY_SET_INVALID',
    });
  });
});

describe('verifyEntryProof and the witness', () => {
  it("refuses a checkpoint the witness never cosigned: none, another key's, or one lifted from another checkpoint", async () => {
    const good = await entry(3, 9);
    const cases: [string | null, RegExp, string][] = [
      [null, /^the checkpoint is not cosigned: it carries no cosignature of the witness$/, 'COSIGNATURE_MISSING'],
      [
        cosign(9, good.checkpoint.root, signingKey('ed25519')),
        /does not verify with the witness's keys/,
        'KEY_NOT_FOUND',
      ],
      [
        checkpoint(10).cosignature,
        /over size 10 and another root: the witness never cosigned this checkpoint/,
        'COSIGNATURE_MISMATCH',
      ],
      [cosign(9, checkpoint(10).root), /the witness never cosigned this checkpoint/, 'COSIGNATURE_MISMATCH'],
    ];
    for (const [cosignature, reason, detail] of cases) {
      await expect(
        verifyEntryProof({ ...good, checkpoint: { ...good.checkpoint, cosignature } }, JWKS, WITNESS_JWKS),
      ).resolves.toEqual({ ok: false, code: 'CHECKPOINT_NOT_COSIGNED', detail, reason: expect.stringMatching(reason) });
    }
    // A checkpoint JWS offered as a cosignature: another typ.
    await expect(
      verifyEntryProof({ ...good, checkpoint: { ...good.checkpoint, cosignature: good.checkpoint.jws } }, JWKS, {
        keys: [witness.publicJwk, registry.publicJwk],
      }),
    ).resolves.toEqual({
      ok: false,
      code: 'CHECKPOINT_NOT_COSIGNED',
      detail: 'CLAIM_INVALID',
      reason: expect.stringMatching(/typ is not valid/),
    });
  });

  it('accepts an entry as myAccessLog(withProofs: true) returns it: strings, inclusionProof, rootHash', async () => {
    const good = await entry(6, 11);
    const api = {
      time: '2026-11-02T03:00:00.000Z',
      sealed: false,
      seq: String(good.seq),
      leafHash: good.leafHash,
      inclusionProof: good.proof,
      pendingCheckpoint: false,
      checkpoint: {
        size: String(good.checkpoint.size),
        rootHash: good.checkpoint.root,
        chainHash: LEAVES[0].toString('base64url'),
        createdAt: '2026-11-02T03:00:01.000Z',
        jws: good.checkpoint.jws,
        cosignature: good.checkpoint.cosignature,
      },
    };
    await expect(verifyEntryProof(api, JWKS, WITNESS_JWKS)).resolves.toMatchObject({
      ok: true,
      statement: { size: 11 },
      cosignature: { iss: 'sochung-witness', size: 11 },
    });
    await expect(verifyEntryProof({ ...api, seq: '7' }, JWKS, WITNESS_JWKS)).resolves.toMatchObject({ ok: false });
    await expect(verifyEntryProof({ ...api, pendingCheckpoint: true }, JWKS, WITNESS_JWKS)).resolves.toEqual({
      ok: false,
      code: 'ENTRY_PENDING_CHECKPOINT',
      reason: 'no cosigned checkpoint covers the entry yet',
    });
  });
});

describe('checkpointVerifier', () => {
  const verify = checkpointVerifier(JWKS);

  it('accepts what the exchange signs and returns the statement', async () => {
    const { jws, root } = checkpoint(6);
    await expect(verify(jws)).resolves.toEqual({
      ok: true,
      statement: expect.objectContaining({ size: 6, root, iss: 'sochung-registry', iat: 1_800_000_000 }),
    });
  });

  it('refuses another typ (an access token of the same key is no checkpoint)', async () => {
    const token = signJwt(registry, { iss: 'sochung-registry', size: 1, root: LEAVES[0].toString('base64url') });
    await expect(verify(token)).resolves.toEqual({
      ok: false,
      code: 'CLAIM_INVALID',
      reason: expect.stringMatching(/typ is not valid/),
    });
  });

  it('refuses alg none and HMAC, and statements with malformed claims', async () => {
    const payload = Buffer.from(JSON.stringify({ iss: 'x', iat: 1, size: 1 })).toString('base64url');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: CHECKPOINT_JWS_TYPE })).toString('base64url')}.${payload}.`;
    await expect(verify(none)).resolves.toMatchObject({ ok: false });
    const hs = `${Buffer.from(JSON.stringify({ alg: 'HS256', kid: registry.kid, typ: CHECKPOINT_JWS_TYPE })).toString('base64url')}.${payload}.AAAA`;
    await expect(verify(hs)).resolves.toEqual({
      ok: false,
      code: 'ALGORITHM_NOT_ALLOWED',
      reason: 'its algorithm is not accepted (only EdDSA, ES256)',
    });
    await expect(verify(checkpoint(2, registry, { size: '2' }).jws)).resolves.toEqual({
      ok: false,
      code: 'STATEMENT_MALFORMED',
      reason: 'the signed size is not a tree size',
    });
    await expect(verify(checkpoint(2, registry, { root: 'AAAA' }).jws)).resolves.toEqual({
      ok: false,
      code: 'STATEMENT_MALFORMED',
      reason: 'the signed root is not a base64url hash',
    });
    await expect(verify(checkpoint(2, registry, { chainHash: undefined }).jws)).resolves.toEqual({
      ok: false,
      code: 'STATEMENT_MALFORMED',
      reason: 'the signed chainHash is not a base64url hash',
    });
  });
});

describe('verifyCosignedCheckpoint', () => {
  it('returns the statement and the cosignature when both hold', async () => {
    const { jws, cosignature, root } = checkpoint(8);
    await expect(verifyCosignedCheckpoint(jws, cosignature, JWKS, WITNESS_JWKS)).resolves.toEqual({
      ok: true,
      statement: expect.objectContaining({ size: 8, root }),
      cosignature: expect.objectContaining({ iss: 'sochung-witness', size: 8, root }),
    });
  });

  it("refuses a wrong key, a wrong cosignature, another log's cosignature, unusable key sets", async () => {
    const { jws, cosignature, root } = checkpoint(8);
    const otherLog = signJwt(
      witness,
      { iss: 'sochung-witness', origin: 'another-registry', size: 8, root, iat: 1_800_000_001 },
      COSIGNATURE_JWS_TYPE,
    );
    const cases: [Promise<unknown>, string, string | undefined][] = [
      [
        verifyCosignedCheckpoint(checkpoint(8, signingKey('ed25519')).jws, cosignature, JWKS, WITNESS_JWKS),
        'CHECKPOINT_NOT_VERIFIED',
        'KEY_NOT_FOUND',
      ],
      [
        verifyCosignedCheckpoint(jws, cosign(8, root, signingKey('ed25519')), JWKS, WITNESS_JWKS),
        'CHECKPOINT_NOT_COSIGNED',
        'KEY_NOT_FOUND',
      ],
      [verifyCosignedCheckpoint(jws, cosignature, JWKS, JWKS), 'CHECKPOINT_NOT_COSIGNED', 'KEY_NOT_FOUND'],
      [
        verifyCosignedCheckpoint(jws, checkpoint(9).cosignature, JWKS, WITNESS_JWKS),
        'CHECKPOINT_NOT_COSIGNED',
        'COSIGNATURE_MISMATCH',
      ],
      [verifyCosignedCheckpoint(jws, otherLog, JWKS, WITNESS_JWKS), 'CHECKPOINT_NOT_COSIGNED', 'COSIGNATURE_OTHER_LOG'],
      [verifyCosignedCheckpoint(jws, undefined, JWKS, WITNESS_JWKS), 'CHECKPOINT_NOT_COSIGNED', 'COSIGNATURE_MISSING'],
      [verifyCosignedCheckpoint(jws, cosignature, {} as never, WITNESS_JWKS), 'KEY_SET_INVALID', undefined],
      [verifyCosignedCheckpoint(jws, cosignature, JWKS, 'x' as never), 'WITNESS_KEY_SET_INVALID', undefined],
    ];
    for (const [verdict, code, detail] of cases) {
      await expect(verdict).resolves.toMatchObject({ ok: false, code, ...(detail ? { detail } : {}) });
    }
  });
});
